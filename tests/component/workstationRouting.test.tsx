// The workstation machine's routing: a hand-off goes from the routing state with the claim kept,
// a refusal keeps the panel open with the hub's sentence, success lets the request go, and the
// change that says the claim ended is not mistaken for a lost claim.
import { describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { QueueItem } from '../../shared/schemas/api';
import type { HandoffInput } from '../../shared/schemas/handoff';
import { ApiError } from '../../client/src/api/errors';
import { RENEW_EVERY_MS, workstationMachine } from '../../client/src/machines/workstation';
import { COORDINATOR_1, claimedBy, queueItem } from './fixtures';

const T0 = Date.parse('2026-11-24T10:00:00.000Z');
const BODY: HandoffInput = { destination: 'anp', reason: { code: 'clinical_assessment_needed' }, expectedVersion: 2 };

function startRouting(route: (input: { id: number; body: HandoffInput }) => Promise<QueueItem>) {
  const held = claimedBy(queueItem({ id: 7 }), COORDINATOR_1);
  const renew = vi.fn(async () => ({ item: held, at: T0 }));
  const machine = workstationMachine.provide({
    actors: {
      claim: fromPromise(async () => ({ item: held, at: T0 })),
      renew: fromPromise(renew),
      route: fromPromise(({ input }) => route(input)),
    },
  });
  const actor = createActor(machine).start();
  return { actor, renew };
}

async function toRouting(actor: ReturnType<typeof startRouting>['actor']) {
  actor.send({ type: 'CLAIM', id: 7 });
  await waitFor(actor, (s) => s.matches({ work: 'holding' }));
  actor.send({ type: 'START_ROUTING' });
}

describe('workstation machine: routing', () => {
  it('sends the hand-off for the held request, then lets it go and remembers where it went', async () => {
    const offered = { ...queueItem({ id: 7, version: 4 }), status: 'offered' as const, pendingDestination: 'anp' as const };
    const route = vi.fn(async () => offered);
    const { actor } = startRouting(route);
    await toRouting(actor);
    actor.send({ type: 'SUBMIT_ROUTE', body: BODY });
    expect(actor.getSnapshot().matches({ work: { holding: { task: 'submittingRoute' } } })).toBe(true);
    await waitFor(actor, (s) => s.matches({ work: 'available' }));
    expect(route).toHaveBeenCalledWith({ id: 7, body: BODY });
    expect(actor.getSnapshot().context).toMatchObject({ heldId: null, openId: null, routed: offered, error: null });
  });

  it('keeps routing open with the hub’s sentence when the route is refused', async () => {
    const { actor } = startRouting(async () => {
      throw new ApiError('PHARMACY_FIRST_NOT_ELIGIBLE', 'Not eligible for Pharmacy First: uncomplicated UTI: women aged 16 to 64', 422);
    });
    await toRouting(actor);
    actor.send({ type: 'SUBMIT_ROUTE', body: BODY });
    await waitFor(actor, (s) => s.matches({ work: { holding: { task: 'routing' } } }));
    expect(actor.getSnapshot().context.routeError).toBe('Not eligible for Pharmacy First: uncomplicated UTI: women aged 16 to 64');
    expect(actor.getSnapshot().context.heldId).toBe(7);
  });

  it('ignores the claim ending, and does not renew, while the route is on its way', async () => {
    let finish!: (item: QueueItem) => void;
    const { actor, renew } = startRouting(() => new Promise((resolve) => (finish = resolve)));
    await toRouting(actor);
    actor.send({ type: 'SUBMIT_ROUTE', body: BODY });
    actor.send({ type: 'LEASE_LOST' });
    actor.send({ type: 'ACTIVITY', at: T0 + RENEW_EVERY_MS });
    expect(actor.getSnapshot().matches({ work: { holding: { task: 'submittingRoute' } } })).toBe(true);
    expect(renew).not.toHaveBeenCalled();
    finish(queueItem({ id: 7, version: 4, status: 'offered' }));
    await waitFor(actor, (s) => s.matches({ work: 'available' }));
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});
