// Answering hand-offs: one winner among simultaneous acceptances, expiry in working time,
// responsibility at an instant, practice isolation, and an audit chain that detects edits.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, QueueItem } from '../../shared/schemas/api';
import { json, nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute, itemOf } from '../helpers/journey';

let hub: TestHub;
let coordinator: Client;
beforeAll(async () => {
  hub = await startTestHub();
  coordinator = await hub.signIn('coordinator1');
});
afterAll(() => hub.stop());

async function offeredToAnp(): Promise<{ id: number; handoffId: number }> {
  const id = await hub.submitRequest();
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
  return { id, handoffId: item.pendingHandoff!.id };
}

describe('accepting', () => {
  it('gives exactly one winner when two ANPs accept the same offer at once', async () => {
    const { id, handoffId } = await offeredToAnp();
    const [a, b] = await Promise.all([hub.signIn('anp1'), hub.signIn('anp2')]);
    const responses = await Promise.all([a.post(`/api/handoffs/${handoffId}/accept`), b.post(`/api/handoffs/${handoffId}/accept`)]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = responses.find((r) => r.status === 409)!;
    expect(['ALREADY_RESPONDED', 'INVALID_TRANSITION']).toContain((await json(loser)).error.code);
    expect((await itemOf(coordinator, id)).status).toBe('with_clinician');
    expect(hub.db.q.liability.all(id).filter((i) => i.toAt === null)).toHaveLength(1);
  });

  it('moves responsibility to the ANP only on acceptance, answerable at any instant', async () => {
    const { id, handoffId } = await offeredToAnp();
    const offeredAt = hub.clock.now();
    hub.clock.advance(5 * 60_000);
    const anp = await hub.signIn('anp1');
    expect((await anp.post(`/api/handoffs/${handoffId}/accept`)).status).toBe(200);
    const before = await json(await coordinator.get(`/api/consultations/${id}/liability?at=${new Date(offeredAt + 60_000).toISOString()}`));
    expect(before.interval).toMatchObject({ owner: { id: 'anp' }, accountable: { id: 'duty_clinician' } });
    const after = await json(await coordinator.get(`/api/consultations/${id}/liability?at=${new Date(offeredAt + 6 * 60_000).toISOString()}`));
    expect(after.interval).toMatchObject({ owner: { name: 'Ana Nurse' }, accountable: { name: 'Ana Nurse' }, basis: `accepted hand-off #${handoffId}` });
  });

  it('answers an instant before intake with 404 and a malformed instant with 400', async () => {
    const { id } = await offeredToAnp();
    const early = await coordinator.get(`/api/consultations/${id}/liability?at=2020-01-01T00:00:00Z`);
    expect(early.status).toBe(404);
    const bad = await coordinator.get(`/api/consultations/${id}/liability?at=3rd%20March`);
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toMatch(/^at: /);
  });

  it('lets the ANP complete with an outcome, closing the request', async () => {
    const { id, handoffId } = await offeredToAnp();
    const anp = await hub.signIn('anp1');
    await anp.post(`/api/handoffs/${handoffId}/accept`);
    const refused = await coordinator.post(`/api/consultations/${id}/complete`, { outcome: 'advice_given' });
    expect(refused.status).toBe(403);
    const res = await anp.post(`/api/consultations/${id}/complete`, { outcome: 'prescription_issued', notes: 'Phenoxymethylpenicillin 5 days' });
    expect(res.status).toBe(200);
    expect((await json(res)).item.status).toBe('closed');
    expect(hub.db.q.liability.all(id).every((i) => i.toAt !== null)).toBe(true);
  });

  it('returns a declined offer to the triage queue, marked, with the reason recorded', async () => {
    const { id, handoffId } = await offeredToAnp();
    const anp = await hub.signIn('anp2');
    const noReason = await anp.post(`/api/handoffs/${handoffId}/decline`, {});
    expect(noReason.status).toBe(400);
    const res = await anp.post(`/api/handoffs/${handoffId}/decline`, { reason: 'Needs a GP face-to-face assessment' });
    expect((await json(res)).item).toMatchObject({ status: 'queued', returnedBecause: 'declined' });
    expect(hub.db.q.handoffs.byId(handoffId)).toMatchObject({ status: 'declined', responseReason: 'Needs a GP face-to-face assessment' });
  });

  it('lets the accepting clinician hand back or escalate to the duty clinician', async () => {
    const { id, handoffId } = await offeredToAnp();
    const anp = await hub.signIn('anp1');
    await anp.post(`/api/handoffs/${handoffId}/accept`);
    const escalated = await json(await anp.post(`/api/consultations/${id}/escalate`, { reason: 'Possible sepsis, needs GP review' }));
    expect(escalated.item).toMatchObject({ status: 'offered', pendingDestination: 'duty_clinician' });
    const lead = await hub.signIn('lead1');
    await lead.post(`/api/handoffs/${escalated.item.pendingHandoff.id}/accept`);
    const back = await json(await lead.post(`/api/consultations/${id}/hand-back`, { reason: 'Reviewed, routine: re-triage' }));
    expect(back.item).toMatchObject({ status: 'queued', returnedBecause: 'handed_back' });
  });
});

describe('timeouts in working time', () => {
  it('returns an offer nobody accepts within 30 working minutes to the queue, marked', async () => {
    const { id, handoffId } = await offeredToAnp();
    hub.clock.advance(29 * 60_000);
    await hub.scheduler.tick();
    expect((await itemOf(coordinator, id)).status).toBe('offered');
    hub.clock.advance(2 * 60_000);
    await hub.scheduler.tick();
    expect(await itemOf(coordinator, id)).toMatchObject({ status: 'queued', returnedBecause: 'offer_expired' });
    expect(hub.db.q.handoffs.byId(handoffId)!.status).toBe('expired');
    const { intervals } = await json(await coordinator.get(`/api/consultations/${id}/liability`));
    expect(intervals.at(-1).basis).toContain('not accepted within 30 working minutes');
  });

  it('brings an unacknowledged referral back after 4 working hours as a safety-net follow-up, counting only hub hours', async () => {
    hub.clock.set('2026-11-24T16:30:00.000Z'); // Tuesday 16:30, two working hours before closing
    const id = await hub.submitRequest({ text: 'Sore throat for a week.', submittedAt: '2026-11-24T16:00:00.000Z' });
    await claimAndRoute(coordinator, id, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' });
    hub.clock.set('2026-11-25T08:00:00.000Z'); // overnight counts for nothing
    await hub.scheduler.tick();
    coordinator = await hub.signIn('coordinator1'); // yesterday's session has lapsed
    expect((await itemOf(coordinator, id)).status).toBe('redirected');
    hub.clock.set('2026-11-25T10:00:00.000Z'); // two more working hours: four in all
    await hub.scheduler.tick();
    expect(await itemOf(coordinator, id)).toMatchObject({ status: 'queued', returnedBecause: 'safety_net_follow_up' });
  });
});

describe('SLA breaches', () => {
  it('enters a missed first-action deadline into the change feed once, and every connected queue sees it', async () => {
    hub.clock.set('2026-11-26T09:00:00.000Z');
    coordinator = await hub.signIn('coordinator1');
    const watcher = await (await hub.signIn('coordinator2')).socket();
    const id = await hub.submitRequest({ submittedAt: '2026-11-26T09:00:00.000Z' });
    hub.clock.set('2026-11-26T10:59:00.000Z');
    await hub.scheduler.tick();
    expect((await itemOf(coordinator, id)).slaBreaches).toEqual([]);
    const seen = nextEvent<ChangeEvent>(watcher, 'change', (e) => e.item.id === id && e.type === 'sla_breached');
    hub.clock.set('2026-11-26T11:00:00.000Z');
    await hub.scheduler.tick();
    expect((await seen).item.slaBreaches).toEqual(['first_action']);
    await hub.scheduler.tick();
    const breaches = hub.db.q.feed.since(0, 100_000).filter((f) => f.consultationId === id && f.type === 'sla_breached');
    expect(breaches).toHaveLength(1);
  });
});

describe('practice isolation', () => {
  it('keeps a practice user from reading or acting on another practice’s request', async () => {
    const id = await hub.submitRequest({ practiceOds: 'E85002' });
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'practice_gp', reason: { code: 'needs_gp' } }));
    const practice1 = await hub.signIn('practice1');
    expect((await practice1.get(`/api/consultations/${id}`)).status).toBe(404);
    expect((await practice1.get(`/api/consultations/${id}/liability`)).status).toBe(404);
    expect((await practice1.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`)).status).toBe(404);
    expect((await practice1.post(`/api/handoffs/${item.pendingHandoff!.id}/decline`, { reason: 'not ours at all' })).status).toBe(404);
    expect((await itemOf(coordinator, id)).status).toBe('returned_to_practice');
  });
});

describe('audit', () => {
  it('chains every command and patient-detail read, and detects an edited row', async () => {
    const { id } = await offeredToAnp();
    await itemOf(coordinator, id);
    const actions = hub.db.orm.all<{ action: string }>(sql`select action from audit_log where consultation_id = ${id} order by id`);
    // The route's message to the patient is queued, and audited, inside the route's own transaction.
    expect(actions.map((a) => a.action)).toEqual(['intake', 'claim', 'message_queued', 'route', 'read_detail']);
    expect(hub.db.q.audit.verify()).toMatchObject({ ok: true });
    const victim = hub.db.orm.get<{ id: number }>(sql`select id from audit_log where consultation_id = ${id} and action = 'route'`);
    hub.db.orm.run(sql`update audit_log set reason = 'anp: nothing to see' where id = ${victim.id}`);
    expect(hub.db.q.audit.verify()).toEqual({ ok: false, rowId: victim.id, rows: expect.any(Number) });
  });
});

