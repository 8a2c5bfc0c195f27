// The duty clinician rota: who is duty clinician in each session, kept by the lead or an admin,
// gaps shown days ahead, and the liability map naming the duty clinician in force (docs/rota.md).
import { desc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { json, nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeEach(async () => {
  // Tuesday 24 November 2026, 10:00 London: the morning session of a working day.
  hub = await startTestHub();
});
afterEach(() => hub.stop());

const idOf = (username: string) => hub.db.q.staff.byUsername(username)!.id;
const send = (client: Client, method: 'PUT' | 'DELETE', path: string, body?: unknown) =>
  fetch(`${hub.url}${path}`, { method, headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
const assign = (client: Client, date: string, session: string, username: string) => send(client, 'PUT', `/api/rota/${date}/${session}`, { clinicianId: idOf(username) });
const lastAudit = () => hub.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;

describe('keeping the rota', () => {
  it('lets the lead put an ANP on duty for a session, audited, and every hub workstation is told', async () => {
    const lead = await hub.signIn('lead1');
    const coordinator = await hub.signIn('coordinator1');
    const socket = await coordinator.socket();
    const notice = nextEvent<{ topic: string }>(socket, 'notice', (n) => n.topic === 'rota');
    const res = await assign(lead, '2026-11-26', 'afternoon', 'anp1');
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ date: '2026-11-26', session: 'afternoon', clinician: { name: 'Ana Nurse' } });
    await notice;
    expect(lastAudit()).toMatchObject({ action: 'rota_assigned', subject: 'rota:2026-11-26:afternoon', actorRole: 'lead' });
    const rota = await json(await coordinator.get('/api/rota?from=2026-11-26&to=2026-11-26'));
    expect(rota.slots).toEqual([
      expect.objectContaining({ session: 'morning', label: 'Thu 26 Nov morning', open: true, clinician: null }),
      expect.objectContaining({ session: 'afternoon', label: 'Thu 26 Nov afternoon', clinician: { id: idOf('anp1'), name: 'Ana Nurse' } }),
    ]);
    expect(hub.db.q.audit.verify().ok).toBe(true);
  });

  it('lets an admin clear a session, audited with what it was, and the session is a gap again', async () => {
    const admin = await hub.signIn('admin1');
    expect((await assign(admin, '2026-11-25', 'morning', 'pharmacist1')).status).toBe(200);
    const res = await send(admin, 'DELETE', '/api/rota/2026-11-25/morning');
    expect(res.status).toBe(200);
    const entry = lastAudit();
    expect(entry).toMatchObject({ action: 'rota_cleared', subject: 'rota:2026-11-25:morning' });
    expect(JSON.parse(entry.before!)).toMatchObject({ clinicianId: idOf('pharmacist1') });
    const rota = await json(await admin.get('/api/rota'));
    expect(rota.gaps).toContainEqual({ date: '2026-11-25', session: 'morning', label: 'Wed 25 Nov morning' });
    expect((await send(admin, 'DELETE', '/api/rota/2026-11-25/morning')).status).toBe(404);
  });

  it('lists the gaps in hub opening hours over the next 14 days, and none at weekends or once staffed', async () => {
    const lead = await hub.signIn('lead1');
    const coordinator = await hub.signIn('coordinator1');
    for (const session of ['morning', 'afternoon']) expect((await assign(lead, '2026-11-24', session, 'lead1')).status).toBe(200);
    const rota = await json(await coordinator.get('/api/rota'));
    expect(rota.today).toBe('2026-11-24');
    expect(rota.onDuty).toMatchObject({ clinician: { name: 'Dr Lee Lead' }, label: 'Tue 24 Nov morning' });
    // 14 days from Tue 24 Nov: ten working days less today, two sessions each.
    expect(rota.gaps).toHaveLength(18);
    expect(rota.gaps[0]).toEqual({ date: '2026-11-25', session: 'morning', label: 'Wed 25 Nov morning' });
    expect(rota.gaps.map((g: { date: string }) => g.date)).not.toContain('2026-11-28');
    expect(rota.slots.find((s: { date: string }) => s.date === '2026-11-28')).toMatchObject({ open: false });
    expect((await json(await coordinator.get('/api/rota?days=1'))).gaps).toEqual([]);
  });

  it('refuses impossible dates, unknown sessions and ranges longer than 92 days with 400 naming the field', async () => {
    const lead = await hub.signIn('lead1');
    const res = await assign(lead, '2027-02-30', 'morning', 'anp1');
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toMatch(/^date/);
    expect((await json(await assign(lead, '2026-11-26', 'evening', 'anp1'))).error.message).toMatch(/^session/);
    expect((await json(await send(lead, 'PUT', '/api/rota/2026-11-26/morning', { clinicianId: 'anp1' }))).error.message).toMatch(/^clinicianId/);
    const long = await lead.get('/api/rota?from=2026-11-24&to=2027-03-01');
    expect(long.status).toBe(400);
    expect((await json(long)).error.message).toMatch(/^to/);
    expect((await lead.get('/api/rota?from=2026-13-01')).status).toBe(400);
  });

  it('never rewrites the past: a session that has ended cannot change, one in progress can', async () => {
    const lead = await hub.signIn('lead1');
    const yesterday = await assign(lead, '2026-11-23', 'afternoon', 'anp1');
    expect(yesterday.status).toBe(422);
    expect((await json(yesterday)).error.code).toBe('ROTA_SESSION_PAST');
    expect((await assign(lead, '2026-11-24', 'morning', 'anp1')).status).toBe(200);
    hub.clock.set('2026-11-24T13:00:00.000Z');
    const ended = await send(lead, 'DELETE', '/api/rota/2026-11-24/morning');
    expect((await json(ended)).error.code).toBe('ROTA_SESSION_PAST');
    expect(hub.db.q.rota.entry('2026-11-24', 'morning')?.clinicianId).toBe(idOf('anp1'));
  });

  it('refuses a date more than a year ahead, a closed session, a non-clinician and an unknown member of staff with 422', async () => {
    const lead = await hub.signIn('lead1');
    expect((await json(await assign(lead, '2027-11-26', 'morning', 'anp1'))).error.code).toBe('ROTA_BEYOND_HORIZON');
    expect((await json(await assign(lead, '2026-11-28', 'morning', 'anp1'))).error.code).toBe('ROTA_SESSION_CLOSED');
    const coordinatorOnDuty = await assign(lead, '2026-11-26', 'morning', 'coordinator2');
    expect(coordinatorOnDuty.status).toBe(422);
    expect((await json(coordinatorOnDuty)).error.code).toBe('NOT_A_CLINICIAN');
    const nobody = await send(lead, 'PUT', '/api/rota/2026-11-26/morning', { clinicianId: 9999 });
    expect(nobody.status).toBe(422);
    expect((await json(nobody)).error.code).toBe('UNKNOWN_STAFF');
  });

  it('keeps the rota to the lead and admins, and from practice staff altogether', async () => {
    const coordinator = await hub.signIn('coordinator1');
    const anp = await hub.signIn('anp1');
    expect((await assign(coordinator, '2026-11-26', 'morning', 'anp1')).status).toBe(403);
    expect((await assign(anp, '2026-11-26', 'morning', 'anp1')).status).toBe(403);
    expect((await anp.get('/api/rota')).status).toBe(200);
    expect((await (await hub.signIn('practice1')).get('/api/rota')).status).toBe(403);
  });
});
