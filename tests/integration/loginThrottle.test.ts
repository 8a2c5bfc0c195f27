// Login throttling against the real server: failures lock out a username only from the address that made
// them, slow the username everywhere, and an admin can unlock it. Addresses come through X-Forwarded-For,
// which the hub trusts from loopback (its reverse proxy).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../../server/auth/throttle';
import { TEST_PASSWORD } from '../helpers/fixtures';
import { json, startTestHub, type TestHub } from '../helpers/hub';

const A = '203.0.113.5';
const B = '198.51.100.7';
const SLOWDOWN_MS = 300;
/** Failures the injected slowdown was asked about, newest last. */
const asked: number[] = [];

let hub: TestHub;
beforeAll(async () => {
  // A measurable, small slowdown once a username has three recent failures from anywhere.
  const loginThrottle = createLoginThrottle({ delayMs: (failures) => (asked.push(failures), failures >= 3 ? SLOWDOWN_MS : 0) });
  hub = await startTestHub({ loginThrottle });
});
afterAll(() => hub.stop());

const login = (username: string, password: string, from: string) =>
  fetch(`${hub.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ username, password }),
  });
const wrong = async (username: string, from: string, times = 1) => {
  for (let i = 0; i < times; i++) expect((await login(username, 'not her password', from)).status).toBe(401);
};
const staffId = (username: string) => hub.db.q.staff.byUsername(username)!.id;

describe('failed sign-ins', () => {
  it('refuse anp2 from the address that failed five times, with Retry-After, but let her sign in from another', async () => {
    await wrong('anp2', A, 5);
    const refused = await login('anp2', TEST_PASSWORD, A);
    expect(refused.status).toBe(429);
    expect((await json(refused)).error.code).toBe('TOO_MANY_ATTEMPTS');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const elsewhere = await login('anp2', TEST_PASSWORD, B);
    expect(elsewhere.status).toBe(200);
    expect((await json(elsewhere)).user.name).toBe('Ben Nurse');
  });

  it('count a username in any letter case as one', async () => {
    for (const spelling of ['ANP1', 'Anp1', 'anp1', 'aNP1', 'anP1']) expect((await login(spelling, 'guess', A)).status).toBe(401);
    expect((await login('anp1', TEST_PASSWORD, A)).status).toBe(429);
  });

  it('are forgotten for that address once the right password signs in', async () => {
    await wrong('pharmacist1', A, 4);
    expect((await login('pharmacist1', TEST_PASSWORD, A)).status).toBe(200);
    await wrong('pharmacist1', A, 4);
    expect((await login('pharmacist1', TEST_PASSWORD, A)).status).toBe(200);
  });

  it('from many addresses slow every sign-in for that username, and the right password still signs in', async () => {
    for (const [i, from] of ['192.0.2.1', '192.0.2.2', '192.0.2.3'].entries()) {
      expect((await login('physio1', `guess ${i}`, from)).status).toBe(401);
    }
    const started = performance.now();
    const res = await login('physio1', TEST_PASSWORD, B);
    expect(performance.now() - started).toBeGreaterThanOrEqual(SLOWDOWN_MS - 5);
    expect(res.status).toBe(200);
    expect(asked.at(-1)).toBe(3);
  });
});

describe('unlocking a username', () => {
  it('lets an admin clear every counter for a staff member, audited', async () => {
    await wrong('coordinator7', A, 5);
    await wrong('coordinator7', B, 5);
    expect((await login('coordinator7', TEST_PASSWORD, A)).status).toBe(429);
    const admin = await hub.signIn('admin1');
    const res = await admin.post(`/api/admin/staff/${staffId('coordinator7')}/unlock`);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ unlocked: 'coordinator7' });
    expect((await login('coordinator7', TEST_PASSWORD, A)).status).toBe(200);
    expect((await login('coordinator7', TEST_PASSWORD, B)).status).toBe(200);
    const { auditLog } = await import('../../db/schema');
    const { eq } = await import('drizzle-orm');
    const rows = hub.db.orm.select().from(auditLog).where(eq(auditLog.action, 'staff_unlocked')).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: String(staffId('admin1')), actorRole: 'admin' });
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ staffId: staffId('coordinator7'), username: 'coordinator7' });
    expect(hub.db.q.audit.verify().ok).toBe(true);
  });

  it('is for admins only', async () => {
    const lead = await hub.signIn('lead1');
    const res = await lead.post(`/api/admin/staff/${staffId('coordinator8')}/unlock`);
    expect(res.status).toBe(403);
    expect((await fetch(`${hub.url}/api/admin/staff/${staffId('coordinator8')}/unlock`, { method: 'POST' })).status).toBe(401);
  });

  it('answers 404 for a staff member who does not exist', async () => {
    const admin = await hub.signIn('admin1');
    const res = await admin.post('/api/admin/staff/99999/unlock');
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('NOT_FOUND');
    // Not an id at all: malformed, like every other id in the API.
    expect((await admin.post('/api/admin/staff/nobody/unlock')).status).toBe(400);
  });
});
