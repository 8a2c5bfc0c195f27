// Notify's calls run on a worker thread (docs/notify.md, "Off the event loop"), a batch handed over in
// one message. When that worker dies in the middle of a batch, every send of the batch is answered
// "outcome unknown" (the hub cannot tell which the worker had made): they stay `sending` and are looked
// up by reference before any resend. Each message reaches Notify once and ends accepted, and the log says
// what happened without the key, a recipient or a text.
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../server/logger';
import { createWorkerTransport } from '../../server/messaging/workerTransport';
import { startFakeNotify, type FakeNotify } from '../helpers/fakeNotify';
import { startTestHub, type TestHub } from '../helpers/hub';
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

async function waitFor(what: string, check: () => boolean, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('sends each message of a batch once and ends all accepted when the Notify worker dies mid-batch', async () => {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).trim().split('\n')), done()) });
  const log = createLogger('info', { format: 'json', destination: sink });
  const transport = createWorkerTransport({ apiKey: notify.apiKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId, timeoutMs: 10_000 }, { log });
  // One batch of all six.
  hub = await startTestHub({ log, messaging: { transport, dispatcher: { batchSize: 6, backoffBaseMs: 1_000, random: () => 1 } } });
  const h = hub;
  const consultationId = await h.submitRequest();
  const queued = Array.from({ length: 6 }, (_, i) => queueTestMessage(h, { consultationId, recipient: `07700 90011${i}`, body: `Message ${i} for the patient.` }));
  const requestsBefore = notify.sendRequests();
  // The batch's first two sends (two in flight): one Notify creates and never answers, one it never receives.
  notify.program('lost', 'hang');

  const batch = h.dispatcher.tick();
  await waitFor('both sends to be in flight', () => notify.sendRequests() - requestsBefore === 2);
  await transport.stopWorker();
  await batch;

  // The whole batch stays `sending`: the two in flight, and the four the worker never reached.
  const after = queued.map(({ id }) => h.db.q.messages.byId(id)!);
  expect(after.filter((m) => m.status === 'sending')).toHaveLength(6);
  expect(lines.filter((line) => line.includes('patient message not sent: the Notify worker stopped before answering'))).toHaveLength(6);
  expect(notify.sendRequests() - requestsBefore).toBe(2);

  h.clock.advance(1_000);
  await h.dispatcher.drain();

  for (const { id, reference } of queued) {
    expect(h.db.q.messages.byId(id)).toMatchObject({ status: 'accepted', transport: 'notify' });
    expect(notify.countFor(reference)).toBe(1);
    expect(h.db.q.messages.byId(id)!.providerId).toBe(notify.notifications().find((n) => n.reference === reference)!.id);
  }
  // Two sends, then each looked up: the one Notify had was adopted, not resent; the other five were sent.
  expect(notify.sendRequests() - requestsBefore).toBe(7);
  expect(lines.some((line) => line.includes('the Notify worker stopped'))).toBe(true);
  const logged = lines.join('\n');
  expect(logged).not.toContain(notify.apiKey.slice(-36));
  expect(logged).not.toMatch(/07700 9001|Message \d for the patient/);
});

it('answers a send the stopped worker never returned as unknown, and sends through a new worker after it', async () => {
  const transport = createWorkerTransport({ apiKey: notify.apiKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId, timeoutMs: 10_000 });
  try {
    notify.program('hang');
    const message = { reference: `worker-${Date.now()}`, channel: 'sms' as const, recipient: '07700 900123', subject: null, body: 'Hello.' };
    const requestsBefore = notify.sendRequests();
    const first = transport.send(message);
    await waitFor('the send to reach Notify', () => notify.sendRequests() > requestsBefore);
    await transport.stopWorker();
    expect(await first).toEqual({ kind: 'retry', detail: 'the Notify worker stopped before answering', maybeSent: true });
    expect(await transport.findByReference(message.reference, 'sms')).toEqual({ kind: 'none' });
    expect(await transport.send(message)).toMatchObject({ kind: 'accepted' });
  } finally {
    await transport.close?.();
  }
});

it('keeps the Notify worker across a paused dispatcher, and closes it with the hub', async () => {
  const inner = createWorkerTransport({ apiKey: notify.apiKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId, timeoutMs: 10_000 });
  let closes = 0;
  const transport = { ...inner, close: async () => (closes++, await inner.close?.()) };
  hub = await startTestHub({ messaging: { transport } });
  const h = hub;
  const consultationId = await h.submitRequest();

  // Paused and started again (as an operator's restart of sending would): the same transport, still open.
  h.dispatcher.start();
  await h.dispatcher.stop();
  expect(closes).toBe(0);
  const { id, reference } = queueTestMessage(h, { consultationId });
  h.dispatcher.start();
  await waitFor('the message to be accepted', () => h.db.q.messages.byId(id)!.status === 'accepted');
  expect(notify.countFor(reference)).toBe(1);
  await h.dispatcher.stop();
  expect(closes).toBe(0);

  await h.stop();
  hub = undefined;
  expect(closes).toBe(1);
});
