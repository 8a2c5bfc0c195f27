// The dashboard stays cheap over a busy month only if its hot reads keep to their covering indexes
// (docs/metrics.md, "Reading"): SQLite's plan for each, checked here with the values it ran with.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { statsQueries } from '../../db/queries/stats';
import { startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

/** The plan of each statement `read` runs (prepared on a fresh set of queries, so each is caught), joined into one string. */
function plansOf(read: (q: ReturnType<typeof statsQueries>) => unknown): string[] {
  const client = hub.db.orm.$client;
  const prepare = client.prepare;
  const runs: { text: string; params: unknown[] }[] = [];
  client.prepare = ((text: string) => {
    const statement = prepare.call(client, text);
    return new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== 'function') return value;
        return (...params: unknown[]) => {
          if (key === 'all' || key === 'get') runs.push({ text, params });
          return (value as (...a: unknown[]) => unknown).apply(target, params);
        };
      },
    });
  }) as typeof prepare;
  try {
    read(statsQueries(hub.db.orm));
  } finally {
    client.prepare = prepare;
  }
  return runs.map(({ text, params }) => (client.prepare(`explain query plan ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | '));
}

it("counts today's arrivals so far, for the capacity figures, from the received index alone", () => {
  const plans = plansOf((q) => [q.receivedBetween('2026-12-04', 0, 1, null), q.receivedBetween('2026-12-04', 0, 1, 'E85001')]);
  expect(plans).toHaveLength(2);
  for (const plan of plans) expect(plan).toMatch(/USING COVERING INDEX request_facts_received \(received_day=\? AND received_at>\? AND received_at<\?\)/);
});

it("counts hand-offs' answer times per day in the covering index's order, for the hub and for one practice", () => {
  const plans = plansOf((q) => [q.handoffAnswerHistogram({ from: '2026-11-05', to: '2026-11-30', practice: null }), q.handoffAnswerHistogram({ from: '2026-11-05', to: '2026-11-30', practice: 'E85001' })]);
  const facts = plans.filter((p) => p.includes('handoff_facts'));
  expect(facts).toHaveLength(2);
  expect(facts[0]).toMatch(/USING COVERING INDEX handoff_facts_day_answers \(offered_day>\? AND offered_day<\?\)/);
  expect(facts[1]).toMatch(/USING COVERING INDEX handoff_facts_practice_answers \(practice_ods=\? AND offered_day>\? AND offered_day<\?\)/);
  // The per-day count streams from the index: the only sort is of the day groups, after the subquery.
  for (const plan of facts) expect(plan).toMatch(/^CO-ROUTINE \(subquery-1\) \| SEARCH [^|]+\| SCAN \(subquery-1\) \| USE TEMP B-TREE FOR GROUP BY$/);
});

it("sums a period's counters from the counters' own B-tree, in key order, with no lookup into a separate table", () => {
  const plans = plansOf((q) => [q.receivedSummary({ from: '2025-12-05', to: '2026-12-04', practice: null }, 0), q.heatmap({ from: '2025-12-05', to: '2026-12-04', practice: 'E85001' })]);
  const counters = plans.filter((p) => p.includes('stats_counts'));
  expect(counters).toHaveLength(2);
  // Stored WITHOUT ROWID (migration 0026): the primary key is the table; a rowid table would be read
  // through sqlite_autoindex_stats_counts_1 and then the table, at three times the cost over a year.
  for (const plan of counters) expect(plan).toMatch(/SEARCH stats_counts USING PRIMARY KEY \(grain=\? AND practice_ods=\? AND figure=\? AND period>\? AND period<\?\)/);
});
