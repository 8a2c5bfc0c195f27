// Where the dashboard answer's CPU goes (S3, docs/benchmarks.md): the stats worker's own path
// (answerStats on a read-only connection, as server/stats/worker.ts opens it) timed in process over a
// copy of a generated history, per figure and per whole dashboard, for the last 30 and 365 days; and
// each stats query's share of the dashboard's time. CPU time (process.cpuUsage), the median of runs,
// so a busy machine skews it less than wall time.
//   npx tsx tests/bench/statsCompute.ts <history.sqlite copy> [runs] [answers.json]
// With answers.json: writes every answer there the first time, and on later runs says whether each is
// still the same (a change that makes the figures cheaper must not change them).
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { practiceQueries } from '../../db/queries/practices';
import { settingsQueries } from '../../db/queries/settings';
import { staffQueries } from '../../db/queries/staff';
import { statsQueries } from '../../db/queries/stats';
import * as schema from '../../db/schema';
import { settingsToRunOn } from '../../server/settings';
import { answerStats } from '../../server/stats/answers';
import type { StatsDb, StatsSettings } from '../../server/stats/db';
import { STATS_ENDPOINTS, type StatsResource } from '../../shared/schemas/stats';

const [file, runsArg, answersFile] = process.argv.slice(2);
if (!file) throw new Error('usage: statsCompute.ts <history.sqlite> [runs] [answers.json]');
const runs = Number(runsArg ?? 15);
const sqlite = new Database(file, { readonly: true, fileMustExist: true });
const orm = drizzle(sqlite, { schema });
const stats = statsQueries(orm);
const settings: StatsSettings = settingsToRunOn(settingsQueries(orm).load(), new Date()).settings;

// Each query's CPU, added up under its name while it runs.
const perQuery = new Map<string, number>();
const timed = Object.fromEntries(
  Object.entries(stats).map(([name, fn]) => [
    name,
    typeof fn !== 'function'
      ? fn
      : (...args: unknown[]) => {
          const t = process.cpuUsage();
          try {
            return (fn as (...a: unknown[]) => unknown)(...args);
          } finally {
            const u = process.cpuUsage(t);
            perQuery.set(name, (perQuery.get(name) ?? 0) + (u.user + u.system) / 1000);
          }
        },
  ]),
) as typeof stats;
const db: StatsDb = { q: { stats: timed, practices: practiceQueries(orm), staff: staffQueries(orm) } };

const last = sqlite.prepare('select max(received_day) as d, max(received_at) as at from request_facts').get() as { d: string; at: number };
// A fixed moment just after the last request, so every run (and a run after a change) asks the same.
const now = last.at + 60_000;
const daysBack = (n: number) => new Date(Date.parse(`${last.d}T00:00:00Z`) - (n - 1) * 86_400_000).toISOString().slice(0, 10);
const inSnapshot = sqlite.transaction((endpoint: StatsResource, query: object) => answerStats(db, endpoint, query, now, settings));

function cpuMs(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const answers: Record<string, unknown> = {};
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${runs} runs each; CPU ms, median (min)`);
for (const days of [30, 365]) {
  const query = { from: daysBack(days), to: last.d };
  const ask = (e: StatsResource) => () => (answers[`${days}:${e}`] = inSnapshot.deferred(e, e === 'capacity' ? {} : query));
  for (let i = 0; i < 3; i++) ask('dashboard')();
  perQuery.clear();
  const whole = Array.from({ length: runs }, () => cpuMs(ask('dashboard')));
  const queries = [...perQuery.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / runs).toFixed(2)}`);
  console.log(`${days} days: dashboard ${median(whole).toFixed(1)} (${Math.min(...whole).toFixed(1)})`);
  for (const e of STATS_ENDPOINTS) {
    const t = Array.from({ length: runs }, () => cpuMs(ask(e)));
    console.log(`  ${e.padEnd(10)} ${median(t).toFixed(2)} (${Math.min(...t).toFixed(2)})`);
  }
  console.log(`  per query in one dashboard (mean): ${queries.join(', ')}`);
}
if (answersFile) {
  const json = JSON.stringify(answers, null, 1);
  if (!existsSync(answersFile)) {
    writeFileSync(answersFile, json);
    console.log(`answers written to ${answersFile}`);
  } else {
    const before = JSON.parse(readFileSync(answersFile, 'utf8')) as Record<string, unknown>;
    const changed = Object.keys(answers).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(answers[k]));
    console.log(changed.length === 0 ? `every answer the same as in ${answersFile}` : `CHANGED: ${changed.join(', ')}`);
  }
}
