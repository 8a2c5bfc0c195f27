// The idle lock on shared workstations (docs/admin.md, "Idle lock"): a session unused for the hub's
// idleLockMinutes ends, on the server, whatever the page in the browser does; an admin sets the minutes
// within bounds, and every signed-in user reads them to lock their screen.
import { desc } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({ idleLock: 'settings' });
});
afterEach(() => hub.stop());

const MINUTE = 60_000;
const putSettings = (client: Client, body: unknown) =>
  fetch(`${hub.url}/api/admin/settings`, { method: 'PUT', headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

it('refuses a session left unused for the idle lock’s 15 minutes', async () => {
  const coordinator = await hub.signIn('coordinator1');
  hub.clock.advance(14 * MINUTE);
  expect((await coordinator.get('/api/auth/me')).status).toBe(200);
  hub.clock.advance(15 * MINUTE);
  const res = await coordinator.get('/api/queue');
  expect(res.status).toBe(401);
  expect((await json(res)).error.code).toBe('NOT_SIGNED_IN');
});

it('keeps a session in use: each request starts the idle time again', async () => {
  const coordinator = await hub.signIn('coordinator1');
  for (let i = 0; i < 4; i++) {
    hub.clock.advance(10 * MINUTE);
    expect((await coordinator.get('/api/queue')).status).toBe(200);
  }
});

it('records use in the database, so a session in use survives its cache being dropped', async () => {
  const coordinator = await hub.signIn('coordinator1');
  hub.clock.advance(10 * MINUTE);
  expect((await coordinator.get('/api/queue')).status).toBe(200);
  await hub.scheduler.tick();
  // A change to any account reloads the directory, and with it every cached session.
  hub.directory.refresh();
  hub.clock.advance(10 * MINUTE);
  expect((await coordinator.get('/api/queue')).status).toBe(200);
});

it('ends idle sessions from the scheduler, audited, and closes the workstation’s live link', async () => {
  const anp = await hub.signIn('anp1');
  const socket = await anp.socket();
  const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
  hub.clock.advance(16 * MINUTE);
  await hub.scheduler.tick();
  await disconnected;
  const entry = hub.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
  expect(entry).toMatchObject({ action: 'sessions_expired', actorRole: 'system' });
  expect(JSON.parse(entry.after!)).toMatchObject({ idle: 1 });
  expect((await anp.get('/api/auth/me')).status).toBe(401);
});

it('follows the minutes an admin sets, tells every user them, and refuses minutes outside 2 to 120', async () => {
  const admin = await hub.signIn('admin1');
  const { settings } = await json(await admin.get('/api/admin/settings'));
  expect(settings.idleLockMinutes).toBe(15);
  for (const minutes of [1, 121, 15.5]) {
    const refused = await putSettings(admin, { ...settings, idleLockMinutes: minutes });
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.message).toMatch(/^idleLockMinutes: /);
  }
  expect((await putSettings(admin, { ...settings, idleLockMinutes: 30 })).status).toBe(200);
  const coordinator = await hub.signIn('coordinator2');
  expect((await json(await coordinator.get('/api/hub'))).idleLockMinutes).toBe(30);
  hub.clock.advance(25 * MINUTE);
  expect((await coordinator.get('/api/queue')).status).toBe(200);
  hub.clock.advance(31 * MINUTE);
  expect((await coordinator.get('/api/queue')).status).toBe(401);
});
