// The login throttle on its own: refusals by username and address together, by address, and a slowdown by username.
import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../../../server/auth/throttle';

const A = '203.0.113.5';
const B = '198.51.100.7';
const fail = async (throttle: ReturnType<typeof createLoginThrottle>, username: string, address: string, times: number) => {
  for (let i = 0; i < times; i++) await throttle.recordFailure(username, address);
};

describe('the login throttle', () => {
  it('refuses a username from one address after five failures there, with a time to wait, and lets another address try', async () => {
    const throttle = createLoginThrottle();
    await fail(throttle, 'anp2', A, 4);
    expect(await throttle.check('anp2', A)).toMatchObject({ allowed: true });
    await fail(throttle, 'anp2', A, 1);
    const refused = await throttle.check('anp2', A);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
    expect(await throttle.check('anp2', B)).toMatchObject({ allowed: true });
    expect(await throttle.check('anp1', A)).toMatchObject({ allowed: true });
  });

  it('counts a username in any letter case as one', async () => {
    const throttle = createLoginThrottle();
    for (const spelling of ['ANP2', 'Anp2', 'anp2', 'aNP2', 'anP2']) await throttle.recordFailure(spelling, A);
    expect(await throttle.check('anp2', A)).toMatchObject({ allowed: false });
    expect(await throttle.check('ANP2', A)).toMatchObject({ allowed: false });
  });

  it('refuses an address after its own ceiling of failures, whatever the username', async () => {
    const throttle = createLoginThrottle({ failuresPerAddress: 3 });
    for (const username of ['coordinator1', 'coordinator2', 'coordinator3']) await throttle.recordFailure(username, A);
    expect(await throttle.check('coordinator4', A)).toMatchObject({ allowed: false });
    expect(await throttle.check('coordinator4', B)).toMatchObject({ allowed: true });
  });

  it('slows every attempt for a username under attack from many addresses, but never refuses it', async () => {
    const seen: number[] = [];
    const throttle = createLoginThrottle({ delayMs: (failures) => (seen.push(failures), failures * 10) });
    for (let i = 0; i < 20; i++) await throttle.recordFailure('anp2', `192.0.2.${i}`);
    expect(await throttle.check('anp2', B)).toEqual({ allowed: true, delayMs: 200 });
    expect(seen.at(-1)).toBe(20);
    expect(await throttle.check('anp1', B)).toEqual({ allowed: true, delayMs: 0 });
  });

  it('caps the default slowdown at a few seconds and leaves a few typing mistakes unslowed', async () => {
    const throttle = createLoginThrottle();
    await fail(throttle, 'anp2', B, 3);
    expect(await throttle.check('anp2', A)).toEqual({ allowed: true, delayMs: 0 });
    for (let i = 0; i < 100; i++) await throttle.recordFailure('anp2', `192.0.2.${i}`);
    const { delayMs } = (await throttle.check('anp2', A)) as { delayMs: number };
    expect(delayMs).toBeGreaterThan(0);
    expect(delayMs).toBeLessThanOrEqual(5000);
  });

  it('forgets the failures of a username and address once that pair signs in', async () => {
    const throttle = createLoginThrottle();
    await fail(throttle, 'anp2', A, 4);
    await throttle.recordSuccess('ANP2', A);
    await fail(throttle, 'anp2', A, 4);
    expect(await throttle.check('anp2', A)).toMatchObject({ allowed: true });
  });

  it('clears every counter for a username on unlock, from every address', async () => {
    const throttle = createLoginThrottle({ delayMs: (failures) => failures });
    await fail(throttle, 'anp2', A, 5);
    await fail(throttle, 'anp2', B, 5);
    await throttle.unlock('Anp2');
    expect(await throttle.check('anp2', A)).toEqual({ allowed: true, delayMs: 0 });
    expect(await throttle.check('anp2', B)).toEqual({ allowed: true, delayMs: 0 });
    // Counting starts again from nothing.
    await fail(throttle, 'anp2', A, 5);
    expect(await throttle.check('anp2', A)).toMatchObject({ allowed: false });
  });

  it('lets a pair try again once the window has passed', async () => {
    const throttle = createLoginThrottle({ windowSeconds: 1 });
    await fail(throttle, 'anp2', A, 5);
    expect(await throttle.check('anp2', A)).toMatchObject({ allowed: false });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await throttle.check('anp2', A)).toMatchObject({ allowed: true });
  });
});
