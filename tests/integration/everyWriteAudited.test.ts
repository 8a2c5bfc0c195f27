// Every write goes through the one executor, whatever the aggregate: settings, sessions and audited
// reads each leave their entry in the hash-chained audit log, in the same transaction.
import { desc } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { json, startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.stop());

const lastAudit = () => hub.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;

it('audits a sign-in and a sign-out against the member of staff', async () => {
  const anp = await hub.signIn('anp1');
  const signedIn = lastAudit();
  expect(signedIn).toMatchObject({ action: 'signed_in', actorRole: 'anp' });
  expect(signedIn.subject).toMatch(/^staff:\d+$/);
  expect((await anp.post('/api/auth/logout')).status).toBe(200);
  expect(lastAudit()).toMatchObject({ action: 'signed_out', subject: signedIn.subject });
  expect((await anp.get('/api/auth/me')).status).toBe(401);
});

it('puts changed settings in force only through the audited command, with before and after', async () => {
  const admin = await hub.signIn('admin1');
  const { settings } = await json(await admin.get('/api/admin/settings'));
  const res = await fetch(`${hub.url}/api/admin/settings`, {
    method: 'PUT',
    headers: { cookie: admin.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ ...settings, leaseMinutes: 15 }),
  });
  expect(res.status).toBe(200);
  expect(hub.settings().leaseMinutes).toBe(15);
  const entry = lastAudit();
  expect(entry).toMatchObject({ action: 'settings_changed', subject: 'settings', actorRole: 'admin' });
  expect(JSON.parse(entry.before!).leaseMinutes).toBe(10);
  expect(JSON.parse(entry.after!).leaseMinutes).toBe(15);
});

it('audits each read of a request’s patient detail, and not a refused one', async () => {
  const id = await hub.submitRequest();
  const coordinator = await hub.signIn('coordinator1');
  expect((await coordinator.get(`/api/consultations/${id}`)).status).toBe(200);
  expect(lastAudit()).toMatchObject({ action: 'read_detail', consultationId: id });
  const practice2 = await hub.signIn('practice2');
  const before = lastAudit().id;
  expect((await practice2.get(`/api/consultations/${id}`)).status).toBe(404);
  expect(lastAudit().id).toBe(before);
});

it('ends expired sessions from the scheduler, audited, and the session no longer signs in', async () => {
  const anp = await hub.signIn('anp1');
  hub.clock.advance(13 * 3600_000);
  await hub.scheduler.tick();
  expect(lastAudit()).toMatchObject({ action: 'sessions_expired', subject: 'sessions', actorRole: 'system' });
  expect((await anp.get('/api/auth/me')).status).toBe(401);
});
