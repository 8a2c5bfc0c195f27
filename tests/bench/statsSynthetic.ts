// DEV ONLY, never a reported figure: `npx tsx tests/bench/statsSynthetic.ts <history file> <out file> [days]`
// copies a short generated history's facts rows back in time, whole weeks at a time (so weekdays hold),
// until they span `days` (730 by default), rebuilds the counters from them, and times the figures in
// process through the same functions the routes call. The base tables are not copied, so a hub started
// on the result would rebuild the facts away: this is for seeing how the answers grow with the years
// while the real two-year generator is slow. Label anything it prints as synthetic.
import { copyFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openDatabase } from '../../db/open';
import { settingsToRunOn, type HubSettings } from '../../server/settings';
import { addCountsOf, splitKey, type Counts } from '../../server/stats/counters';
import { outcomes, practiceTable } from '../../server/stats/outcomes';
import { staffThroughput, teams } from '../../server/stats/teams';
import { daily, heatmap, slaByDay, summary } from '../../server/stats/volume';
import { capacity } from '../../server/stats/capacity';
import { summarize } from './stats';

const [source, out, daysArg] = process.argv.slice(2);
if (!source || !out) throw new Error('usage: statsSynthetic.ts <history file> <out file> [days]');
for (const name of readdirSync(dirname(source)).filter((n) => n.startsWith(basename(source)) && !n.endsWith('-wal') && !n.endsWith('-shm')))
  copyFileSync(join(dirname(source), name), join(dirname(out), name.replace(basename(source), basename(out))));
const db = openDatabase(out);
const raw = db.orm.$client;
const span = raw.prepare('select min(received_day) as a, max(received_day) as b, max(consultation_id) as id, (select max(handoff_id) from handoff_facts) as hid from request_facts').get() as { a: string; b: string; id: number; hid: number };
const spanDays = Math.ceil((Date.parse(span.b) - Date.parse(span.a)) / 86_400_000 / 7) * 7;
const copies = Math.ceil(Number(daysArg ?? 730) / spanDays) - 1;
const shift = (col: string, k: number) => `date(${col}, '-${k * spanDays} days')`;
const ms = (col: string, k: number) => `${col} - ${k * spanDays * 86_400_000}`;
console.log(`synthetic: ${spanDays} days of facts copied ${copies} times back in time`);
db.write(() => {
  for (let k = 1; k <= copies; k++) {
    raw.prepare(`insert into request_facts select consultation_id + ${k * span.id}, practice_ods, ${ms('received_at', k)}, ${shift('received_day', k)}, received_hour, received_weekday, red_flag,
      0, ${ms('first_action_at', k)}, ${ms('first_action_due', k)}, first_action_wm, first_destination, ${ms('closed_at', k)}, ${shift('closed_day', k)}, outcome_kind,
      final_destination, redirected, outcome_wm, ${ms('outcome_due', k)}, ${ms('next_working_day_end', k)}, completed_by_id from request_facts where consultation_id <= ${span.id}`).run();
    raw.prepare(`insert into handoff_facts select handoff_id + ${k * span.hid}, consultation_id + ${k * span.id}, practice_ods, destination, ${shift('offered_day', k)}, offered_by_id, status, answer_wm, red_flag
      from handoff_facts where handoff_id <= ${span.hid}`).run();
  }
  // The counters again from every facts row, a page of requests at a time.
  raw.prepare('delete from stats_counts').run();
  const page = raw.prepare('select * from request_facts where consultation_id > ? order by consultation_id limit 20000');
  const handoffs = raw.prepare('select * from handoff_facts where consultation_id between ? and ?');
  const camel = (row: unknown) => Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([k, v]) => [k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), v]));
  for (let after = 0; ; ) {
    const rows = page.all(after).map(camel) as never[] as Parameters<typeof addCountsOf>[1][];
    if (rows.length === 0) break;
    const last = rows.at(-1)!.consultationId;
    const byRequest = new Map<number, Parameters<typeof addCountsOf>[2][number][]>();
    for (const h of handoffs.all(rows[0]!.consultationId, last).map(camel) as never[] as Parameters<typeof addCountsOf>[2][number][]) byRequest.set(h.consultationId, [...(byRequest.get(h.consultationId) ?? []), h]);
    const counts: Counts = new Map();
    for (const f of rows) addCountsOf(counts, f, byRequest.get(f!.consultationId) ?? [], 1);
    db.q.stats.addCounts(counts, splitKey);
    after = last;
  }
});
const total = raw.prepare('select count(*) as n, min(received_day) as a, max(received_day) as b from request_facts').get() as { n: number; a: string; b: string };
console.log(`synthetic facts: ${total.n} requests, ${total.a}..${total.b}; ${db.q.stats.countsCount()} counter rows`);

const now = Date.now();
const settings = settingsToRunOn(db.q.settings.load(), new Date(now)).settings as HubSettings;
const to = total.b;
const from = new Date(Date.parse(to) - 364 * 86_400_000).toISOString().slice(0, 10);
const month = new Date(Date.parse(to) - 29 * 86_400_000).toISOString().slice(0, 10);
const practice = db.q.stats.practiceList()[0]!.ods;
const time = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const dashboard = (f: string) => () => {
  const r = { from: f, to, practice: null };
  summary(db, r, now, settings), daily(db, r, now), outcomes(db, r, now), slaByDay(db, r, now), heatmap(db, r, now);
  practiceTable(db, r, now), teams(db, r, now, settings), staffThroughput(db, r, now), capacity(db, null, now, settings);
};
for (const [name, f] of [
  ['summary, year, hub', () => summary(db, { from, to, practice: null }, now, settings)],
  ['summary, year, practice', () => summary(db, { from, to, practice }, now, settings)],
  ['dashboard, 30 days', dashboard(month)],
  ['dashboard, year', dashboard(from)],
] as const) {
  const runs = Array.from({ length: 12 }, () => time(f)).slice(2);
  const s = summarize(runs);
  console.log(`SYNTHETIC ${name}: p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (n=${s.n}, in process)`);
}
db.close();
