// The dispatcher sends patient messages through the real notifications-node-client against a local
// fake of GOV.UK Notify: temporary failures retried with backoff and sent once, a refused number
// failed with a contact task, a refused key holding the outbox without failing anything (and never
// logged), status checks settling what no receipt did, and the embedded transport's demo loop.
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { DispatcherOptions } from '../../server/messaging/dispatcher';
import { createLogger } from '../../server/logger';
import { startFakeNotify, type FakeNotify } from '../helpers/fakeNotify';
import { startTestHub, TEST_CALLBACK_TOKEN, type TestHub } from '../helpers/hub';
import { queueTestMessage } from '../helpers/outbox';

let notify: FakeNotify;
let hub: TestHub | undefined;
beforeAll(async () => {
  notify = await startFakeNotify();
});
afterAll(() => notify.close());
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

/** Backoff without jitter (random 1 → the whole of it): 1 s, 2 s, 4 s… */
const DISPATCH: DispatcherOptions = { backoffBaseMs: 1_000, random: () => 1, maxAttempts: 4 };

async function hubOnNotify(options: { key?: string; log?: ReturnType<typeof createLogger>; timeoutMs?: number } = {}) {
  hub = await startTestHub({
    log: options.log,
    messaging: {
      notify: { apiKey: options.key ?? notify.apiKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId, timeoutMs: options.timeoutMs ?? 10_000 },
      dispatcher: DISPATCH,
      callbackToken: TEST_CALLBACK_TOKEN,
    },
  });
  return hub;
}

const messageOf = (h: TestHub, id: number) => h.db.q.messages.byId(id)!;
const historyOf = (h: TestHub, id: number) => h.db.q.messages.events([id]).map((e) => `${e.status}${e.detail ? `: ${e.detail}` : ''}`);

it('retries a message Notify answered 429 and then 500, with growing backoff, and sends it once', async () => {
  const h = await hubOnNotify();
  const { id, reference } = queueTestMessage(h, { consultationId: await h.submitRequest() });
  notify.program(429, 500);

  await h.dispatcher.drain();
  expect(messageOf(h, id)).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: h.clock.now() + 1_000 });
  h.clock.advance(999);
  expect(await h.dispatcher.drain()).toBe(0);
  h.clock.advance(1);
  await h.dispatcher.drain();
  expect(messageOf(h, id)).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: h.clock.now() + 2_000 });
  h.clock.advance(2_000);
  await h.dispatcher.drain();

  expect(messageOf(h, id)).toMatchObject({ status: 'accepted', attempts: 3, transport: 'notify' });
  expect(notify.countFor(reference)).toBe(1);
  const history = historyOf(h, id);
  expect(history.some((line) => line.startsWith('queued: Notify answered 429 (RateLimitError); next attempt in 1 s'))).toBe(true);
  expect(history.some((line) => line.startsWith('queued: Notify answered 500'))).toBe(true);
});

it('fails a message whose number Notify refuses as invalid, and leaves a "not reached" task for the hub', async () => {
  const h = await hubOnNotify();
  const consultationId = await h.submitRequest();
  const { id, reference } = queueTestMessage(h, { consultationId, recipient: '0123' });

  await h.dispatcher.drain();

  expect(messageOf(h, id)).toMatchObject({ status: 'failed', failure: 'invalid_recipient', attempts: 1 });
  expect(notify.countFor(reference)).toBe(0);
  expect(h.db.q.messages.tasksFor(consultationId)).toMatchObject([{ kind: 'not_reached', messageId: id, resolvedAt: null }]);
});

it('fails an email Notify refuses as an invalid address', async () => {
  const h = await hubOnNotify();
  const { id } = queueTestMessage(h, { consultationId: await h.submitRequest(), channel: 'email', recipient: 'not-an-address' });
  await h.dispatcher.drain();
  expect(messageOf(h, id)).toMatchObject({ status: 'failed', failure: 'invalid_recipient' });
});

it('holds messages while Notify refuses the API key (403), retrying with backoff, never failing them or logging the key', async () => {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).trim().split('\n')), done()) });
  const h = await hubOnNotify({ key: notify.wrongKey, log: createLogger('info', { format: 'json', destination: sink }) });
  const { id } = queueTestMessage(h, { consultationId: await h.submitRequest(), recipient: '07700 900456', body: 'Go to High Street Pharmacy today.' });

  for (let round = 0; round < 5; round++) {
    await h.dispatcher.drain();
    const message = messageOf(h, id);
    expect(message).toMatchObject({ status: 'queued', attempts: 0, failure: null });
    h.clock.set(message.nextAttemptAt);
  }

  const held = historyOf(h, id).filter((line) => line.includes('held: Notify answered 403 (AuthError)'));
  expect(held).toHaveLength(5);
  // Backoff grows while the key stays wrong: 1, 2, 4, 8 s…
  expect(held[3]).toContain('next attempt in 8 s');
  const log = lines.join('\n');
  expect(log).toContain('patient messages held');
  expect(log).toContain('NOTIFY_API_KEY');
  for (const secret of [notify.wrongKey, notify.wrongKey.slice(-36), '07700 900456', 'High Street Pharmacy']) expect(log).not.toContain(secret);
});

it('settles an accepted message by asking Notify for its status when no delivery receipt comes', async () => {
  const h = await hubOnNotify();
  const { id } = queueTestMessage(h, { consultationId: await h.submitRequest() });
  await h.dispatcher.drain();
  const accepted = messageOf(h, id);
  expect(accepted.status).toBe('accepted');

  const notification = notify.notifications().find((n) => n.id === accepted.providerId)!;
  notify.setStatus(notification.id, 'sending');
  h.clock.set(accepted.nextAttemptAt);
  await h.dispatcher.drain();
  expect(messageOf(h, id).status).toBe('accepted');

  notify.setStatus(notification.id, 'delivered');
  h.clock.set(messageOf(h, id).nextAttemptAt);
  await h.dispatcher.drain();
  expect(messageOf(h, id).status).toBe('delivered');
  expect(historyOf(h, id).at(-1)).toBe('delivered: delivered, reported by GOV.UK Notify on a status check');
});

it('fails a message Notify reports as a permanent failure on a status check', async () => {
  const h = await hubOnNotify();
  notify.finalStatusFor('07700 900777', 'permanent-failure');
  const consultationId = await h.submitRequest();
  const { id } = queueTestMessage(h, { consultationId, recipient: '07700 900777' });
  await h.dispatcher.drain();
  h.clock.set(messageOf(h, id).nextAttemptAt);
  await h.dispatcher.drain();
  expect(messageOf(h, id)).toMatchObject({ status: 'failed', failure: 'permanent_failure' });
  expect(h.db.q.messages.tasksFor(consultationId)).toHaveLength(1);
});

it('adopts the notification Notify created when its answer never came, rather than sending again', async () => {
  const h = await hubOnNotify({ timeoutMs: 300 });
  const { id, reference } = queueTestMessage(h, { consultationId: await h.submitRequest() });
  notify.program('lost');

  await h.dispatcher.drain();
  // The outcome is unknown: still sending, looked at again after the backoff.
  expect(messageOf(h, id)).toMatchObject({ status: 'sending', attempts: 1 });
  h.clock.set(messageOf(h, id).nextAttemptAt);
  await h.dispatcher.drain();

  expect(messageOf(h, id)).toMatchObject({ status: 'accepted', attempts: 1 });
  expect(notify.countFor(reference)).toBe(1);
  expect(messageOf(h, id).providerId).toBe(notify.notifications().find((n) => n.reference === reference)!.id);
});

it('sends again, once, when Notify did not answer and holds nothing under the reference', async () => {
  const h = await hubOnNotify({ timeoutMs: 300 });
  const { id, reference } = queueTestMessage(h, { consultationId: await h.submitRequest() });
  notify.program('hang');

  await h.dispatcher.drain();
  expect(messageOf(h, id)).toMatchObject({ status: 'sending', attempts: 1 });
  h.clock.set(messageOf(h, id).nextAttemptAt);
  await h.dispatcher.drain();

  expect(messageOf(h, id)).toMatchObject({ status: 'accepted', attempts: 2 });
  expect(notify.countFor(reference)).toBe(1);
});

it('gives a message up as a technical failure when Notify keeps failing past the last attempt', async () => {
  const h = await hubOnNotify();
  const consultationId = await h.submitRequest();
  const { id, reference } = queueTestMessage(h, { consultationId });
  notify.program(500, 500, 500, 500);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await h.dispatcher.drain();
    h.clock.set(messageOf(h, id).nextAttemptAt);
  }
  expect(messageOf(h, id)).toMatchObject({ status: 'failed', failure: 'technical_failure', attempts: 4 });
  expect(notify.countFor(reference)).toBe(0);
  expect(h.db.q.messages.tasksFor(consultationId)).toMatchObject([{ kind: 'not_reached' }]);
});

it('sends many messages at once, each exactly once', async () => {
  const h = await hubOnNotify();
  const consultationId = await h.submitRequest();
  const queued = Array.from({ length: 60 }, () => queueTestMessage(h, { consultationId }));
  await h.dispatcher.drain();
  for (const { id, reference } of queued) {
    expect(historyOf(h, id)).toEqual(['queued', 'sending: attempt 1', 'accepted: accepted by GOV.UK Notify']);
    expect(notify.countFor(reference)).toBe(1);
  }
});

it('delivers through the embedded transport a few seconds after acceptance, and bounces the demo’s failing recipients', async () => {
  hub = await startTestHub();
  const consultationId = await hub.submitRequest();
  const ok = queueTestMessage(hub, { consultationId, recipient: '07700 900123' });
  const bouncedSms = queueTestMessage(hub, { consultationId, recipient: '07700 900000' });
  const bouncedEmail = queueTestMessage(hub, { consultationId, channel: 'email', recipient: 'someone@bounce.example' });

  await hub.dispatcher.drain();
  expect(messageOf(hub, ok.id)).toMatchObject({ status: 'accepted', transport: 'embedded' });
  expect(messageOf(hub, ok.id).providerId).toMatch(/^embedded-[0-9a-f-]{36}$/);
  hub.clock.advance(2_999);
  await hub.dispatcher.drain();
  expect(messageOf(hub, ok.id).status).toBe('accepted');
  hub.clock.advance(1);
  await hub.dispatcher.drain();

  expect(messageOf(hub, ok.id).status).toBe('delivered');
  expect(messageOf(hub, bouncedSms.id)).toMatchObject({ status: 'failed', failure: 'permanent_failure' });
  expect(messageOf(hub, bouncedEmail.id)).toMatchObject({ status: 'failed', failure: 'permanent_failure' });
  expect(hub.db.q.messages.tasksFor(consultationId).map((t) => t.messageId).sort()).toEqual([bouncedSms.id, bouncedEmail.id].sort());
});
