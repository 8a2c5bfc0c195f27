// The duty clinician rota: who is duty clinician in each session, kept by the lead or an admin,
// gaps shown days ahead, and the liability map naming the duty clinician in force (docs/rota.md).
import { desc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { fillDemoRota } from '../../server/demoRota';
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

describe('the duty clinician in the liability map', () => {
  const claim = async (client: Client, submittedAt: string) => {
    const id = await hub.submitRequest({ submittedAt });
    expect((await client.post(`/api/consultations/${id}/claim`, {})).status).toBe(200);
    return id;
  };
  const intervals = async (client: Client, id: number) => (await json(await client.get(`/api/consultations/${id}/liability`))).intervals;

  it('names the duty clinician in force while a coordinator triages, across the change of session at 13:00', async () => {
    const lead = await hub.signIn('lead1');
    const coordinator = await hub.signIn('coordinator1');
    expect((await assign(lead, '2026-11-24', 'morning', 'anp1')).status).toBe(200);
    expect((await assign(lead, '2026-11-24', 'afternoon', 'pharmacist1')).status).toBe(200);

    hub.clock.set('2026-11-24T12:59:00.000Z');
    const morning = await claim(coordinator, '2026-11-24T12:58:00.000Z');
    hub.clock.set('2026-11-24T13:00:00.000Z');
    const afternoon = await claim(coordinator, '2026-11-24T12:59:30.000Z');

    const [morningIntake, morningClaim] = await intervals(coordinator, morning);
    expect(morningIntake.accountable).toEqual({ kind: 'person', id: String(idOf('anp1')), name: 'Ana Nurse' });
    expect(morningClaim).toMatchObject({ owner: { name: 'Coordinator 1' }, accountable: { kind: 'person', id: String(idOf('anp1')), name: 'Ana Nurse' } });
    expect(morningClaim.basis).toMatch(/^claimed for triage by Coordinator 1 \(care coordinator\); duty clinician on the rota for Tue 24 Nov morning: Ana Nurse; hub protocol /);
    const afternoonClaim = (await intervals(coordinator, afternoon)).at(-1);
    expect(afternoonClaim.accountable).toEqual({ kind: 'person', id: String(idOf('pharmacist1')), name: 'Priya Pharmacist' });
    expect(afternoonClaim.basis).toContain('duty clinician on the rota for Tue 24 Nov afternoon: Priya Pharmacist');
  });

  it('never rewrites past intervals when the rota changes later', async () => {
    const lead = await hub.signIn('lead1');
    const coordinator = await hub.signIn('coordinator1');
    expect((await assign(lead, '2026-11-24', 'morning', 'anp1')).status).toBe(200);
    const id = await claim(coordinator, '2026-11-24T09:55:00.000Z');
    const before = await intervals(coordinator, id);
    // The lead swaps the duty clinician mid-session: what was written stays as it was.
    expect((await assign(lead, '2026-11-24', 'morning', 'lead1')).status).toBe(200);
    expect(await intervals(coordinator, id)).toEqual(before);
    // The next change the hub makes names the new duty clinician.
    expect((await coordinator.post(`/api/consultations/${id}/release`, {})).status).toBe(200);
    const released = (await intervals(coordinator, id)).at(-1);
    expect(released.accountable.name).toBe('Dr Lee Lead');
    expect(released.basis).toContain('duty clinician on the rota for Tue 24 Nov morning: Dr Lee Lead');
  });

  it('falls back to the role, and says so, when nobody is on the rota', async () => {
    const coordinator = await hub.signIn('coordinator1');
    const id = await claim(coordinator, '2026-11-24T09:55:00.000Z');
    const last = (await intervals(coordinator, id)).at(-1);
    expect(last.accountable).toEqual({ kind: 'role', id: 'duty_clinician', name: 'Hub duty clinician' });
    expect(last.basis).toContain('no duty clinician on the rota for Tue 24 Nov morning');
  });
});

describe('the named duty clinician answers duty offers', () => {
  const escalated = async (coordinator: Client, submittedAt: string) => {
    const id = await hub.submitRequest({ submittedAt });
    expect((await coordinator.post(`/api/consultations/${id}/claim`, {})).status).toBe(200);
    const res = await coordinator.post(`/api/consultations/${id}/escalate`, { reason: 'needs a clinician to look now' });
    expect(res.status).toBe(200);
    return (await json(res)).item.pendingHandoff.id as number;
  };

  it('lets the ANP on duty accept an offer to the duty clinician while on duty, and not after their session', async () => {
    const lead = await hub.signIn('lead1');
    const coordinator = await hub.signIn('coordinator1');
    const onDuty = await hub.signIn('anp1');
    const otherAnp = await hub.signIn('anp2');
    expect((await assign(lead, '2026-11-24', 'morning', 'anp1')).status).toBe(200);

    const first = await escalated(coordinator, '2026-11-24T09:50:00.000Z');
    expect((await otherAnp.post(`/api/handoffs/${first}/accept`, {})).status).toBe(403);
    const accepted = await onDuty.post(`/api/handoffs/${first}/accept`, {});
    expect(accepted.status).toBe(200);
    expect((await json(accepted)).item).toMatchObject({ status: 'with_clinician', assignee: { id: idOf('anp1') } });

    hub.clock.set('2026-11-24T13:05:00.000Z');
    const second = await escalated(coordinator, '2026-11-24T13:00:00.000Z');
    const refused = await onDuty.post(`/api/handoffs/${second}/accept`, {});
    expect(refused.status).toBe(403);
    // Leads still answer duty offers, on the rota or not.
    expect((await lead.post(`/api/handoffs/${second}/accept`, {})).status).toBe(200);
  });
});

describe('the demo rota', () => {
  it('puts the lead on in the mornings and an ANP in the afternoons, through the command path, only where nobody is', async () => {
    const lead = await hub.signIn('lead1');
    expect((await assign(lead, '2026-11-25', 'morning', 'pharmacist1')).status).toBe(200);
    // Ten working days in the next 14, two sessions each, less the one already staffed.
    expect(await fillDemoRota(hub)).toBe(19);
    const rota = await json(await lead.get('/api/rota'));
    expect(rota.gaps).toEqual([]);
    expect(rota.onDuty).toMatchObject({ clinician: { name: 'Dr Lee Lead' }, session: 'morning' });
    expect(rota.slots.find((s: { date: string; session: string }) => s.date === '2026-11-25' && s.session === 'morning').clinician.name).toBe('Priya Pharmacist');
    expect(rota.slots.find((s: { date: string; session: string }) => s.date === '2026-11-24' && s.session === 'afternoon').clinician.name).toBe('Ana Nurse');
    expect(lastAudit()).toMatchObject({ action: 'rota_assigned', actorRole: 'lead' });
    expect(await fillDemoRota(hub)).toBe(0);
  });
});
