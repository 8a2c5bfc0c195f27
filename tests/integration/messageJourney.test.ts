// The whole loop of docs/messaging.md with nothing stubbed but Notify itself: a person's decision queues
// the message in its transaction, the dispatcher sends it through the real notifications-node-client to
// a local fake of GOV.UK Notify, and Notify's delivery receipt (or a status check) decides whether
// responsibility passes to the patient, or comes back to the hub with a contact task.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import type { LiabilityInterval } from '../../shared/lifecycle/liability';
import type { ContactTaskView, JourneyMessage } from '../../shared/schemas/messages';
import { startFakeNotify, type FakeNotify } from '../helpers/fakeNotify';
import { json, startTestHub, TEST_CALLBACK_TOKEN, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';

const SAFETY_NETTING = 'If it gets worse, you develop a high temperature or you are worried, call NHS 111 or your practice.';
const MOBILE = '07700900123';

let notify: FakeNotify;
let hub: TestHub;
let coordinator: Client;
let anp: Client;
beforeAll(async () => {
  notify = await startFakeNotify();
});
afterAll(() => notify.close());
afterEach(() => hub.stop());

async function start() {
  hub = await startTestHub({
    messaging: {
      notify: { apiKey: notify.apiKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId },
      dispatcher: { random: () => 1 },
      callbackToken: TEST_CALLBACK_TOKEN,
    },
  });
  [coordinator, anp] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('anp1')]);
}

/** Offered to the ANP team, accepted by anp1, who closes with self-care advice. */
async function selfCareByAnp(id: number) {
  const offered = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
  const { item } = await json<{ item: QueueItem }>(await anp.post(`/api/handoffs/${offered.item.pendingHandoff!.id}/accept`));
  const res = await anp.post(`/api/consultations/${id}/handoffs`, {
    destination: 'self_care',
    reason: { code: 'self_care_appropriate' },
    safetyNetting: SAFETY_NETTING,
    expectedVersion: item.version,
  });
  expect(res.status).toBe(200);
  return json<{ item: QueueItem }>(res);
}

const journeyOf = async (id: number) =>
  json<{ status: string; intervals: LiabilityInterval[]; messages: JourneyMessage[]; contactTasks: ContactTaskView[] }>(await anp.get(`/api/consultations/${id}/liability`));
const selfCareMessageOf = (id: number) => hub.db.q.messages.forConsultation(id).find((m) => m.cause.kind === 'handoff' && m.cause.destination === 'self_care')!;

it('sends the self-care advice through Notify, and passes responsibility to the patient only when the receipt says delivered', async () => {
  await start();
  const id = await hub.submitRequest();
  const { item } = await selfCareByAnp(id);
  expect(item.status).toBe('awaiting_delivery');

  await hub.dispatcher.drain();
  const message = selfCareMessageOf(id);
  expect(message.status).toBe('accepted');
  // Notify holds exactly one notification for the message, to the mobile, carrying the advice.
  const sent = notify.notifications().filter((n) => n.reference === message.reference);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ type: 'sms', recipient: MOBILE });
  expect(sent[0]!.body).toContain(SAFETY_NETTING);

  // Accepted by Notify is not delivered: the hub still holds it.
  let journey = await journeyOf(id);
  expect(journey.status).toBe('awaiting_delivery');
  expect(journey.intervals.at(-1)).toMatchObject({ owner: { name: 'Hub triage queue' }, to: null });

  expect((await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, message.providerId!, 'delivered')).status).toBe(200);
  journey = await journeyOf(id);
  expect(journey.status).toBe('closed');
  const last = journey.intervals.at(-1)!;
  expect(last).toMatchObject({ owner: { kind: 'patient' }, accountable: { kind: 'patient' } });
  expect(last.basis).toContain(`advice delivered to the patient by text message (message #${message.id})`);
  // The journey shows the message and its status changes, without its text or the number.
  const shown = journey.messages.find((m) => m.id === message.id)!;
  expect(shown.events.map((e) => e.status)).toEqual(['queued', 'sending', 'accepted', 'delivered']);
  expect(JSON.stringify(journey.messages)).not.toContain(MOBILE);
  expect(JSON.stringify(journey.messages)).not.toContain(SAFETY_NETTING);
});

it('brings a self-care request back to the hub with a contact task when Notify reports the number dead', async () => {
  await start();
  const id = await hub.submitRequest();
  await selfCareByAnp(id);
  notify.finalStatusFor(MOBILE, 'permanent-failure');
  await hub.dispatcher.drain();
  const message = selfCareMessageOf(id);
  expect(message.status).toBe('accepted');

  // No callback arrives: the dispatcher's status check finds the failure.
  hub.clock.advance(10 * 60_000);
  await hub.dispatcher.drain();
  expect(hub.db.q.messages.byId(message.id)).toMatchObject({ status: 'failed', failure: 'permanent_failure' });

  const journey = await journeyOf(id);
  expect(journey.status).toBe('awaiting_delivery');
  const last = journey.intervals.at(-1)!;
  expect(last).toMatchObject({ owner: { name: 'Hub triage queue' }, to: null });
  expect(last.basis).toContain(`message #${message.id} did not reach the patient`);
  const { tasks } = await json<{ tasks: ContactTaskView[] }>(await coordinator.get('/api/contact-tasks'));
  const task = tasks.find((t) => t.messageId === message.id)!;
  expect(task).toMatchObject({ kind: 'not_reached', messageId: message.id, resolvedAt: null });
  expect(last.basis).toContain(`contact task #${task.id}`);
  // The task's words name what happened, never the number.
  expect(task.reason).not.toContain(MOBILE);

  // A coordinator phones the patient: the advice is given, and responsibility passes on that basis.
  const resolved = await coordinator.post(`/api/contact-tasks/${task.id}/resolve`, { resolution: 'told_by_phone', note: 'Phoned the patient and read the advice' });
  expect(resolved.status).toBe(200);
  const after = await journeyOf(id);
  expect(after.status).toBe('closed');
  expect(after.intervals.at(-1)!.basis).toContain('advice given to the patient by phone by');
});
