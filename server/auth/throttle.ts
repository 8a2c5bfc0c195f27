// Login throttling. Failures lock a username out only from the address that made them (5 in 15 minutes),
// and an address out after many failures for any usernames (50: a practice office shares one address).
// Failures for a username from anywhere only slow its sign-ins, never refuse them, so no one can lock
// a colleague out by guessing her password from elsewhere. Counters live in rate-limiter-flexible's
// memory store (expired keys are dropped, so memory follows recent failures); a restart forgets, which only
// ever helps the legitimate user. A second node would put the same limiters on Redis behind this interface.
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

export type ThrottleVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

export interface LoginThrottle {
  /** Before the password is checked: refuse this username from this address, or go ahead after `delayMs`. */
  check(username: string, address: string): Promise<ThrottleVerdict>;
  recordFailure(username: string, address: string): Promise<void>;
  /** The right password: forgets this username's failures from this address (not from others). */
  recordSuccess(username: string, address: string): Promise<void>;
  /** An admin's unlock: forgets every failure counted for this username, from every address. */
  unlock(username: string): Promise<void>;
  /** Failures counted for this username from anywhere in the window: the admin's staff page offers an unlock. */
  recentFailures(username: string): Promise<number>;
}

export interface LoginThrottleOptions {
  windowSeconds?: number;
  failuresPerPair?: number;
  failuresPerAddress?: number;
  /** The slowdown for a username with this many recent failures from anywhere; capped at MAX_DELAY_MS. */
  delayMs?: (recentFailures: number) => number;
}

export const MAX_DELAY_MS = 4000;

/** A few typing mistakes cost nothing; then 250 ms, doubling per failure, up to four seconds. */
export const defaultDelayMs = (recentFailures: number): number =>
  recentFailures < 5 ? 0 : Math.min(MAX_DELAY_MS, 250 * 2 ** (recentFailures - 5));

/** One account whatever the letter case: `ANP2` and `anp2` share their counters. */
const normalise = (username: string) => username.normalize('NFKC').toLowerCase();

export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const duration = options.windowSeconds ?? 15 * 60;
  const perPair = options.failuresPerPair ?? 5;
  const perAddress = options.failuresPerAddress ?? 50;
  const delayFor = options.delayMs ?? defaultDelayMs;

  const pairs = new RateLimiterMemory({ keyPrefix: 'login_pair', points: perPair, duration });
  const addresses = new RateLimiterMemory({ keyPrefix: 'login_address', points: perAddress, duration });
  // Only counted, never refused: the points are a ceiling no real count reaches.
  const usernames = new RateLimiterMemory({ keyPrefix: 'login_username', points: Number.MAX_SAFE_INTEGER, duration });
  /*
   * An unlock must clear the username's counter for every address, and a store cannot list keys by part of
   * their name. So pair keys carry the username's unlock count, and an unlock moves it on: older keys are
   * never read again and expire in their window. Kept for ever (duration 0), but only for staff an admin
   * has unlocked, so bounded by the staff list.
   */
  const unlocks = new RateLimiterMemory({ keyPrefix: 'login_unlocks', points: Number.MAX_SAFE_INTEGER, duration: 0 });

  const pairKey = async (user: string, address: string) => `${(await unlocks.get(user))?.consumedPoints ?? 0}:${user}|${address}`;
  const blockedFor = (res: RateLimiterRes | null, limit: number) =>
    res !== null && res.consumedPoints >= limit && res.msBeforeNext > 0 ? res.msBeforeNext : 0;
  /** Counts one failure; on reaching the limit, blocks the key for a whole window from now. */
  const countFailure = async (limiter: RateLimiterMemory, key: string, limit: number) => {
    const res = await limiter.penalty(key);
    if (res.consumedPoints === limit) await limiter.block(key, duration);
  };

  return {
    async check(username, address) {
      const user = normalise(username);
      const [pair, fromAddress, forUser] = await Promise.all([
        pairs.get(await pairKey(user, address)),
        addresses.get(address),
        usernames.get(user),
      ]);
      const waitMs = Math.max(blockedFor(pair, perPair), blockedFor(fromAddress, perAddress));
      if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
      const delayMs = Math.min(MAX_DELAY_MS, Math.max(0, delayFor(forUser?.consumedPoints ?? 0)));
      return { allowed: true, delayMs };
    },
    async recordFailure(username, address) {
      const user = normalise(username);
      await Promise.all([
        countFailure(pairs, await pairKey(user, address), perPair),
        countFailure(addresses, address, perAddress),
        usernames.penalty(user),
      ]);
    },
    async recordSuccess(username, address) {
      const user = normalise(username);
      await pairs.delete(await pairKey(user, address));
    },
    async unlock(username) {
      const user = normalise(username);
      await Promise.all([unlocks.penalty(user), usernames.delete(user)]);
    },
    async recentFailures(username) {
      return (await usernames.get(normalise(username)))?.consumedPoints ?? 0;
    },
  };
}
