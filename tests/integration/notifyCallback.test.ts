// GOV.UK Notify's delivery receipts: refused without the hub's bearer token (nothing changes), a final
// status settles the message once however often Notify repeats it, statuses that are not final are
// only noted, and a receipt for a notification the hub does not hold is answered so Notify stops.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { dbFingerprint } from '../helpers/dbFingerprint';
import { startFakeNotify, type FakeNotify } from '../helpers/fakeNotify';
import { json, startTestHub, TEST_CALLBACK_TOKEN, type TestHub } from '../helpers/hub';
import { queueTestMessage } from '../helpers/outbox';

let notify: FakeNotify;
let hub: TestHub;
beforeAll(async () => {
  notify = await startFakeNotify();
});
afterAll(() => notify.close());
beforeEach(async () => {
  hub = await startTestHub({
    messaging: {
      notify: { apiKey: notify.apiKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId },
      callbackToken: TEST_CALLBACK_TOKEN,
    },
  });
});
afterEach(() => hub.stop());

/** A message Notify has accepted, and Notify's id for it. */
async function acceptedMessage(recipient?: string) {
  const consultationId = await hub.submitRequest();
  const { id } = queueTestMessage(hub, { consultationId, recipient });
  await hub.dispatcher.drain();
  const message = hub.db.q.messages.byId(id)!;
  expect(message.status).toBe('accepted');
  return { id, consultationId, notificationId: message.providerId! };
}

it('refuses a receipt with a wrong or missing token, and changes nothing', async () => {
  const { id, notificationId } = await acceptedMessage();
  const before = dbFingerprint(hub.db);
  for (const token of ['not-the-token-at-all', `${TEST_CALLBACK_TOKEN}x`, undefined]) {
    const res = await notify.postReceipt(hub.url, token, notificationId, 'delivered');
    expect(res.status).toBe(401);
    expect((await json(res)).error.code).toBe('INVALID_CALLBACK_TOKEN');
  }
  expect(dbFingerprint(hub.db)).toEqual(before);
  expect(hub.db.q.messages.byId(id)!.status).toBe('accepted');
});

it('refuses every receipt when the hub has no callback token configured', async () => {
  await hub.stop();
  hub = await startTestHub({ messaging: { notify: { apiKey: notify.apiKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId } } });
  const { notificationId } = await acceptedMessage();
  const res = await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, notificationId, 'delivered');
  expect(res.status).toBe(401);
  expect((await json(res)).error.message).toContain('NOTIFY_CALLBACK_TOKEN');
});

it('marks the message delivered on a receipt with the good token', async () => {
  const { id, notificationId } = await acceptedMessage();
  const res = await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, notificationId, 'delivered');
  expect(res.status).toBe(200);
  expect(await json(res)).toEqual({ recorded: true });
  expect(hub.db.q.messages.byId(id)!.status).toBe('delivered');
  expect(hub.db.q.messages.events([id]).at(-1)).toMatchObject({ status: 'delivered', detail: 'delivered, reported by GOV.UK Notify (delivery receipt)' });
});

it('records a receipt Notify sends twice only once, and answers both', async () => {
  const { id, notificationId } = await acceptedMessage();
  const first = await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, notificationId, 'delivered');
  const afterFirst = dbFingerprint(hub.db);
  const second = await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, notificationId, 'delivered');
  expect([first.status, second.status]).toEqual([200, 200]);
  expect(await json(second)).toEqual({ recorded: false });
  expect(dbFingerprint(hub.db)).toEqual(afterFirst);
  expect(hub.db.q.messages.events([id]).filter((e) => e.status === 'delivered')).toHaveLength(1);
});

it('fails the message on a permanent-failure receipt and leaves a "not reached" task', async () => {
  const { id, consultationId, notificationId } = await acceptedMessage();
  const res = await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, notificationId, 'permanent-failure');
  expect(res.status).toBe(200);
  expect(hub.db.q.messages.byId(id)).toMatchObject({ status: 'failed', failure: 'permanent_failure' });
  expect(hub.db.q.messages.tasksFor(consultationId)).toMatchObject([{ kind: 'not_reached', messageId: id }]);
});

it('notes a receipt that is not final without settling the message', async () => {
  const { id, notificationId } = await acceptedMessage();
  const before = dbFingerprint(hub.db);
  for (const status of ['sending', 'created', 'pending', 'sent'] as const) {
    const res = await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, notificationId, status);
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ recorded: false });
  }
  expect(dbFingerprint(hub.db)).toEqual(before);
  expect(hub.db.q.messages.byId(id)!.status).toBe('accepted');
});

it('answers a receipt for a notification it does not hold with 200, and changes nothing', async () => {
  const before = dbFingerprint(hub.db);
  const res = await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, '3d0a8f6e-0000-4000-8000-000000000000', 'delivered');
  expect(res.status).toBe(200);
  expect(await json(res)).toEqual({ recorded: false });
  expect(dbFingerprint(hub.db)).toEqual(before);
});

it('takes no receipt naming one of its messages under another Notify id, nor one without a reference', async () => {
  const { id, notificationId } = await acceptedMessage();
  const { reference } = hub.db.q.messages.byId(id)!;
  const before = dbFingerprint(hub.db);
  const post = (body: object) =>
    fetch(`${hub.url}/api/integrations/notify/delivery-receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_CALLBACK_TOKEN}` },
      body: JSON.stringify({ to: '07700900123', created_at: new Date().toISOString(), notification_type: 'sms', ...body }),
    });

  const elsewhere = await post({ id: '3d0a8f6e-0000-4000-8000-000000000001', reference, status: 'permanent-failure' });
  const unnamed = await post({ id: notificationId, reference: null, status: 'permanent-failure' });

  expect([elsewhere.status, unnamed.status]).toEqual([200, 200]);
  expect([await json(elsewhere), await json(unnamed)]).toEqual([{ recorded: false }, { recorded: false }]);
  expect(dbFingerprint(hub.db)).toEqual(before);
  expect(hub.db.q.messages.byId(id)!.status).toBe('accepted');
});

it('settles by reference a message whose acceptance the hub had not yet recorded', async () => {
  await hub.stop();
  // The client gives up waiting after 300 ms: the message stays 'sending', its outcome unknown.
  const notifyConfig = { apiKey: notify.apiKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId, timeoutMs: 300 };
  hub = await startTestHub({ messaging: { notify: notifyConfig, callbackToken: TEST_CALLBACK_TOKEN } });
  const { id, reference } = queueTestMessage(hub, { consultationId: await hub.submitRequest() });
  notify.program('lost');
  await hub.dispatcher.drain();
  expect(hub.db.q.messages.byId(id)).toMatchObject({ status: 'sending', providerId: null });

  const notification = notify.notifications().find((n) => n.reference === reference)!;
  const res = await notify.postReceipt(hub.url, TEST_CALLBACK_TOKEN, notification.id, 'delivered');
  expect(await json(res)).toEqual({ recorded: true });
  expect(hub.db.q.messages.byId(id)!.status).toBe('delivered');
});

it('answers a malformed receipt with 400 naming the field', async () => {
  const res = await fetch(`${hub.url}/api/integrations/notify/delivery-receipts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_CALLBACK_TOKEN}` },
    body: JSON.stringify({ status: 'delivered' }),
  });
  expect(res.status).toBe(400);
  expect((await json(res)).error.message).toMatch(/^id: /);
});
