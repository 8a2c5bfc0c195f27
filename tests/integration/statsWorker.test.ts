// The figures are computed on a worker thread with its own read-only connection (server/stats/
// workerReader.ts, docs/metrics.md): the same answers as the hub's own connection, a worker that dies
// answers 503 STATS_UNAVAILABLE rather than a 500, and the next ask starts another.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HttpError } from '../../server/http/errors';
import { answerStats } from '../../server/stats/answers';
import { workerStatsReader } from '../../server/stats/workerReader';
import { intakeBody } from '../helpers/fixtures';
import { startTestHub, type TestHub } from '../helpers/hub';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';

let hub: TestHub;
let dir: string;
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };

beforeAll(async () => {
  hub = await startTestHub();
  hub.clock.set('2026-11-24T10:00:00.000Z');
  for (let i = 0; i < 6; i++) await hub.admit(intakeBody({ submittedAt: new Date(hub.clock.now() - 60_000).toISOString() }), SYSTEM_ACTOR);
  dir = mkdtempSync(join(tmpdir(), 'ehub-stats-worker-'));
});
afterAll(async () => {
  await hub.stop();
  rmSync(dir, { recursive: true, force: true });
});

const ask = (query: object) => ({ query, now: hub.clock.now(), settings: hub.settings() });

it('answers every figure as the hub’s own connection would, and refuses a bad period the same way', async () => {
  const file = join(dir, 'same.sqlite');
  // A consistent copy of the hub's file (the WAL folded in) for a reader of its own.
  hub.db.orm.run(`vacuum into '${file}'` as never);
  const reader = workerStatsReader(file);
  try {
    for (const endpoint of ['summary', 'daily', 'teams', 'staff', 'capacity'] as const) {
      const query = endpoint === 'capacity' ? {} : PERIOD;
      expect(await reader.answer(endpoint, ask(query))).toEqual(answerStats(hub.db, endpoint, query, hub.clock.now(), hub.settings()));
    }
    const refused = await reader.answer('summary', ask({ from: '2026-11-30', to: '2026-11-01' })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: expect.stringContaining('to') });
  } finally {
    await reader.close();
  }
});

it('answers 503 STATS_UNAVAILABLE when the worker dies, and starts another at the next ask', async () => {
  const file = join(dir, 'later.sqlite');
  const reader = workerStatsReader(file);
  try {
    // No file yet: the worker cannot open it and stops.
    const refused = await reader.answer('summary', ask(PERIOD)).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 503, code: 'STATS_UNAVAILABLE' });
    hub.db.orm.run(`vacuum into '${file}'` as never);
    const answer = await reader.answer('summary', ask(PERIOD));
    expect((answer as { rows: object[] }).rows).toContainEqual({ metric: 'received', value: 6 });
  } finally {
    await reader.close();
  }
  expect(readdirSync(dir)).toContain('later.sqlite');
});

it('answers the figures over HTTP from the worker with a typed error body when the period is bad', async () => {
  const manager = await hub.signIn('manager1');
  const ok = await manager.get(`/api/stats/summary?from=${PERIOD.from}&to=${PERIOD.to}`);
  expect(ok.status).toBe(200);
  const bad = await manager.get('/api/stats/summary?from=2026-11-01&to=2026-13-01');
  expect(bad.status).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('to') } });
});
