// The dispatcher's batches (docs/notify.md, "Batches"): queued messages are committed `sending`
// together before Notify is called for any of them, their acceptances are committed together, each
// message keeps its own history and audit entries, and a key Notify refuses holds the rest of a batch
// without sending it.
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createEmbeddedTransport, EMBEDDED_DELIVERY_MS } from '../../server/messaging/embeddedTransport';
import type { MessageTransport } from '../../server/messaging/transport';
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

const auditActions = (h: TestHub) => h.db.orm.all<{ entry: string }>(sql`select action || ' ' || subject as entry from audit_log order by id`).map((r) => r.entry);

/** A hub whose embedded transport is watched: each message's reference counted, and what the outbox holds for `ids()` when each send is made. */
async function watchedHub(dispatcher: { batchSize?: number; maxLooksPerSecond?: number } = {}) {
  const seenAtSend: string[][] = [];
  const sends = new Map<string, number>();
  let ids: number[] = [];
  const embedded = createEmbeddedTransport({ now: () => h.clock.now() });
  const watched: MessageTransport = {
    ...embedded,
    send(message) {
      seenAtSend.push(ids.map((id) => h.db.q.messages.byId(id)!.status));
      sends.set(message.reference, (sends.get(message.reference) ?? 0) + 1);
      return embedded.send(message);
    },
  };
  const h: TestHub = (hub = await startTestHub({ messaging: { transport: watched, dispatcher } }));
  const consultationId = await h.submitRequest();
  const queue = (n: number) => {
    const queued = Array.from({ length: n }, () => queueTestMessage(h, { consultationId }));
    ids = queued.map((m) => m.id);
    return queued;
  };
  return { h, seenAtSend, sends, queue };
}

function expectSentOnceEach(h: TestHub, ids: number[]) {
  const actions = auditActions(h);
  for (const id of ids) {
    expect(h.db.q.messages.byId(id)).toMatchObject({ status: 'accepted', attempts: 1, transport: 'embedded' });
    expect(h.db.q.messages.events([id]).map((e) => e.status)).toEqual(['queued', 'sending', 'accepted']);
    expect(actions.filter((a) => a === `message_send_started message:${id}`)).toHaveLength(1);
    expect(actions.filter((a) => a === `message_accepted message:${id}`)).toHaveLength(1);
  }
}

it('commits a batch of 5 messages sending before the first is sent, and records their acceptances in one commit', async () => {
  const { h, seenAtSend, queue } = await watchedHub({ batchSize: 5 });
  const ids = queue(7).map((m) => m.id);
  const before = h.db.commitStats();

  expect(await h.dispatcher.drain()).toBe(7);

  // The first batch (5) is all `sending` when Notify is first called; the second (2) still queued.
  expect(seenAtSend[0]).toEqual([...Array<string>(5).fill('sending'), ...Array<string>(2).fill('queued')]);
  expect(seenAtSend[5]!.slice(5)).toEqual(Array<string>(2).fill('sending'));
  // Two batches: each one operation to start it and one to record what was accepted.
  expect(h.db.commitStats().changes - before.changes).toBe(4);
  expectSentOnceEach(h, ids);
});

it('holds the rest of a batch unsent once Notify refuses the hub’s key, all to be tried again together', async () => {
  hub = await startTestHub({
    messaging: {
      notify: { apiKey: notify.wrongKey, baseUrl: notify.url, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId },
      dispatcher: { batchSize: 5, backoffBaseMs: 1_000, random: () => 1 },
    },
  });
  const consultationId = await hub.submitRequest();
  const queued = Array.from({ length: 5 }, () => queueTestMessage(hub!, { consultationId }));
  const callsBefore = notify.authHeaders().length;

  await hub.dispatcher.drain();

  // Only the sends already in flight (two at once) when the first 403 came back were made.
  expect(notify.authHeaders().length - callsBefore).toBeLessThanOrEqual(2);
  for (const { id } of queued) {
    expect(hub.db.q.messages.byId(id)).toMatchObject({ status: 'queued', attempts: 0, failure: null, nextAttemptAt: hub.clock.now() + 1_000 });
    expect(hub.db.q.messages.events([id]).at(-1)?.detail).toMatch(/^held: Notify answered 403 \(AuthError\).*; next attempt in 1 s$/);
  }
});

it('commits a backlog with one transaction a batch: each batch’s acceptances share their commit with the next batch’s start', async () => {
  const { h, sends, queue } = await watchedHub({ batchSize: 25 });
  const queued = queue(75);
  const before = h.db.commitStats();

  h.dispatcher.start();
  await vi.waitFor(() => expect(queued.every((m) => h.db.q.messages.byId(m.id)!.status === 'accepted')).toBe(true), { timeout: 5_000 });

  // Three batches, six operations: start 1 · accepted 1 + start 2 · accepted 2 + start 3 · accepted 3.
  const after = h.db.commitStats();
  expect(after.changes - before.changes).toBe(6);
  expect(after.transactions - before.transactions).toBe(4);
  expect([...sends.values()]).toEqual(Array<number>(75).fill(1));
  expectSentOnceEach(h, queued.map((m) => m.id));
});

it('sends a decision’s messages ahead of a backlog of due status checks, and works through the checks beside them', async () => {
  const { h, sends, queue } = await watchedHub({ batchSize: 5 });
  const earlier = queue(20);
  await h.dispatcher.drain();
  // Twenty accepted messages now due for a status check (no delivery receipt came), then five new decisions.
  h.clock.advance(EMBEDDED_DELIVERY_MS);
  const fresh = queue(5);

  await h.dispatcher.tick();

  // One pass: the new batch went, and at most two checks beside it.
  for (const { id, reference } of fresh) {
    expect(h.db.q.messages.byId(id)!.status).toBe('accepted');
    expect(sends.get(reference)).toBe(1);
  }
  expect(earlier.filter(({ id }) => h.db.q.messages.byId(id)!.status === 'delivered').length).toBeLessThanOrEqual(2);
  await h.dispatcher.drain();
  expect(earlier.every(({ id }) => h.db.q.messages.byId(id)!.status === 'delivered')).toBe(true);
});

it('starts at most maxLooksPerSecond status checks a second', async () => {
  const { h, queue } = await watchedHub({ maxLooksPerSecond: 3 });
  const accepted = queue(10);
  await h.dispatcher.drain();
  h.clock.advance(EMBEDDED_DELIVERY_MS);
  const delivered = () => accepted.filter(({ id }) => h.db.q.messages.byId(id)!.status === 'delivered').length;

  // The clock stands still: one second's worth, then nothing more until the next second.
  await h.dispatcher.drain();
  expect(delivered()).toBe(3);
  h.clock.advance(1_000);
  await h.dispatcher.drain();
  expect(delivered()).toBe(6);
});
