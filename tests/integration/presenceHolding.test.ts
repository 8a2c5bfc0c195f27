// Presence names who holds which request: a claim shows against its holder on every hub workstation,
// by reference only, and leaves when the request is routed, released or its lease lapses.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Presence, QueueItem } from '../../shared/schemas/api';
import { json, nextEvent, startTestHub, type TestHub } from '../helpers/hub';
import { REASON } from '../helpers/journey';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const holdingOf = (list: Presence, name: string) => list.find((p) => p.name === name)?.holding.map((r) => r.reference);

it('tells the team which request a coordinator holds, and that they hold nothing once it is routed', async () => {
  const [holder, watcher] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('coordinator2')]);
  const watching = await watcher.socket();
  await holder.socket();
  const id = await hub.submitRequest();

  const claimedSeen = nextEvent<Presence>(watching, 'presence', (list) => (holdingOf(list, 'Coordinator 1') ?? []).length > 0);
  const claimed = await json<{ item: QueueItem }>(await holder.post(`/api/consultations/${id}/claim`));
  const list = await claimedSeen;
  expect(holdingOf(list, 'Coordinator 1')).toEqual([claimed.item.reference]);
  expect(list.find((p) => p.name === 'Coordinator 1')!.holding).toEqual([{ id, reference: claimed.item.reference }]);
  expect(holdingOf(list, 'Coordinator 2')).toEqual([]);
  // References only: nothing of the patient travels with presence.
  expect(JSON.stringify(list)).not.toMatch(/Testy|McTestface|9434765919/);

  const routedSeen = nextEvent<Presence>(watching, 'presence', (next) => (holdingOf(next, 'Coordinator 1') ?? ['x']).length === 0);
  await holder.post(`/api/consultations/${id}/handoffs`, { destination: 'anp', reason: REASON, expectedVersion: claimed.item.version });
  await routedSeen;
});

it('lets go of the holder when the lease lapses', async () => {
  const [holder, watcher] = await Promise.all([hub.signIn('coordinator3'), hub.signIn('coordinator4')]);
  const watching = await watcher.socket();
  await holder.socket();
  const id = await hub.submitRequest();
  const claimedSeen = nextEvent<Presence>(watching, 'presence', (list) => (holdingOf(list, 'Coordinator 3') ?? []).length > 0);
  await holder.post(`/api/consultations/${id}/claim`);
  await claimedSeen;

  const lapsedSeen = nextEvent<Presence>(watching, 'presence', (list) => (holdingOf(list, 'Coordinator 3') ?? ['x']).length === 0);
  hub.clock.advance(11 * 60_000);
  await hub.scheduler.tick();
  await lapsedSeen;
});
