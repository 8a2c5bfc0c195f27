// Hub settings: an admin changes hours per weekday and closures; the SLA clock follows at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const put = (client: Awaited<ReturnType<TestHub['signIn']>>, body: unknown) =>
  fetch(`${hub.url}/api/admin/settings`, { method: 'PUT', headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

it('lets an admin close the hub on Wednesday afternoons, and new requests’ deadlines follow', async () => {
  const admin = await hub.signIn('admin1');
  const { settings } = await json(await admin.get('/api/admin/settings'));
  const next = { ...settings, calendar: { ...settings.calendar, hours: { ...settings.calendar.hours, wed: { open: '08:00', close: '13:00' } }, closures: ['2026-11-27'] } };
  const res = await put(admin, next);
  expect(res.status).toBe(200);
  // Wednesday 25 November 12:00: one working hour left that day; Thursday 08:00 + 1 hour.
  hub.clock.set('2026-11-25T12:00:00.000Z');
  const coordinator = await hub.signIn('coordinator1');
  const id = await hub.submitRequest({ submittedAt: '2026-11-25T12:00:00.000Z' });
  const detail = await json(await coordinator.get(`/api/consultations/${id}`));
  expect(detail.sla.firstActionDue).toBe('2026-11-26T09:00:00.000Z');
  const audit = hub.db.q.audit.verify();
  expect(audit.ok).toBe(true);
});

it('refuses an invalid calendar with 400 naming the field, and keeps the settings in force', async () => {
  const admin = await hub.signIn('admin1');
  const { settings } = await json(await admin.get('/api/admin/settings'));
  const res = await put(admin, { ...settings, calendar: { ...settings.calendar, hours: { ...settings.calendar.hours, mon: { open: '18:00', close: '08:00' } } } });
  expect(res.status).toBe(400);
  expect((await json(res)).error.message).toMatch(/^calendar\.hours/);
  expect(await json(await admin.get('/api/admin/settings'))).toEqual({ settings });
});

it('keeps settings to admins', async () => {
  const coordinator = await hub.signIn('coordinator2');
  expect((await put(coordinator, {})).status).toBe(403);
  expect((await coordinator.get('/api/admin/settings')).status).toBe(403);
});
