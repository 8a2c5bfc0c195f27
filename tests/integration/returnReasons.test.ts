// Why a request came back to the queue, as the queue carries it: who sent it back (the team it had
// been offered to, the person) and what they wrote, on the command's answer, the snapshot and the live change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueItem, QueueSnapshot } from '../../shared/schemas/api';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute, itemOf } from '../helpers/journey';

let hub: TestHub;
let coordinator: Client;
beforeAll(async () => {
  hub = await startTestHub();
  coordinator = await hub.signIn('coordinator1');
});
afterAll(() => hub.stop());

async function offeredTo(destination: 'anp' | 'pharmacist'): Promise<{ id: number; handoffId: number }> {
  const id = await hub.submitRequest();
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination }));
  return { id, handoffId: item.pendingHandoff!.id };
}

const inSnapshot = async (id: number) => (await json<QueueSnapshot>(await coordinator.get('/api/queue'))).items.find((i) => i.id === id);

describe('return reasons on the queue item', () => {
  it('says a decline came from the ANP team, by whom, and what they wrote', async () => {
    const { id, handoffId } = await offeredTo('anp');
    const anp = await hub.signIn('anp1');
    const res = await anp.post(`/api/handoffs/${handoffId}/decline`, { reason: 'Needs bloods first' });
    const expected = { returnedBecause: 'declined', returnDetail: { from: 'anp', by: 'Ana Nurse', note: 'Needs bloods first' } };
    expect((await json(res)).item).toMatchObject(expected);
    expect(await inSnapshot(id)).toMatchObject(expected);
  });

  it('says which team let a hand-off expire, with nobody named and no note', async () => {
    const { id } = await offeredTo('anp');
    hub.clock.advance(31 * 60_000);
    await hub.scheduler.tick();
    expect(await itemOf(coordinator, id)).toMatchObject({ returnedBecause: 'offer_expired', returnDetail: { from: 'anp', by: null, note: null } });
  });

  it('names the clinician who handed a request back and why', async () => {
    const { id, handoffId } = await offeredTo('anp');
    const anp = await hub.signIn('anp1');
    await anp.post(`/api/handoffs/${handoffId}/accept`);
    const back = await json(await anp.post(`/api/consultations/${id}/hand-back`, { reason: 'Wants a GP, not an ANP' }));
    expect(back.item).toMatchObject({ returnedBecause: 'handed_back', returnDetail: { from: null, by: 'Ana Nurse', note: 'Wants a GP, not an ANP' } });
  });

  it('forgets who sent it back once the request moves on', async () => {
    const { id, handoffId } = await offeredTo('anp');
    await (await hub.signIn('anp2')).post(`/api/handoffs/${handoffId}/decline`, { reason: 'Out of scope for us' });
    const rerouted = await json(await claimAndRoute(coordinator, id, { destination: 'pharmacist' }));
    expect(rerouted.item).toMatchObject({ status: 'offered', returnedBecause: null, returnDetail: null });
  });

  it('keeps who sent it back while a coordinator claims and releases it', async () => {
    const { id, handoffId } = await offeredTo('anp');
    await (await hub.signIn('anp2')).post(`/api/handoffs/${handoffId}/decline`, { reason: 'Needs a GP' });
    await coordinator.post(`/api/consultations/${id}/claim`);
    const released = await json(await coordinator.post(`/api/consultations/${id}/release`));
    expect(released.item).toMatchObject({ returnedBecause: 'declined', returnDetail: { by: 'Ben Nurse', note: 'Needs a GP' } });
  });
});
