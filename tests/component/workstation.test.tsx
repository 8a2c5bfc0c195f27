// The coordinator's workstation machine: claiming, lease renewal on activity, release, and the
// lost-connection path (disconnected → reconnecting → resync), driven with fake actors.
import { describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { ApiError } from '../../client/src/api/errors';
import { RENEW_EVERY_MS, workstationMachine, type Claimed } from '../../client/src/machines/workstation';
import { COORDINATOR_1, claimedBy, queueItem } from './fixtures';

const T0 = Date.parse('2026-11-24T10:00:00.000Z');

function startWorkstation(overrides: { renew?: () => Promise<Claimed>; release?: () => Promise<unknown> } = {}) {
  const request = queueItem({ id: 7 });
  const held = claimedBy(request, COORDINATOR_1);
  const api = {
    claim: vi.fn(async ({ input }: { input: { id: number } }) => ({ item: { ...held, id: input.id }, at: T0 })),
    claimNext: vi.fn(async () => ({ item: held, at: T0 })),
    renew: vi.fn(overrides.renew ?? (async () => ({ item: { ...held, leaseExpiresAt: '2026-11-24T10:22:00.000Z' }, at: T0 }))),
    release: vi.fn(overrides.release ?? (async () => ({}))),
    resync: vi.fn(async () => undefined),
    reported: [] as string[],
  };
  const machine = workstationMachine.provide({
    actors: {
      claim: fromPromise(api.claim),
      claimNext: fromPromise(api.claimNext),
      renew: fromPromise(() => api.renew()),
      release: fromPromise(() => api.release()),
      resync: fromPromise<unknown>(api.resync),
    },
    actions: { reportPresence: ({ context }) => void api.reported.push(context.presence) },
  });
  const actor = createActor(machine).start();
  return { actor, api };
}

const holding = { work: 'holding' } as const;

describe('workstation machine', () => {
  it('claims the opened request and holds it', async () => {
    const { actor, api } = startWorkstation();
    actor.send({ type: 'OPEN', id: 7 });
    expect(actor.getSnapshot().matches({ work: 'viewing' })).toBe(true);
    actor.send({ type: 'CLAIM', id: 7 });
    await waitFor(actor, (s) => s.matches(holding));
    expect(api.claim).toHaveBeenCalledWith(expect.objectContaining({ input: { id: 7 } }));
    expect(actor.getSnapshot().context).toMatchObject({ heldId: 7, openId: 7, leaseExpiresAt: '2026-11-24T10:20:00.000Z' });
  });

  it('"claim next" is its own state and ends holding what the hub gave', async () => {
    const { actor, api } = startWorkstation();
    actor.send({ type: 'CLAIM_NEXT' });
    expect(actor.getSnapshot().matches({ work: 'claimingNext' })).toBe(true);
    await waitFor(actor, (s) => s.matches(holding));
    expect(api.claimNext).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().context.heldId).toBe(7);
  });

  it('renews the lease on activity, at most once a minute', async () => {
    const { actor, api } = startWorkstation();
    actor.send({ type: 'CLAIM', id: 7 });
    await waitFor(actor, (s) => s.matches(holding));

    actor.send({ type: 'ACTIVITY', at: T0 + 10_000 });
    actor.send({ type: 'ACTIVITY', at: T0 + RENEW_EVERY_MS - 1 });
    expect(api.renew).not.toHaveBeenCalled();

    actor.send({ type: 'ACTIVITY', at: T0 + RENEW_EVERY_MS });
    await waitFor(actor, (s) => s.matches({ work: { holding: { lease: 'current' } } }));
    expect(api.renew).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().context.leaseExpiresAt).toBe('2026-11-24T10:22:00.000Z');

    actor.send({ type: 'ACTIVITY', at: T0 + RENEW_EVERY_MS + 30_000 });
    expect(api.renew).toHaveBeenCalledTimes(1);
    actor.send({ type: 'ACTIVITY', at: T0 + 2 * RENEW_EVERY_MS });
    await waitFor(actor, (s) => s.matches({ work: { holding: { lease: 'current' } } }));
    expect(api.renew).toHaveBeenCalledTimes(2);
  });

  it('drops back to viewing with a message when a renewal finds the claim gone', async () => {
    const { actor } = startWorkstation({
      renew: () => Promise.reject(new ApiError('NOT_CLAIMED', 'Claim this request before you renew it.', 409)),
    });
    actor.send({ type: 'CLAIM', id: 7 });
    await waitFor(actor, (s) => s.matches(holding));
    actor.send({ type: 'ACTIVITY', at: T0 + RENEW_EVERY_MS });
    await waitFor(actor, (s) => s.matches({ work: 'viewing' }));
    expect(actor.getSnapshot().context).toMatchObject({ heldId: null, openId: 7 });
    expect(actor.getSnapshot().context.error).toMatch(/no longer hold/);
  });

  it('keeps the claim when a renewal fails on the network, and tries again on later activity', async () => {
    const renew = vi.fn<() => Promise<Claimed>>().mockRejectedValueOnce(new ApiError('NETWORK', 'unreachable', 0));
    const { actor, api } = startWorkstation({ renew });
    actor.send({ type: 'CLAIM', id: 7 });
    await waitFor(actor, (s) => s.matches(holding));
    actor.send({ type: 'ACTIVITY', at: T0 + RENEW_EVERY_MS });
    await waitFor(actor, (s) => s.matches({ work: { holding: { lease: 'current' } } }));
    expect(actor.getSnapshot().matches(holding)).toBe(true);
    expect(api.renew).toHaveBeenCalledTimes(1);
  });

  it('enters routing from holding and comes back on cancel', async () => {
    const { actor } = startWorkstation();
    actor.send({ type: 'START_ROUTING' });
    expect(actor.getSnapshot().matches({ work: 'available' })).toBe(true);
    actor.send({ type: 'CLAIM', id: 7 });
    await waitFor(actor, (s) => s.matches(holding));
    actor.send({ type: 'START_ROUTING' });
    expect(actor.getSnapshot().matches({ work: { holding: { task: 'routing' } } })).toBe(true);
    actor.send({ type: 'CANCEL_ROUTING' });
    expect(actor.getSnapshot().matches({ work: { holding: { task: 'triaging' } } })).toBe(true);
  });

  it('releases back to viewing the same request, and ignores the release echo as a lost claim', async () => {
    let finish!: () => void;
    const { actor } = startWorkstation({ release: () => new Promise<void>((resolve) => (finish = resolve)) });
    actor.send({ type: 'CLAIM', id: 7 });
    await waitFor(actor, (s) => s.matches(holding));
    actor.send({ type: 'RELEASE' });
    actor.send({ type: 'LEASE_LOST' });
    expect(actor.getSnapshot().matches({ work: { holding: { task: 'releasing' } } })).toBe(true);
    finish();
    await waitFor(actor, (s) => s.matches({ work: 'viewing' }));
    expect(actor.getSnapshot().context).toMatchObject({ heldId: null, openId: 7, error: null });
  });

  it('resyncs on first connect, and after a drop goes disconnected → reconnecting → resync', async () => {
    const { actor, api } = startWorkstation();
    actor.send({ type: 'SOCKET_CONNECTED' });
    await waitFor(actor, (s) => s.matches({ connection: 'online' }));
    expect(api.resync).toHaveBeenCalledTimes(1);

    actor.send({ type: 'SOCKET_DISCONNECTED' });
    expect(actor.getSnapshot().matches({ connection: 'disconnected' })).toBe(true);
    actor.send({ type: 'RECONNECT_ATTEMPT' });
    expect(actor.getSnapshot().matches({ connection: 'reconnecting' })).toBe(true);
    actor.send({ type: 'SOCKET_CONNECTED' });
    expect(actor.getSnapshot().matches({ connection: 'resyncing' })).toBe(true);
    await waitFor(actor, (s) => s.matches({ connection: { online: 'recovered' } }));
    expect(api.resync).toHaveBeenCalledTimes(2);
  });

  it('reports each working state to the team, and again after reconnecting', async () => {
    const { actor, api } = startWorkstation();
    actor.send({ type: 'OPEN', id: 7 });
    actor.send({ type: 'CLAIM', id: 7 });
    await waitFor(actor, (s) => s.matches(holding));
    actor.send({ type: 'SOCKET_CONNECTED' });
    await waitFor(actor, (s) => s.matches({ connection: 'online' }));
    expect(api.reported).toEqual(['available', 'viewing', 'holding', 'holding']);
  });

  it('goes away only when holding nothing', async () => {
    const { actor } = startWorkstation();
    actor.send({ type: 'CLAIM', id: 7 });
    await waitFor(actor, (s) => s.matches(holding));
    actor.send({ type: 'AWAY' });
    expect(actor.getSnapshot().matches(holding)).toBe(true);
  });
});
