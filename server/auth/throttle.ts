// Login throttling: after repeated failures for one username, or many from one address, refuse
// for a while. A whole practice office can share one address, so its ceiling is much higher.
// In memory: a restart forgets, which only ever helps the legitimate user.
import type { Clock } from '../clock';

const WINDOW_MS = 15 * 60_000;
export const FAILURES_PER_USERNAME = 5;
export const FAILURES_PER_ADDRESS = 50;

export function createThrottle(clock: Clock) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => (failures.get(key) ?? []).filter((t) => t > clock.now() - WINDOW_MS);
  const keys = (username: string, address: string) => ({ user: `user:${username.toLowerCase()}`, address: `ip:${address}` });
  return {
    isBlocked(username: string, address: string) {
      const k = keys(username, address);
      return recent(k.user).length >= FAILURES_PER_USERNAME || recent(k.address).length >= FAILURES_PER_ADDRESS;
    },
    recordFailure(username: string, address: string) {
      for (const key of Object.values(keys(username, address))) failures.set(key, [...recent(key), clock.now()]);
    },
    clearUsername(username: string) {
      failures.delete(keys(username, '').user);
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;
