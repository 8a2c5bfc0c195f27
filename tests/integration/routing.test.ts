// Routing a claimed request to each destination, and every refusal with its code and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, QueueItem } from '../../shared/schemas/api';
import { rowCounts } from '../helpers/counts';
import { json, nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute, itemOf } from '../helpers/journey';
import { settleMessagesOf } from '../helpers/messages';

let hub: TestHub;
let coordinator: Client;
let anp: Client;
let lead: Client;
beforeAll(async () => {
  hub = await startTestHub();
  [coordinator, anp, lead] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('anp1'), hub.signIn('lead1')]);
});
afterAll(() => hub.stop());

const SAFETY_NETTING = 'If it gets worse, you develop a high temperature or you are worried, call NHS 111 or your practice.';
const UTI_TEXT = 'Burning when I pee and going more often for two days.';

describe('routing to hub teams', () => {
  it.each(['anp', 'pharmacist', 'physio', 'duty_clinician'] as const)('offers to the %s team, live in its inbox, with the sender still accountable', async (team) => {
    const id = await hub.submitRequest();
    const inbox = await (await hub.signIn(team === 'duty_clinician' ? 'lead1' : team === 'anp' ? 'anp2' : `${team}1`)).socket();
    const arrived = nextEvent<ChangeEvent>(inbox, 'change', (e) => e.item.id === id && e.item.status === 'offered');
    const res = await claimAndRoute(coordinator, id, { destination: team });
    expect(res.status).toBe(200);
    const { item } = await arrived;
    expect(item).toMatchObject({ pendingDestination: team, claimedBy: null, pendingHandoff: { destination: team, offeredBy: 'Coordinator 1' } });
    const liability = await json(await coordinator.get(`/api/consultations/${id}/liability`));
    expect(liability.intervals.at(-1)).toMatchObject({ to: null, owner: { kind: 'team', id: team }, accountable: { id: 'duty_clinician' } });
  });
});

describe('routing out of the hub', () => {
  it('refers an eligible woman to Pharmacy First for UTI, closing when the pharmacy acknowledges by its key', async () => {
    const id = await hub.submitRequest({ text: UTI_TEXT, answers: { symptomArea: 'urinary' } });
    const res = await claimAndRoute(coordinator, id, {
      destination: 'pharmacy_first',
      condition: 'uti',
      pharmacyOds: 'FA101',
      exclusions: { pregnant: false, recurrentUti: false, catheter: false },
    });
    expect(res.status).toBe(200);
    const { item } = await json<{ item: QueueItem }>(res);
    expect(item.status).toBe('redirected');
    const ack = await fetch(`${hub.url}/api/handoffs/${item.pendingHandoff!.id}/acknowledge`, { method: 'POST', headers: { authorization: 'Bearer key-FA101' } });
    expect(ack.status).toBe(200);
    expect((await json(ack)).status).toBe('closed');
    const { intervals } = await json(await coordinator.get(`/api/consultations/${id}/liability`));
    expect(intervals.at(-1)).toMatchObject({ to: null, owner: { kind: 'organisation', id: 'FA101' }, accountable: { id: 'FA101' } });
  });

  it('refers a girl of 14 with impetigo, recording the answers asked of her and the pathway version checked', async () => {
    const id = await hub.submitRequest({ text: 'Crusty yellow sores round her mouth.', patient: { birthDate: '2012-06-01', sex: 'female' } });
    const exclusions = { pregnant: false, bullousImpetigo: false, impetigoEpisodes12Months: 1 };
    const res = await claimAndRoute(coordinator, id, { destination: 'pharmacy_first', condition: 'impetigo', pharmacyOds: 'FA101', exclusions });
    expect(res.status).toBe(200);
    const [handoff] = hub.db.q.handoffs.forConsultation(id);
    expect(handoff!.details).toEqual({
      condition: 'impetigo',
      pharmacyOds: 'FA101',
      exclusions,
      pathwaySpec: 'NHS England Pharmacy First clinical pathways v2.5',
    });
  });

  it('refers a minor illness to a community pharmacy, which takes responsibility on acknowledging', async () => {
    const id = await hub.submitRequest({ text: 'Blocked nose and a cough for three days.' });
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FQ202' }));
    const waiting = await json(await coordinator.get(`/api/consultations/${id}/liability`));
    expect(waiting.intervals.at(-1)).toMatchObject({ owner: { id: 'FQ202' }, accountable: { id: 'duty_clinician' } });
    const ack = await fetch(`${hub.url}/api/handoffs/${item.pendingHandoff!.id}/acknowledge`, { method: 'POST', headers: { authorization: 'Bearer key-FQ202' } });
    expect((await json(ack)).status).toBe('closed');
    const done = await json(await coordinator.get(`/api/consultations/${id}/liability`));
    expect(done.intervals.at(-1)).toMatchObject({ owner: { id: 'FQ202' }, accountable: { id: 'FQ202' }, basis: expect.stringContaining('acknowledged by Online Test Pharmacy') });
    expect(done.handoffs[0]).toMatchObject({ status: 'acknowledged', respondedBy: 'Online Test Pharmacy' });
  });

  it('does not let one pharmacy acknowledge another’s referral', async () => {
    const id = await hub.submitRequest({ text: 'Sore throat for five days.' });
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' }));
    const res = await fetch(`${hub.url}/api/handoffs/${item.pendingHandoff!.id}/acknowledge`, { method: 'POST', headers: { authorization: 'Bearer key-FQ202' } });
    expect(res.status).toBe(404);
    expect((await itemOf(coordinator, id)).status).toBe('redirected');
  });

  it('closes a self-referral once the safety-netting advice is delivered, moving responsibility to the patient', async () => {
    const id = await hub.submitRequest({ text: 'Knee pain after running for three weeks.', answers: { symptomArea: 'musculoskeletal' } });
    const res = await claimAndRoute(coordinator, id, { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY_NETTING });
    expect(res.status).toBe(200);
    expect((await json(res)).item.status).toBe('awaiting_delivery');
    await settleMessagesOf(hub, id);
    expect((await itemOf(coordinator, id)).status).toBe('closed');
    const { intervals } = await json(await coordinator.get(`/api/consultations/${id}/liability`));
    expect(intervals.at(-1)).toMatchObject({ owner: { kind: 'patient' }, accountable: { kind: 'patient' }, basis: expect.stringContaining('advice delivered to the patient by text message') });
  });

  it('lets a clinician close with self-care advice after accepting, once the advice reaches the patient', async () => {
    const id = await hub.submitRequest();
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
    const accepted = await json<{ item: QueueItem }>(await anp.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`));
    const res = await anp.post(`/api/consultations/${id}/handoffs`, {
      destination: 'self_care',
      reason: { code: 'self_care_appropriate' },
      safetyNetting: SAFETY_NETTING,
      expectedVersion: accepted.item.version,
    });
    expect(res.status).toBe(200);
    expect((await json(res)).item.status).toBe('awaiting_delivery');
    await settleMessagesOf(hub, id);
    expect((await itemOf(anp, id)).status).toBe('closed');
  });

  it('hands back to the practice, where the practice’s own staff accept it', async () => {
    const id = await hub.submitRequest({ practiceOds: 'E85001' });
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'practice_gp', reason: { code: 'needs_gp' } }));
    expect(item.status).toBe('returned_to_practice');
    const other = await hub.signIn('practice2');
    expect((await other.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`)).status).toBe(404);
    const own = await hub.signIn('practice1');
    const res = await own.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`);
    expect(res.status).toBe(200);
    expect((await json(res)).item.status).toBe('closed');
    const { intervals } = await json(await own.get(`/api/consultations/${id}/liability`));
    expect(intervals.at(-1)).toMatchObject({ owner: { kind: 'organisation', id: 'E85001' }, accountable: { id: 'E85001' } });
  });

  it('routes an admin request to the practice admin team', async () => {
    const id = await hub.submitRequest({ kind: 'admin', text: 'I need a fit note for work.', answers: { symptomArea: 'admin' } });
    const res = await claimAndRoute(coordinator, id, { destination: 'practice_admin', reason: { code: 'admin_request' } });
    expect(res.status).toBe(200);
    expect((await json(res)).item.status).toBe('returned_to_practice');
  });

  it('lets the clinical lead advise urgent care, closing the request', async () => {
    const id = await hub.submitRequest();
    const res = await claimAndRoute(lead, id, { destination: 'urgent', reason: { code: 'urgent_care_needed' } });
    expect(res.status).toBe(200);
    expect((await json(res)).item.status).toBe('closed');
  });
});

/** A red-flagged request the duty clinician has sent back for re-triage: still flagged, in the queue. */
async function redFlaggedInQueue(text: string): Promise<number> {
  const id = await hub.submitRequest({ text });
  const offered = await itemOf(coordinator, id);
  expect(offered).toMatchObject({ status: 'offered', pendingDestination: 'duty_clinician' });
  const res = await lead.post(`/api/handoffs/${offered.pendingHandoff!.id}/decline`, { reason: 'Seen the text: re-triage please' });
  expect((await json(res)).item).toMatchObject({ status: 'queued', priority: 'red_flag' });
  return id;
}

describe('red flags', () => {
  it('offers a red-flagged request to the duty clinician at once, live, to be accepted within 15 minutes', async () => {
    const leadSocket = await lead.socket();
    const arrived = nextEvent<ChangeEvent>(leadSocket, 'change', (e) => e.type === 'escalate' && e.item.redFlags.includes('breathing_difficulty'));
    await hub.submitRequest({ text: 'My lips are going blue and I am struggling to breathe.' });
    const { item } = await arrived;
    expect(item).toMatchObject({ status: 'offered', pendingDestination: 'duty_clinician', priority: 'red_flag' });
    expect(Date.parse(item.pendingHandoff!.expiresAt!) - Date.parse(item.pendingHandoff!.offeredAt)).toBe(15 * 60_000);
    expect(item.pendingHandoff).toMatchObject({ offeredBy: 'red-flag screening at intake', reasonCode: 'red_flag_escalation', reasonText: expect.stringMatching(/breath/i) });
    // The hub's own escalation is not a first action: the first-action clock runs until a clinician accepts.
    expect(item.firstActionAt).toBeNull();
    const accepted = await json<{ item: QueueItem }>(await lead.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`));
    expect(accepted.item).toMatchObject({ status: 'with_clinician', assignee: { name: 'Dr Lee Lead' }, firstActionAt: expect.any(String) });
  });
});

describe('refusals write nothing', () => {
  async function expectRefused(id: number, handoff: Parameters<typeof claimAndRoute>[2], status: number, code: string, message?: RegExp) {
    const claimed = (await json<{ item: QueueItem }>(await coordinator.post(`/api/consultations/${id}/claim`))).item;
    const before = rowCounts(hub.db);
    const res = await coordinator.post(`/api/consultations/${id}/handoffs`, { reason: { code: 'protocol_match' }, ...handoff, expectedVersion: claimed.version });
    expect(res.status).toBe(status);
    const { error } = await json(res);
    expect(error.code).toBe(code);
    if (message) expect(error.message).toMatch(message);
    expect(rowCounts(hub.db)).toEqual(before);
    expect((await itemOf(coordinator, id)).version).toBe(claimed.version);
  }

  it('refuses a coordinator sending a red-flagged request to self-referral', async () => {
    const id = await redFlaggedInQueue('I have crushing chest pain spreading to my jaw.');
    await expectRefused(id, { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY_NETTING }, 422, 'RED_FLAG_REQUIRES_CLINICIAN');
  });

  it('refuses a coordinator sending a red-flagged request to community pharmacy', async () => {
    const id = await redFlaggedInQueue('Sudden worst headache of my life and a stiff neck.');
    await expectRefused(id, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' }, 422, 'RED_FLAG_REQUIRES_CLINICIAN');
  });

  it('refuses Pharmacy First for UTI for a man, naming the rule', async () => {
    const id = await hub.submitRequest({ text: UTI_TEXT, patient: { sex: 'male' } });
    const body = { destination: 'pharmacy_first' as const, condition: 'uti' as const, pharmacyOds: 'FA101', exclusions: { pregnant: false, recurrentUti: false, catheter: false } };
    await expectRefused(id, body, 422, 'PHARMACY_FIRST_NOT_ELIGIBLE', /women aged 16 to 64/);
  });

  const GIRL_14 = { birthDate: '2012-06-01', sex: 'female' as const };
  const ADULT = { birthDate: '1990-05-17', sex: 'female' as const };
  // One per exclusion: [what excludes, pathway, patient, the answers given (one of them excluding), the rule the refusal names].
  it.each([
    ['a pregnant girl of 14', 'sinusitis', GIRL_14, { pregnant: true, immunosuppressed: false, sinusitisOver12Weeks: false }, /acute sinusitis excludes pregnancy under 16/],
    ['immunosuppression', 'sinusitis', ADULT, { immunosuppressed: true, sinusitisOver12Weeks: false }, /acute sinusitis excludes immunosuppression/],
    ['sinus symptoms over 12 weeks', 'sinusitis', ADULT, { immunosuppressed: false, sinusitisOver12Weeks: true }, /acute sinusitis excludes sinus symptoms for over 12 weeks/],
    ['3 ear infections in 6 months', 'otitis_media', GIRL_14, { pregnant: false, otitisEpisodes6Months: 3, otitisEpisodes12Months: 3 }, /excludes recurrent otitis media \(3 or more episodes in 6 months, or 4 or more in 12 months\)/],
    ['bullous impetigo', 'impetigo', ADULT, { bullousImpetigo: true, impetigoEpisodes12Months: 1 }, /impetigo excludes bullous impetigo/],
    ['a second episode in a year', 'impetigo', ADULT, { bullousImpetigo: false, impetigoEpisodes12Months: 2 }, /impetigo excludes recurrent impetigo \(2 or more episodes in a year\)/],
    ['pregnancy', 'shingles', ADULT, { pregnant: true, rashWithin7Days: true }, /shingles excludes pregnancy$/],
    ['a tick bite', 'insect_bite', ADULT, { tickBite: true, animalOrHumanBite: false, biteAcquiredAbroad: false, severelyImmunosuppressed: false }, /excludes a tick bite/],
    ['an animal or human bite', 'insect_bite', ADULT, { tickBite: false, animalOrHumanBite: true, biteAcquiredAbroad: false, severelyImmunosuppressed: false }, /excludes an animal or human bite/],
    ['a bite acquired abroad', 'insect_bite', ADULT, { tickBite: false, animalOrHumanBite: false, biteAcquiredAbroad: true, severelyImmunosuppressed: false }, /excludes a bite or sting acquired abroad/],
    ['severe immunosuppression', 'insect_bite', ADULT, { tickBite: false, animalOrHumanBite: false, biteAcquiredAbroad: false, severelyImmunosuppressed: true }, /excludes severe immunosuppression/],
  ] as const)('refuses Pharmacy First for %s (%s), naming the rule and writing nothing', async (_what, condition, patient, exclusions, rule) => {
    const id = await hub.submitRequest({ text: 'Needs a Pharmacy First pathway.', patient });
    await expectRefused(id, { destination: 'pharmacy_first', condition, pharmacyOds: 'FA101', exclusions }, 422, 'PHARMACY_FIRST_NOT_ELIGIBLE', rule);
  });

  it('refuses Pharmacy First sore throat for a girl of 14 until she is asked about pregnancy', async () => {
    const id = await hub.submitRequest({ text: 'Sore throat for three days.', patient: GIRL_14 });
    await expectRefused(id, { destination: 'pharmacy_first', condition: 'sore_throat', pharmacyOds: 'FA101', exclusions: {} }, 422, 'PHARMACY_FIRST_NOT_ELIGIBLE', /"Is the patient pregnant\?" must be answered first/);
  });

  it('refuses Pharmacy First for otitis media at a distance-selling pharmacy', async () => {
    const id = await hub.submitRequest({ text: 'My son has earache.', patient: { birthDate: '2020-03-01', sex: 'male' } });
    await expectRefused(id, { destination: 'pharmacy_first', condition: 'otitis_media', pharmacyOds: 'FQ202', exclusions: {} }, 422, 'PHARMACY_FIRST_NOT_ELIGIBLE');
  });

  it('refuses an admin request to a pharmacy pathway', async () => {
    const id = await hub.submitRequest({ kind: 'admin', text: 'Please send my test results.' });
    await expectRefused(id, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' }, 422, 'ADMIN_REQUEST_DESTINATION');
  });

  it('refuses a coordinator closing with self-care, which the protocol keeps for clinicians', async () => {
    const id = await hub.submitRequest();
    await expectRefused(id, { destination: 'self_care', safetyNetting: SAFETY_NETTING }, 422, 'DESTINATION_NOT_PERMITTED');
  });

  it('refuses an unknown pharmacy', async () => {
    const id = await hub.submitRequest();
    await expectRefused(id, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FZ999' }, 422, 'UNKNOWN_PHARMACY');
  });

  it('refuses a stale expectedVersion with 409', async () => {
    const id = await hub.submitRequest();
    await coordinator.post(`/api/consultations/${id}/claim`);
    const before = rowCounts(hub.db);
    const res = await coordinator.post(`/api/consultations/${id}/handoffs`, { destination: 'anp', reason: { code: 'protocol_match' }, expectedVersion: 1 });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('STALE_VERSION');
    expect(rowCounts(hub.db)).toEqual(before);
  });

  it('refuses a hand-off with no reason as malformed, naming the field', async () => {
    const id = await hub.submitRequest();
    const claimed = (await json<{ item: QueueItem }>(await coordinator.post(`/api/consultations/${id}/claim`))).item;
    const res = await coordinator.post(`/api/consultations/${id}/handoffs`, { destination: 'anp', expectedVersion: claimed.version });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toMatch(/^reason/);
  });
});
