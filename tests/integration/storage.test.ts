// What is stored reads back as written: JSON columns are objects, not strings of JSON.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, startTestHub, type TestHub } from '../helpers/hub';
import type { QueueItem } from '../../shared/schemas/api';
import { claimAndRoute } from '../helpers/journey';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

it('stores change-feed payloads and hand-off details as JSON objects', async () => {
  const id = await hub.submitRequest();
  await claimAndRoute(await hub.signIn('coordinator1'), id, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' });
  const feed = hub.db.q.feed.since(0, 10);
  expect(feed[0]!.payload).toEqual({ status: 'queued', version: 1 });
  const [handoff] = hub.db.q.handoffs.forConsultation(id);
  expect(handoff!.details).toEqual({ pharmacyOds: 'FA101' });
  expect(hub.db.q.consultations.byId(id)!.redFlags).toEqual([]);
});

it('keeps the audit chain whole when a command is refused inside its transaction', async () => {
  const id = await hub.submitRequest();
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(await hub.signIn('coordinator2'), id, { destination: 'anp' }));
  expect((await (await hub.signIn('anp1')).post(`/api/handoffs/${item.pendingHandoff!.id}/accept`)).status).toBe(200);
  // Refused after the transaction began (already answered); the next append must chain to the last committed row.
  expect((await (await hub.signIn('anp2')).post(`/api/handoffs/${item.pendingHandoff!.id}/accept`)).status).toBe(409);
  await hub.submitRequest();
  expect(hub.db.q.audit.verify()).toMatchObject({ ok: true });
});
