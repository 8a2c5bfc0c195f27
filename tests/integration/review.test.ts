// Decision review by the clinical lead: the sampling policy selects exactly what it says,
// reproducibly; one verdict per decision; a disagreement reopens the request to the queue with the
// lead's instruction and the liability map back to the hub, live; agreement rates; and each
// coordinator sees only their own feedback. docs/clinical-safety/review.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDraw } from '../../shared/rules/reviewSampling';
import type { ChangeEvent, HubNotice, QueueItem } from '../../shared/schemas/api';
import type { ReviewQueueReply } from '../../shared/schemas/reviews';
import { DEFAULT_PROTOCOL_CONTENT } from '../../shared/schemas/protocol';
import { json, nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute, itemOf, type RouteArgs } from '../helpers/journey';
import { settleMessagesOf } from '../helpers/messages';

const SAFETY = 'If it gets worse or you are worried, call NHS 111 or your practice.';
const TODAY = { from: '2026-11-24', to: '2026-11-24' };
const period = (p: { from: string; to: string } = TODAY) => `from=${p.from}&to=${p.to}`;

let hub: TestHub;
let coordinator1: Client;
let coordinator2: Client;
let anp: Client;
let lead: Client;

/** The decisions of each kind, by hand-off id. */
const made = {
  redFlag: 0,
  notFollowingSuggestion: 0,
  selfCare: 0,
  selfReferral: 0,
  declined: 0,
  expired: 0,
  pharmacy: 0,
  withClinician: 0,
  clinicianSelfCare: 0,
  escalatedByScreening: 0,
  routine: [] as number[],
};

async function decide(client: Client, handoff: RouteArgs, overrides?: Parameters<TestHub['submitRequest']>[0]) {
  const id = await hub.submitRequest(overrides);
  const res = await claimAndRoute(client, id, handoff);
  expect(res.status, await res.clone().text()).toBe(200);
  return { id, handoffId: lastHandoffOf(id) };
}
const lastHandoffOf = (id: number) => hub.db.q.handoffs.forConsultation(id).at(-1)!.id;

async function queue(p = TODAY): Promise<ReviewQueueReply> {
  const res = await lead.get(`/api/reviews/queue?${period(p)}`);
  expect(res.status).toBe(200);
  return json(res);
}
const reasonsById = (reply: ReviewQueueReply) => new Map(reply.items.map((i) => [i.handoffId, i.sampledBecause]));
const putPolicy = (client: Client, policy: unknown) =>
  fetch(`${hub.url}/api/reviews/policy`, { method: 'PUT', headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: JSON.stringify(policy) });

beforeAll(async () => {
  hub = await startTestHub();
  [coordinator1, coordinator2, anp, lead] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('coordinator2'), hub.signIn('anp1'), hub.signIn('lead1')]);
  // This hub's protocol lets coordinators close with self-care advice, so that decision exists to sample.
  const send = (method: string, path: string, body: unknown) =>
    fetch(`${hub.url}${path}`, { method, headers: { cookie: lead.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const content = { ...DEFAULT_PROTOCOL_CONTENT, routing: { ...DEFAULT_PROTOCOL_CONTENT.routing, coordinatorMaySelfCare: true } };
  expect((await send('POST', '/api/protocol/drafts', { content })).status).toBeLessThan(300);
  expect((await send('POST', '/api/protocol/draft/sign-off', {})).status).toBe(200);

  // A red-flag journey: screened at intake, sent back by the duty clinician, routed by a coordinator.
  const flagged = await hub.submitRequest({ text: 'I have crushing chest pain spreading to my jaw.' });
  made.escalatedByScreening = lastHandoffOf(flagged);
  await lead.post(`/api/handoffs/${made.escalatedByScreening}/decline`, { reason: 'Re-triage to the ANP please' });
  expect((await claimAndRoute(coordinator1, flagged, { destination: 'anp' })).status).toBe(200);
  made.redFlag = lastHandoffOf(flagged);
  expect((await anp.post(`/api/handoffs/${made.redFlag}/accept`)).status).toBe(200);

  made.notFollowingSuggestion = (await decide(coordinator1, { destination: 'anp', suggestionFollowed: false })).handoffId;
  expect((await anp.post(`/api/handoffs/${made.notFollowingSuggestion}/accept`)).status).toBe(200);
  made.selfCare = (await decide(coordinator1, { destination: 'self_care', safetyNetting: SAFETY, reason: { code: 'self_care_appropriate' }, suggestionFollowed: true })).handoffId;
  made.selfReferral = (await decide(coordinator2, { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY, reason: { code: 'other', text: 'physio self-referral suits' } })).handoffId;
  // The patient has the advice: both close, responsibility with the patient (docs/messaging.md).
  for (const handoffId of [made.selfCare, made.selfReferral]) await settleMessagesOf(hub, hub.db.q.handoffs.byId(handoffId)!.consultationId);
  made.pharmacy = (await decide(coordinator1, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101', suggestionFollowed: true })).handoffId;

  const declined = await decide(coordinator2, { destination: 'anp', suggestionFollowed: true });
  made.declined = declined.handoffId;
  expect((await anp.post(`/api/handoffs/${declined.handoffId}/decline`, { reason: 'Needs the practice GP' })).status).toBe(200);

  const accepted = await decide(coordinator1, { destination: 'anp', suggestionFollowed: true });
  made.withClinician = accepted.handoffId;
  expect((await anp.post(`/api/handoffs/${accepted.handoffId}/accept`)).status).toBe(200);

  // A clinician's self-care decision is not a coordinator's: only the random share may draw it.
  const closedByAnp = await decide(coordinator2, { destination: 'anp', suggestionFollowed: true });
  expect((await anp.post(`/api/handoffs/${closedByAnp.handoffId}/accept`)).status).toBe(200);
  const row = hub.db.q.consultations.byId(closedByAnp.id)!;
  const res = await anp.post(`/api/consultations/${closedByAnp.id}/handoffs`, { destination: 'self_care', safetyNetting: SAFETY, reason: { code: 'self_care_appropriate' }, expectedVersion: row.version });
  expect(res.status).toBe(200);
  made.clinicianSelfCare = lastHandoffOf(closedByAnp.id);

  for (let n = 0; n < 24; n++) {
    const coordinator = n % 2 === 0 ? coordinator1 : coordinator2;
    made.routine.push((await decide(coordinator, { destination: 'practice_gp', suggestionFollowed: true })).handoffId);
  }

  // An offer left unanswered past its 30 working minutes comes back expired.
  made.expired = (await decide(coordinator2, { destination: 'physio', suggestionFollowed: true })).handoffId;
  hub.clock.advance(31 * 60_000);
  await hub.scheduler.tick();
  expect(hub.db.q.handoffs.byId(made.expired)!.status).toBe('expired');
}, 60_000);
afterAll(() => hub.stop());

describe('the review sample', () => {
  it('takes every decision of each kind the policy names, with why, and of the routine ones exactly the seeded share', async () => {
    const policy = await json(await lead.get('/api/reviews/policy'));
    expect(policy.policy).toMatchObject({ randomShare: 0.1, redFlags: true });
    const reasons = reasonsById(await queue());
    expect(reasons.get(made.redFlag)).toEqual(['a red-flag journey']);
    expect(reasons.get(made.notFollowingSuggestion)).toEqual(['a coordinator did not follow the suggestion']);
    expect(reasons.get(made.selfCare)).toEqual(['a coordinator redirected the patient to self-care or a self-referral pathway']);
    expect(reasons.get(made.selfReferral)).toEqual(['a coordinator redirected the patient to self-care or a self-referral pathway']);
    expect(reasons.get(made.declined)).toEqual(['the offer was declined or expired']);
    expect(reasons.get(made.expired)).toEqual(['the offer was declined or expired']);
    // The hub's own red-flag escalation is nobody's decision.
    expect(reasons.has(made.escalatedByScreening)).toBe(false);
    // Everything else is in only if the seeded draw says so: the same draw anyone can repeat.
    const seed = policy.policy.seed as string;
    for (const id of [...made.routine, made.pharmacy, made.withClinician, made.clinicianSelfCare]) {
      expect(reasons.get(id), `hand-off ${id}`).toEqual(sampleDraw(seed, id) < 0.1 ? ['drawn in the random share'] : undefined);
    }
  });

  it('shows the request’s practice, the decision, the protocol version and the red flags', async () => {
    const item = (await queue()).items.find((i) => i.handoffId === made.redFlag)!;
    expect(item).toMatchObject({
      practice: { ods: 'E85001', name: 'Riverside Test Surgery' },
      destination: 'anp',
      byName: 'Coordinator 1',
      byCoordinator: true,
      reasonCode: 'protocol_match',
      protocol: { version: 'CN v4', basis: expect.stringContaining('hub protocol CN v4 signed off by') },
      redFlags: ['chest_pain'],
    });
  });

  it('draws the same sample from the same seed every time, and another random part from another seed', async () => {
    const share = { randomShare: 0.5, seed: 'audit week 48' };
    expect((await putPolicy(lead, share)).status).toBe(200);
    const first = (await queue()).items.map((i) => i.handoffId);
    expect((await putPolicy(lead, { ...share })).status).toBe(200);
    expect((await queue()).items.map((i) => i.handoffId)).toEqual(first);
    expect((await putPolicy(lead, { ...share, seed: 'audit week 49' })).status).toBe(200);
    const other = (await queue()).items.map((i) => i.handoffId);
    expect(other).not.toEqual(first);
    const always = [made.redFlag, made.notFollowingSuggestion, made.selfCare, made.selfReferral, made.declined, made.expired];
    for (const id of always) expect(other).toContain(id);
    expect((await putPolicy(lead, {})).status).toBe(200);
  });

  it('samples nothing when the lead switches every kind off and the share to nothing', async () => {
    expect((await putPolicy(lead, { redFlags: false, notFollowingSuggestion: false, coordinatorSelfCareOrSelfReferral: false, declinedOrExpired: false, randomShare: 0 })).status).toBe(200);
    expect(await queue()).toMatchObject({ total: 0, items: [] });
    expect((await putPolicy(lead, {})).status).toBe(200);
  });

  it('lets only the lead change the policy, bounded, audited and announced to hub workstations', async () => {
    expect((await putPolicy(coordinator1, {})).status).toBe(403);
    const bad = await putPolicy(lead, { randomShare: 2 });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toMatch(/^randomShare: /);
    const socket = await coordinator1.socket();
    const notice = nextEvent<HubNotice>(socket, 'notice', (n) => n.topic === 'reviews');
    expect((await putPolicy(lead, { randomShare: 0.2 })).status).toBe(200);
    await notice;
    const entry = hub.db.orm.$client.prepare("select action, subject from audit_log where subject = 'review_policy' order by id desc limit 1").get();
    expect(entry).toEqual({ action: 'review_policy_changed', subject: 'review_policy' });
    expect((await putPolicy(lead, {})).status).toBe(200);
    socket.disconnect();
  });

  it('refuses a period that is not one: bad dates, backwards, or longer than a year', async () => {
    for (const [query, field] of [
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-11-24&to=2026-11-23', 'to'],
      ['from=2025-11-01&to=2026-11-24', 'to'],
      ['from=2026-11-24', 'to'],
    ] as const) {
      const res = await lead.get(`/api/reviews/queue?${query}`);
      expect(res.status, query).toBe(400);
      expect((await json(res)).error.message, query).toMatch(new RegExp(`^${field}: `));
    }
    expect((await coordinator1.get(`/api/reviews/queue?${period()}`)).status).toBe(403);
    expect((await coordinator1.get(`/api/reviews/agreement?${period()}`)).status).toBe(403);
  });
});

describe('verdicts', () => {
  const review = (client: Client, body: unknown) => client.post('/api/reviews', body);

  it('records one agreement per decision, which leaves the sample; a second is refused', async () => {
    const res = await review(lead, { handoffId: made.declined, verdict: 'agree', severity: 'none' });
    expect(res.status).toBe(201);
    expect((await json(res)).review).toMatchObject({ verdict: 'agree', severity: 'none', reviewerName: 'Dr Lee Lead', decision: { byName: 'Coordinator 2', protocolVersion: 'CN v4' } });
    expect(reasonsById(await queue()).has(made.declined)).toBe(false);
    const again = await review(lead, { handoffId: made.declined, verdict: 'disagree', severity: 'low', note: 'second thoughts' });
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe('ALREADY_REVIEWED');
  });

  it('refuses a review from anyone but the lead, and a disagreement without a note', async () => {
    expect((await review(coordinator1, { handoffId: made.pharmacy, verdict: 'agree', severity: 'none' })).status).toBe(403);
    const noNote = await review(lead, { handoffId: made.pharmacy, verdict: 'disagree', severity: 'moderate' });
    expect(noNote.status).toBe(400);
    expect((await json(noNote)).error.message).toMatch(/^note: /);
    const reopenOnAgree = await review(lead, { handoffId: made.pharmacy, verdict: 'agree', severity: 'none', reopen: { instruction: 'x' } });
    expect(reopenOnAgree.status).toBe(400);
    expect(hub.db.q.reviews.byHandoff(made.pharmacy)).toBeUndefined();
  });

  it('refuses to review the hub’s own escalation, and to reopen a request a clinician now holds, writing nothing', async () => {
    const own = await review(lead, { handoffId: made.escalatedByScreening, verdict: 'agree', severity: 'none' });
    expect((await json(own)).error.code).toBe('NOT_A_DECISION');
    const withClinician = await review(lead, { handoffId: made.withClinician, verdict: 'disagree', severity: 'low', note: 'Should have gone to the GP', reopen: { instruction: 'Route to the GP' } });
    expect(withClinician.status).toBe(409);
    expect((await json(withClinician)).error).toMatchObject({ code: 'REOPEN_NOT_POSSIBLE', message: expect.stringMatching(/with a clinician now/) });
    expect(hub.db.q.reviews.byHandoff(made.withClinician)).toBeUndefined();
    expect(hub.db.q.consultations.byId(hub.db.q.handoffs.byId(made.withClinician)!.consultationId)!.status).toBe('with_clinician');
  });
});

describe('reopening after a disagreement', () => {
  it('puts a closed request back in the queue, marked with the instruction, liability back to the hub, live to coordinators', async () => {
    const consultationId = hub.db.q.handoffs.byId(made.selfReferral)!.consultationId;
    expect(hub.db.q.consultations.byId(consultationId)!.status).toBe('closed');
    const socket = await coordinator2.socket();
    const back = nextEvent<ChangeEvent>(socket, 'change', (e) => e.item.id === consultationId);
    const res = await lead.post('/api/reviews', {
      handoffId: made.selfReferral,
      verdict: 'disagree',
      severity: 'moderate',
      note: 'Night sweats with back pain need a clinician, not self-referral.',
      reopen: { instruction: 'Call the patient today and offer an ANP appointment' },
    });
    expect(res.status).toBe(201);
    const returnedBecause = 'Reopened after review by Dr Lee Lead: Call the patient today and offer an ANP appointment';
    expect((await json(res)).item).toMatchObject({ status: 'queued', returnedBecause });
    const { item } = await back;
    expect(item).toMatchObject({ status: 'queued', returnedBecause });
    expect(await itemOf(coordinator2, consultationId)).toMatchObject({ status: 'queued', returnedBecause });
    const open = hub.db.q.liability.open(consultationId)!;
    expect(open).toMatchObject({ ownerId: 'hub_queue', accountableId: 'duty_clinician' });
    expect(open.basis).toMatch(/^reopened after review by Dr Lee Lead: Call the patient today/);
    socket.disconnect();
  });

  it('withdraws a referral still waiting for the pharmacy’s acknowledgement', async () => {
    const consultationId = hub.db.q.handoffs.byId(made.pharmacy)!.consultationId;
    expect(hub.db.q.consultations.byId(consultationId)!.status).toBe('redirected');
    const res = await lead.post('/api/reviews', { handoffId: made.pharmacy, verdict: 'disagree', severity: 'low', note: 'Pharmacy First would have fitted', reopen: { instruction: 'Re-refer under Pharmacy First' } });
    expect(res.status).toBe(201);
    expect((await json<{ item: QueueItem }>(res)).item).toMatchObject({ status: 'queued', pendingHandoff: null });
    expect(hub.db.q.handoffs.byId(made.pharmacy)).toMatchObject({ status: 'withdrawn', respondedByName: 'Dr Lee Lead' });
    expect(hub.db.q.liability.open(consultationId)).toMatchObject({ ownerId: 'hub_queue', accountableId: 'duty_clinician' });
  });
});

describe('agreement and feedback', () => {
  it('gives agreement rates per coordinator, destination and protocol version over the period', async () => {
    expect((await lead.post('/api/reviews', { handoffId: made.notFollowingSuggestion, verdict: 'agree', severity: 'none', note: 'Good call' })).status).toBe(201);
    const res = await lead.get(`/api/reviews/agreement?${period()}`);
    expect(res.status).toBe(200);
    const rates = await json(res);
    // Reviewed so far: declined (C2 agree), selfReferral (C2 disagree), pharmacy (C1 disagree), notFollowingSuggestion (C1 agree).
    expect(rates.byDecider).toEqual([
      expect.objectContaining({ label: 'Coordinator 1', agree: 1, disagree: 1, rate: 0.5 }),
      expect.objectContaining({ label: 'Coordinator 2', agree: 1, disagree: 1, rate: 0.5 }),
    ]);
    expect(rates.byDestination).toContainEqual(expect.objectContaining({ key: 'anp', agree: 2, disagree: 0, rate: 1 }));
    expect(rates.byDestination).toContainEqual(expect.objectContaining({ key: 'self_referral', agree: 0, disagree: 1, rate: 0 }));
    expect(rates.byProtocol).toEqual([expect.objectContaining({ key: 'CN v4', agree: 2, disagree: 2, rate: 0.5 })]);
    const earlier = await json(await lead.get('/api/reviews/agreement?from=2026-11-01&to=2026-11-23'));
    expect(earlier.byDecider).toEqual([]);
  });

  it('shows each coordinator their own reviews and notes, never another’s', async () => {
    const mine1 = await json(await coordinator1.get('/api/reviews/mine'));
    expect(mine1.reviews.map((r: { handoffId: number }) => r.handoffId).sort()).toEqual([made.notFollowingSuggestion, made.pharmacy].sort());
    expect(mine1.reviews).toContainEqual(expect.objectContaining({ handoffId: made.pharmacy, verdict: 'disagree', severity: 'low', note: 'Pharmacy First would have fitted', reopenInstruction: 'Re-refer under Pharmacy First' }));
    const mine2 = await json(await coordinator2.get('/api/reviews/mine'));
    expect(mine2.reviews.map((r: { handoffId: number }) => r.handoffId).sort()).toEqual([made.declined, made.selfReferral].sort());
    const coordinator3 = await hub.signIn('coordinator3');
    expect((await json(await coordinator3.get('/api/reviews/mine'))).reviews).toEqual([]);
    expect((await (await hub.signIn('practice1')).get('/api/reviews/mine')).status).toBe(403);
  });
});
