// The lead breaks a claim and reassigns a request, with a reason, through the command path: to a
// named coordinator (who holds it with a fresh lease), to a hub team, or to a named clinician's team.
import { desc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, staff } from '../../db/schema';
import type { ChangeEvent } from '../../shared/schemas/api';
import { claimAndRoute } from '../helpers/journey';
import { json, nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';

let hub: TestHub;
let lead: Client;
let coordinator: Client;
beforeEach(async () => {
  hub = await startTestHub();
  lead = await hub.signIn('lead1');
  coordinator = await hub.signIn('coordinator1');
});
afterEach(() => hub.stop());

const idOf = (username: string) => hub.db.q.staff.byUsername(username)!.id;
const reassign = (client: Client, id: number, body: unknown) => client.post(`/api/consultations/${id}/reassign`, body);
const lastAudit = () => hub.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
const claimed = async () => {
  const id = await hub.submitRequest();
  expect((await coordinator.post(`/api/consultations/${id}/claim`, {})).status).toBe(200);
  return id;
};

describe('reassigning to a person', () => {
  it('breaks a coordinator’s claim and gives the request to another, with a fresh lease, and the displaced holder sees it live', async () => {
    const id = await claimed();
    const socket = await coordinator.socket();
    const seen = nextEvent<ChangeEvent>(socket, 'change', (c) => c.item.id === id && c.type === 'reassign');
    hub.clock.advance(5 * 60_000);
    const res = await reassign(lead, id, { to: { staffId: idOf('coordinator2') }, reason: 'Coordinator 1 called away to a patient' });
    expect(res.status).toBe(200);
    const { item } = await json(res);
    expect(item).toMatchObject({ status: 'in_triage', claimedBy: { id: idOf('coordinator2'), name: 'Coordinator 2' } });
    expect(Date.parse(item.leaseExpiresAt)).toBe(hub.clock.now() + hub.settings().leaseMinutes * 60_000);
    expect((await seen).item.claimedBy?.name).toBe('Coordinator 2');
    // The new holder may act on it; the old one may not.
    expect((await coordinator.post(`/api/consultations/${id}/release`, {})).status).toBe(409);
    expect((await (await hub.signIn('coordinator2')).post(`/api/consultations/${id}/release`, {})).status).toBe(200);
    const { intervals } = await json(await lead.get(`/api/consultations/${id}/liability`));
    expect(intervals.at(-2)).toMatchObject({ owner: { kind: 'person', name: 'Coordinator 2' }, accountable: { id: 'duty_clinician' } });
    expect(intervals.at(-2).basis).toMatch(/^reassigned by Dr Lee Lead to Coordinator 2 \(care coordinator\): Coordinator 1 called away to a patient; /);
  });

  it('takes a waiting request from the queue and gives it to a named coordinator, audited with the reason', async () => {
    const id = await hub.submitRequest();
    const res = await reassign(lead, id, { to: { staffId: idOf('coordinator3') }, reason: 'Coordinator 3 knows this patient' });
    expect(res.status).toBe(200);
    expect(lastAudit()).toMatchObject({ action: 'reassign', consultationId: id, reason: 'Coordinator 3 knows this patient', actorRole: 'lead' });
    expect(JSON.parse(lastAudit().after!)).toMatchObject({ status: 'in_triage', claimedBy: idOf('coordinator3') });
    expect(hub.db.q.audit.verify().ok).toBe(true);
  });

  it('takes a request back from the clinician who accepted it and gives it to a coordinator', async () => {
    const id = await hub.submitRequest();
    const routed = await claimAndRoute(coordinator, id, { destination: 'anp' });
    const anp = await hub.signIn('anp1');
    expect((await anp.post(`/api/handoffs/${(await json(routed)).item.pendingHandoff.id}/accept`, {})).status).toBe(200);
    const res = await reassign(lead, id, { to: { staffId: idOf('coordinator1') }, reason: 'needs re-triage after new information' });
    expect((await json(res)).item).toMatchObject({ status: 'in_triage', assignee: null, claimedBy: { id: idOf('coordinator1') } });
  });
});

describe('reassigning to a team', () => {
  it('offers the request to the team, with a hand-off the lead made for a reason', async () => {
    const id = await claimed();
    const res = await reassign(lead, id, { to: { team: 'physio' }, reason: 'back pain: physio should see it' });
    expect(res.status).toBe(200);
    const { item } = await json(res);
    expect(item).toMatchObject({ status: 'offered', pendingDestination: 'physio', claimedBy: null });
    expect(hub.db.q.handoffs.byId(item.pendingHandoff.id)).toMatchObject({ reasonCode: 'reassigned_by_lead', reasonText: 'back pain: physio should see it', offeredByName: 'Dr Lee Lead' });
    const { intervals } = await json(await lead.get(`/api/consultations/${id}/liability`));
    // Nobody on the rota here: the duty clinician role is accountable until the team accepts.
    expect(intervals.at(-1)).toMatchObject({ owner: { kind: 'team', id: 'physio' }, accountable: { kind: 'role', id: 'duty_clinician' } });
    expect(intervals.at(-1).basis).toMatch(/^reassigned by Dr Lee Lead to .* in hand-off #\d+: back pain: physio should see it; no duty clinician on the rota for Tue 24 Nov morning; Hub duty clinician accountable until it is accepted$/);
    expect((await (await hub.signIn('physio1')).post(`/api/handoffs/${item.pendingHandoff.id}/accept`, {})).status).toBe(200);
  });

  it('offers a request meant for a named clinician to their team, naming them', async () => {
    const id = await claimed();
    const res = await reassign(lead, id, { to: { staffId: idOf('anp2') }, reason: 'Ben saw this patient last week' });
    const { item } = await json(res);
    expect(item).toMatchObject({ status: 'offered', pendingDestination: 'anp' });
    const handoff = hub.db.q.handoffs.byId(item.pendingHandoff.id)!;
    expect(handoff.details).toEqual({ forStaffId: idOf('anp2'), forStaffName: 'Ben Nurse' });
    expect(handoff.reasonText).toContain('for Ben Nurse');
    const { intervals } = await json(await lead.get(`/api/consultations/${id}/liability`));
    expect(intervals.at(-1).basis).toContain('for Ben Nurse');
  });
});

describe('refusals', () => {
  it('refuses anyone but a lead with 403, and writes nothing', async () => {
    const id = await claimed();
    const anp = await hub.signIn('anp1');
    const before = lastAudit().id;
    expect((await reassign(coordinator, id, { to: { staffId: idOf('coordinator2') }, reason: 'I would rather not' })).status).toBe(403);
    expect((await reassign(anp, id, { to: { team: 'anp' }, reason: 'take it myself' })).status).toBe(403);
    expect(lastAudit().id).toBe(before);
  });

  it('refuses a closed request with 409 INVALID_TRANSITION', async () => {
    const id = await hub.submitRequest();
    const routed = await claimAndRoute(coordinator, id, { destination: 'anp' });
    const anp = await hub.signIn('anp1');
    await anp.post(`/api/handoffs/${(await json(routed)).item.pendingHandoff.id}/accept`, {});
    expect((await anp.post(`/api/consultations/${id}/complete`, { outcome: 'advice_given' })).status).toBe(200);
    const res = await reassign(lead, id, { to: { team: 'anp' }, reason: 'should not be possible' });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('INVALID_TRANSITION');
  });

  it('refuses unknown, inactive and wrong-role staff with 422 and a clear code', async () => {
    const id = await claimed();
    const unknown = await reassign(lead, id, { to: { staffId: 9999 }, reason: 'nobody at all' });
    expect(unknown.status).toBe(422);
    expect((await json(unknown)).error.code).toBe('UNKNOWN_STAFF');
    hub.db.write(() => hub.db.orm.update(staff).set({ active: false }).where(eq(staff.username, 'coordinator4')).run());
    expect((await json(await reassign(lead, id, { to: { staffId: idOf('coordinator4') }, reason: 'has left the hub' }))).error.code).toBe('UNKNOWN_STAFF');
    const manager = await reassign(lead, id, { to: { staffId: idOf('manager1') }, reason: 'managers do not triage' });
    expect(manager.status).toBe(422);
    expect((await json(manager)).error.code).toBe('REASSIGN_TARGET_NOT_PERMITTED');
  });

  it('refuses a missing reason or target with 400 naming the field', async () => {
    const id = await claimed();
    const noReason = await reassign(lead, id, { to: { team: 'anp' } });
    expect(noReason.status).toBe(400);
    expect((await json(noReason)).error.message).toMatch(/^reason/);
    const badTeam = await reassign(lead, id, { to: { team: 'pharmacy_first' }, reason: 'not a hub team' });
    expect(badTeam.status).toBe(400);
    expect((await json(badTeam)).error.message).toMatch(/^to/);
  });
});
