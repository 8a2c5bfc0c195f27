// Every decision reaches the patient (docs/messaging.md): the message is written with the decision,
// from the protocol's template, filled in; the sender's edit is held to the same limits; a patient with
// no mobile or email leaves a task instead; self-care and self-referral pass to the patient only once
// the advice is delivered; message text is read only through audited reads, never by managers.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactByWords } from '../../shared/rules/patientMessages';
import type { QueueItem } from '../../shared/schemas/api';
import type { PatientMessageView } from '../../shared/schemas/messages';
import { DEFAULT_PATIENT_MESSAGES } from '../../shared/schemas/protocol';
import { rowCounts } from '../helpers/counts';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute, REASON, type RouteArgs } from '../helpers/journey';
import { settleMessagesOf } from '../helpers/messages';
import { recordMessageAccepted } from '../../server/commands/recordMessageAccepted';
import { settleMessage } from '../../server/commands/settleMessage';
import { startMessageSend } from '../../server/commands/startMessageSend';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';

const SAFETY_NETTING = 'If it gets worse, you develop a high temperature or you are worried, call NHS 111 or your practice.';
const UTI_TEXT = 'Burning when I pee and going more often for two days.';

let hub: TestHub;
let coordinator: Client;
let anp: Client;
let admin: Client;
beforeAll(async () => {
  hub = await startTestHub();
  [coordinator, anp, admin] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('anp1'), hub.signIn('admin1')]);
});
afterAll(() => hub.stop());

const messagesOf = (id: number) => hub.db.q.messages.forConsultation(id);

/** Offered to the ANP team and accepted by anp1: the ANP may then close with self-care. */
async function withAnp(id: number): Promise<QueueItem> {
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
  return (await json<{ item: QueueItem }>(await anp.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`))).item;
}

async function anpSelfCare(id: number, extra: Record<string, unknown> = {}) {
  const item = await withAnp(id);
  return anp.post(`/api/consultations/${id}/handoffs`, { destination: 'self_care', reason: { code: 'self_care_appropriate' }, safetyNetting: SAFETY_NETTING, expectedVersion: item.version, ...extra });
}

async function putSettings(body: unknown) {
  const res = await fetch(`${hub.url}/api/admin/settings`, { method: 'PUT', headers: { cookie: admin.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

describe('the message each decision sends', () => {
  const cases: [string, RouteArgs, (id: number) => string[], Record<string, unknown>?][] = [
    [
      'an offer to the ANP team says when they will call',
      { destination: 'anp' },
      (id) => {
        const row = hub.db.q.consultations.byId(id)!;
        return ['Thank you for contacting Riverside Test Surgery. An advanced nurse practitioner', `will contact you ${contactByWords(row.outcomeDue, hub.clock.now())}.`];
      },
    ],
    [
      'a Pharmacy First referral names the pharmacy, its address, phone and hours',
      { destination: 'pharmacy_first', condition: 'uti', pharmacyOds: 'FA101', exclusions: { pregnant: false, recurrentUti: false, catheter: false } },
      () => ['Riverside Test Surgery has referred you to High Street Test Pharmacy, 1 High Street, Testbury TB1 1AA', 'call them on 0118 496 0101', '(Mon to Sat 9am to 6pm)'],
      { text: UTI_TEXT, answers: { symptomArea: 'urinary' } },
    ],
    [
      'a minor illness referral to a pharmacy with no details recorded says to ask the practice',
      { destination: 'pharmacy_minor_illness', pharmacyOds: 'FQ202' },
      () => ['Online Test Pharmacy, at the address your practice can give you', 'the number your practice can give you'],
    ],
    [
      'a self-referral gives the service, how to refer, and the safety-netting advice',
      { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY_NETTING },
      () => ['refer yourself to MSK physiotherapy', 'online at www.nhs.uk/service-search/other-services/Physiotherapy', SAFETY_NETTING],
      { text: 'Knee pain after running for three weeks.', answers: { symptomArea: 'musculoskeletal' } },
    ],
    ['a hand-back to the practice says the practice will contact them', { destination: 'practice_gp', reason: { code: 'needs_gp' } }, () => ['passed to a GP at Riverside Test Surgery, who will contact you']],
  ];

  it.each(cases)('%s', async (_name, handoff, expected, intake) => {
    const id = await hub.submitRequest(intake);
    const res = await claimAndRoute(coordinator, id, handoff);
    expect(res.status).toBe(200);
    const [message, ...others] = messagesOf(id);
    expect(others).toEqual([]);
    expect(message).toMatchObject({ channel: 'sms', recipient: '07700900123', subject: null, status: 'queued', attempts: 0, nextAttemptAt: hub.clock.now(), createdByName: 'Coordinator 1' });
    expect(message!.cause).toMatchObject({ kind: 'handoff', destination: handoff.destination, handoffId: hub.db.q.handoffs.forConsultation(id).at(-1)!.id });
    expect(message!.reference).toMatch(/^ehub-[0-9a-f-]{36}$/);
    for (const words of expected(id)) expect(message!.body).toContain(words);
    expect(message!.body).not.toMatch(/\{[^}]*\}/);
  });

  it('tells the patient a clinician’s outcome from the outcome template', async () => {
    const id = await hub.submitRequest();
    const item = await withAnp(id);
    const res = await anp.post(`/api/consultations/${id}/complete`, { outcome: 'prescription_issued', expectedVersion: item.version });
    expect(res.status).toBe(200);
    const outcome = messagesOf(id).find((m) => m.cause.kind === 'outcome')!;
    expect(outcome).toMatchObject({ cause: { kind: 'outcome', outcome: 'prescription_issued' }, status: 'queued', createdByName: 'Ana Nurse' });
    expect(outcome.body).toBe('A prescription has been sent for you. Your pharmacy will tell you when it is ready. If you get worse, contact Riverside Test Surgery or call NHS 111.');
  });

  it('emails a patient who prefers email and gave an address, with a subject naming the practice', async () => {
    const id = await hub.submitRequest({ patient: { email: 'testy.mctestface@example.com', preferredContact: 'email' } });
    await claimAndRoute(coordinator, id, { destination: 'practice_gp', reason: { code: 'needs_gp' } });
    expect(messagesOf(id)[0]).toMatchObject({ channel: 'email', recipient: 'testy.mctestface@example.com', subject: 'Your request to Riverside Test Surgery' });
  });

  it('sends a text to a +44 mobile when the patient prefers a call', async () => {
    const id = await hub.submitRequest({ patient: { phone: '+44 7700 900456', email: 'testy@example.com', preferredContact: 'phone' } });
    await claimAndRoute(coordinator, id, { destination: 'practice_gp', reason: { code: 'needs_gp' } });
    expect(messagesOf(id)[0]).toMatchObject({ channel: 'sms', recipient: '07700900456' });
  });
});

describe('the sender’s edit', () => {
  const edit = 'Hello from Riverside Test Surgery. Please see a pharmacist today about your symptoms. If you get worse, call NHS 111.';

  it('goes as the sender wrote it', async () => {
    const id = await hub.submitRequest();
    const res = await claimAndRoute(coordinator, id, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101', patientMessage: edit });
    expect(res.status).toBe(200);
    expect(messagesOf(id)[0]!.body).toBe(edit);
    // The edit lives in the outbox only, not in the hand-off's details.
    expect(JSON.stringify(hub.db.q.handoffs.forConsultation(id))).not.toContain('Hello from Riverside');
  });

  it('may be as long as a text message takes: 918 characters', async () => {
    const id = await hub.submitRequest();
    const longest = `${edit} ${'x'.repeat(918 - edit.length - 1)}`;
    expect(longest).toHaveLength(918);
    expect((await claimAndRoute(coordinator, id, { destination: 'practice_gp', reason: { code: 'needs_gp' }, patientMessage: longest })).status).toBe(200);
  });

  it.each([
    ['919 characters for a text message', `${edit} ${'x'.repeat(919 - edit.length - 1)}`, /919 characters; a text message takes at most 918/],
    ['a placeholder left unfilled', 'Please go to {pharmacyName} today. If you get worse, call NHS 111.', /placeholder \{pharmacyName\}/],
    ['no word of NHS 111 or 999', 'Please see a pharmacist today about your symptoms, they can help you.', /NHS 111 or 999/],
    ['the NHS number', 'Your NHS number is 943 476 5919. If you get worse, call NHS 111.', /NHS number/],
    ['the date of birth', 'Born 17/05/1990? Please see a pharmacist. If you get worse, call NHS 111.', /date of birth/],
    ['HTML', '<b>Please</b> see a pharmacist today. If you get worse, call NHS 111.', /plain text/],
    ['too few words', 'Call 111.', /too short/],
  ])('is refused with 422 MESSAGE_NOT_ALLOWED for %s, and nothing is written', async (_name, patientMessage, words) => {
    const id = await hub.submitRequest();
    const claimed = await json<{ item: QueueItem }>(await coordinator.post(`/api/consultations/${id}/claim`));
    const before = rowCounts(hub.db);
    const res = await coordinator.post(`/api/consultations/${id}/handoffs`, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101', reason: REASON, patientMessage, expectedVersion: claimed.item.version });
    expect(res.status).toBe(422);
    const { error } = await json(res);
    expect(error.code).toBe('MESSAGE_NOT_ALLOWED');
    expect(error.message).toMatch(words);
    expect(rowCounts(hub.db)).toEqual(before);
    expect(hub.db.q.consultations.byId(id)!.status).toBe('in_triage');
  });

  it('is refused on a clinician’s outcome too, and the request stays with them', async () => {
    const id = await hub.submitRequest();
    const item = await withAnp(id);
    const res = await anp.post(`/api/consultations/${id}/complete`, { outcome: 'advice_given', patientMessage: 'All sorted, nothing more to do here.', expectedVersion: item.version });
    expect(res.status).toBe(422);
    expect((await json(res)).error.code).toBe('MESSAGE_NOT_ALLOWED');
    expect(hub.db.q.consultations.byId(id)!.status).toBe('with_clinician');
  });
});

describe('a patient with no mobile or email', () => {
  it('leaves a "could not be told" task instead of a message, named in the liability map', async () => {
    const id = await hub.submitRequest({ patient: { phone: '0113 496 0000' } });
    const res = await claimAndRoute(coordinator, id, { destination: 'practice_gp', reason: { code: 'needs_gp' } });
    expect(res.status).toBe(200);
    expect(messagesOf(id)).toEqual([]);
    const [task, ...others] = hub.db.q.messages.tasksFor(id);
    expect(others).toEqual([]);
    expect(task).toMatchObject({ kind: 'not_told', messageId: null, resolvedAt: null });
    expect(task!.reason).toMatch(/No message could go to the patient about the decision "Back to practice: GP": the only phone number is not a mobile/);
    const open = (await json<{ tasks: unknown[] }>(await coordinator.get('/api/contact-tasks'))).tasks;
    expect(open).toContainEqual(expect.objectContaining({ id: task!.id, consultationId: id, kind: 'not_told' }));
  });

  it('keeps a self-care decision with the hub, its basis naming the task', async () => {
    const id = await hub.submitRequest({ patient: { phone: '0113 496 0001' } });
    expect((await anpSelfCare(id)).status).toBe(200);
    // One task for the offer to the ANP team, one for the self-care advice.
    const task = hub.db.q.messages.tasksFor(id).at(-1)!;
    expect(task.reason).toContain('"Self-care with safety-netting advice"');
    const open = hub.db.q.liability.open(id)!;
    expect(open).toMatchObject({ ownerId: 'hub_queue', accountableName: 'Ana Nurse' });
    expect(open.basis).toContain(`no message could go (the only phone number is not a mobile, and there is no email address): contact task #${task.id}`);
  });
});

describe('responsibility follows delivery', () => {
  it('moves self-care to the patient only once the advice is delivered', async () => {
    const id = await hub.submitRequest();
    const res = await anpSelfCare(id);
    expect((await json<{ item: QueueItem }>(res)).item.status).toBe('awaiting_delivery');
    // The offer to the ANP team sent one message; the self-care decision another.
    const message = messagesOf(id).at(-1)!;
    expect(message.cause).toMatchObject({ kind: 'handoff', destination: 'self_care' });
    expect(message.body).toContain(SAFETY_NETTING);
    expect(message.body.startsWith(DEFAULT_PATIENT_MESSAGES.self_care.replace('{practiceName}', 'Riverside Test Surgery'))).toBe(true);
    const waiting = hub.db.q.liability.open(id)!;
    expect(waiting).toMatchObject({ ownerId: 'hub_queue', accountableName: 'Ana Nurse' });
    expect(waiting.basis).toContain(`advice queued to the patient by text message in message #${message.id}`);

    await hub.execute(startMessageSend, { actor: SYSTEM_ACTOR, body: { messageId: message.id } });
    await hub.execute(recordMessageAccepted, { actor: SYSTEM_ACTOR, body: { messageId: message.id, transport: 'embedded', providerId: 'p-1' } });
    expect(hub.db.q.consultations.byId(id)!.status).toBe('awaiting_delivery');
    expect(hub.db.q.liability.open(id)!.accountableKind).not.toBe('patient');

    await hub.execute(settleMessage, { actor: SYSTEM_ACTOR, body: { messageId: message.id, status: 'delivered' } });
    const row = hub.db.q.consultations.byId(id)!;
    expect(row).toMatchObject({ status: 'closed', pendingHandoffId: null, outcome: { kind: 'routed', destination: 'self_care' } });
    const closed = hub.db.q.liability.open(id)!;
    expect(closed).toMatchObject({ ownerKind: 'patient', accountableKind: 'patient' });
    expect(closed.basis).toContain(`advice delivered to the patient by text message (message #${message.id})`);

    const journey = await json(await coordinator.get(`/api/consultations/${id}/liability`));
    expect(journey.messages.at(-1)).toEqual(expect.objectContaining({ id: message.id, channel: 'sms', status: 'delivered', cause: expect.objectContaining({ destination: 'self_care' }) }));
    expect(journey.messages.at(-1).events.map((e: { status: string }) => e.status)).toEqual(['queued', 'sending', 'accepted', 'delivered']);
    // The journey carries neither the text nor the address.
    expect(JSON.stringify(journey)).not.toContain('07700900123');
    expect(JSON.stringify(journey)).not.toContain('can usually be looked after at home');
  });

  it('moves it on Notify’s acceptance where the hub’s settings let acceptance stand for delivery', async () => {
    await putSettings({ messaging: { deliveryEvidence: { sms: 'accepted', email: 'delivered' } } });
    try {
      const id = await hub.submitRequest();
      await anpSelfCare(id);
      await settleMessagesOf(hub, id, { status: 'accepted' });
      expect(hub.db.q.consultations.byId(id)!.status).toBe('closed');
      expect(hub.db.q.liability.open(id)!.basis).toMatch(/advice accepted by GOV\.UK Notify for the patient by text message \(the hub's settings let acceptance stand for delivery/);
    } finally {
      await putSettings({});
    }
    const id = await hub.submitRequest();
    await anpSelfCare(id);
    await settleMessagesOf(hub, id, { status: 'accepted' });
    expect(hub.db.q.consultations.byId(id)!.status).toBe('awaiting_delivery');
  });

  it('puts a self-referral back on the hub with a "not reached" task when the message fails for good', async () => {
    const id = await hub.submitRequest({ text: 'Knee pain after running for three weeks.', answers: { symptomArea: 'musculoskeletal' } });
    await claimAndRoute(coordinator, id, { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY_NETTING });
    const [messageId] = await settleMessagesOf(hub, id, { status: 'failed', failure: 'permanent_failure' });
    expect(hub.db.q.consultations.byId(id)!.status).toBe('awaiting_delivery');
    const task = hub.db.q.messages.tasksFor(id)[0]!;
    expect(task).toMatchObject({ kind: 'not_reached', messageId, resolvedAt: null });
    expect(task.reason).toBe('The text message did not reach the patient: the number or address does not exist.');
    const open = hub.db.q.liability.open(id)!;
    expect(open).toMatchObject({ ownerId: 'hub_queue', accountableId: 'duty_clinician' });
    expect(open.basis).toMatch(new RegExp(`^message #${messageId} did not reach the patient \\(the number or address does not exist\\): contact task #${task.id}`));
  });

  it('leaves a "not reached" task but moves nothing when a hub team’s message fails', async () => {
    const id = await hub.submitRequest();
    await claimAndRoute(coordinator, id, { destination: 'anp' });
    const intervals = hub.db.q.liability.all(id).length;
    await settleMessagesOf(hub, id, { status: 'failed', failure: 'invalid_recipient' });
    expect(hub.db.q.consultations.byId(id)!.status).toBe('offered');
    expect(hub.db.q.liability.all(id)).toHaveLength(intervals);
    expect(hub.db.q.messages.tasksFor(id)).toEqual([expect.objectContaining({ kind: 'not_reached' })]);
  });
});

describe('the liability matrix', () => {
  it('shows self-care and self-referral passing to the patient at "Advice delivered", not when routed', async () => {
    const { rows } = await json<{ rows: { destination: string; steps: { step: string; owner: string; accountable: string; basis: string }[] }[] }>(await coordinator.get('/api/liability/matrix'));
    for (const destination of ['self_care', 'self_referral']) {
      const { steps } = rows.find((r) => r.destination === destination)!;
      expect(steps.map((s) => s.step)).toEqual(['While triaged', 'Routed', 'Advice delivered']);
      expect(steps[1]).toMatchObject({ owner: 'Hub triage queue', accountable: 'Hub duty clinician' });
      expect(steps[2]).toMatchObject({ owner: 'The patient', accountable: 'The patient', basis: expect.stringMatching(/^advice delivered to the patient by text message or email for the hand-off/) });
    }
    expect(rows.find((r) => r.destination === 'urgent')!.steps.map((s) => s.step)).toEqual(['While triaged', 'Routed']);
  });
});

describe('reading messages', () => {
  it('answers a request’s messages with text and address, and audits the read', async () => {
    const id = await hub.submitRequest();
    await claimAndRoute(coordinator, id, { destination: 'practice_gp', reason: { code: 'needs_gp' } });
    const res = await coordinator.get(`/api/consultations/${id}/messages`);
    expect(res.status).toBe(200);
    const [view] = (await json<{ messages: PatientMessageView[] }>(res)).messages;
    expect(view).toMatchObject({ consultationId: id, channel: 'sms', to: '07700900123', status: 'queued', sentBy: 'Coordinator 1', transport: null });
    expect(view!.body).toContain('Riverside Test Surgery');
    expect(view!.events).toEqual([expect.objectContaining({ status: 'queued' })]);
    const audit = hub.db.orm.all<{ after: string; subject: string }>(sql`select after, subject from audit_log where action = 'read_messages' and consultation_id = ${id}`);
    expect(audit).toEqual([{ subject: 'messages', after: JSON.stringify({ messageIds: [view!.id] }) }]);
  });

  it('lists the most recent messages newest first for the sent-messages page, audited as one entry', async () => {
    const res = await admin.get('/api/messages?limit=3');
    expect(res.status).toBe(200);
    const list = (await json<{ messages: PatientMessageView[] }>(res)).messages;
    expect(list).toHaveLength(3);
    expect(list.map((m) => m.id)).toEqual([...list.map((m) => m.id)].sort((a, b) => b - a));
    const [entry] = hub.db.orm.all<{ after: string }>(sql`select after from audit_log where action = 'read_messages' and consultation_id is null order by id desc limit 1`);
    expect(JSON.parse(entry!.after)).toEqual({ messageIds: list.map((m) => m.id) });
    expect((await admin.get('/api/messages?limit=0')).status).toBe(400);
  });

  it('refuses managers on every message route', async () => {
    const manager = await hub.signIn('manager1');
    for (const path of ['/api/consultations/1/messages', '/api/messages', '/api/contact-tasks']) expect((await manager.get(path)).status).toBe(403);
    expect((await manager.post('/api/contact-tasks/1/resolve', { resolution: 'no_action_needed', note: 'nothing to do' })).status).toBe(403);
  });

  it('shows practice staff only their own practice’s messages', async () => {
    const other = await hub.submitRequest({ practiceOds: 'E85002' });
    await claimAndRoute(coordinator, other, { destination: 'practice_gp', reason: { code: 'needs_gp' } });
    const practice1 = await hub.signIn('practice1');
    expect((await practice1.get(`/api/consultations/${other}/messages`)).status).toBe(404);
    const own = (await json<{ messages: PatientMessageView[] }>(await practice1.get('/api/messages?limit=200'))).messages;
    expect(own.length).toBeGreaterThan(0);
    const practiceOf = (consultationId: number) => hub.db.q.consultations.byId(consultationId)!.practiceOds;
    expect(own.every((m) => practiceOf(m.consultationId) === 'E85001')).toBe(true);
  });
});
