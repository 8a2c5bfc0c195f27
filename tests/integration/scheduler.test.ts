// The scheduler catches up on a backlog in chunks, so the people using the hub are not kept
// waiting behind it: after a long stop, thousands of deadlines can be due at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, startTestHub, type TestHub } from '../helpers/hub';
import { MAX_EVENTS_PER_TICK } from '../../server/scheduler';
import type { QueueItem } from '../../shared/schemas/api';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ now: '2026-11-26T09:00:00.000Z' });
});
afterAll(() => hub.stop());

const breachSeqs = () => hub.db.q.feed.since(0, 100_000).filter((f) => f.type === 'sla_breached').map((f) => f.seq);

it('records a backlog of breaches a chunk per tick, and answers a coordinator between chunks', async () => {
  // Enough chunks that some are still to come when the claim arrives, however the turns fall.
  const backlog = 4 * MAX_EVENTS_PER_TICK + 50;
  const ids: number[] = [];
  for (let i = 0; i < backlog + 1; i++) ids.push(await hub.submitRequest({ submittedAt: '2026-11-26T09:00:00.000Z' }));
  const coordinator = await hub.signIn('coordinator1');
  hub.clock.set('2026-11-26T11:30:00.000Z'); // every first action is now half an hour overdue

  // One tick sends one chunk and says more is due.
  expect(await hub.scheduler.tick()).toBe(MAX_EVENTS_PER_TICK);
  expect(hub.scheduler.behind()).toBe(true);

  // On its timer the scheduler goes on at once, chunk after chunk; a claim sent meanwhile is not
  // queued behind the rest of the backlog.
  hub.scheduler.start();
  await expect.poll(() => breachSeqs().length, { timeout: 10_000, interval: 1 }).toBeGreaterThan(MAX_EVENTS_PER_TICK);
  const claim = await coordinator.post(`/api/consultations/${ids.at(-1)}/claim`);
  expect(claim.status).toBe(200);
  const { seq } = await json<{ seq: number; item: QueueItem }>(claim);
  await expect.poll(() => breachSeqs().length, { timeout: 10_000, interval: 5 }).toBe(backlog + 1);
  expect(seq).toBeLessThan(Math.max(...breachSeqs()));
  expect(hub.scheduler.behind()).toBe(false);
  await hub.scheduler.stop();
});

it('logs a pass that fails and tries again on the next timer, without stopping the hub', async () => {
  const { createScheduler } = await import('../../server/scheduler');
  const errors: string[] = [];
  const log = { ...hub.log, error: (_obj: unknown, msg?: string) => void errors.push(msg ?? '') } as typeof hub.log;
  let failures = 0;
  const db = { ...hub.db, q: { ...hub.db.q, consultations: { ...hub.db.q.consultations, expiredLeases: () => { failures++; throw new Error('disk I/O error'); } } } };
  const scheduler = createScheduler({ db, clock: hub.clock, execute: hub.execute, log, intervalMs: 20 });
  scheduler.start();
  await expect.poll(() => failures, { timeout: 2000 }).toBeGreaterThanOrEqual(2);
  await scheduler.stop();
  expect(errors).toContain('scheduler pass failed');
  expect((await fetch(`${hub.url}/api/health`)).status).toBe(200);
});
