// The figures read from the counters (`stats_counts`, docs/metrics.md): sums of a few thousand small
// rows per year rather than a pass over every request. Histograms: whole months from the hub's monthly
// rows; a month the period cuts from the facts' covering indexes, its days inside the period, or its
// monthly row less the days outside when those are fewer; one practice's from its own index. The
// parts that depend on the moment of asking come from the few undecided or unfinished facts rows.
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { handoffFacts, practices, requestFacts, statsCounts, type StatsCountRow } from '../schema';
import type { Orm } from '../open';
import { keptStatements } from './keptStatements';
import type { DayRange } from './stats';

const HUB = '*';
const n = (v: unknown) => Number(v ?? 0);

const shiftDay = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const shiftMonth = (month: string, by: 1 | -1) => shiftDay(`${month}-15`, by * 30).slice(0, 7);
const lastDayOf = (month: string) => shiftDay(`${shiftMonth(month, 1)}-01`, -1);

const daysIn = (span: Span) => Math.round((Date.parse(span.to) - Date.parse(span.from)) / 86_400_000) + 1;

type Span = { from: string; to: string };

/**
 * How the hub's histograms for a range are read: whole months from the monthly rows, and each month
 * the range covers only in part from the facts. Where the range holds most of such a month, the month's
 * row is read and the days outside the range are taken away, so a 30-day period ending early in a month
 * reads a few days of facts rather than thirty (docs/metrics.md, "Reading").
 */
export function splitByMonth(r: Span): { months: Span | null; add: Span[]; subtract: Span[] } {
  const months: string[] = [];
  const add: Span[] = [];
  const subtract: Span[] = [];
  for (let m = r.from.slice(0, 7); m <= r.to.slice(0, 7); m = shiftMonth(m, 1)) {
    const [first, last] = [`${m}-01`, lastDayOf(m)];
    const inside = { from: r.from > first ? r.from : first, to: r.to < last ? r.to : last };
    const outside = [
      ...(inside.from > first ? [{ from: first, to: shiftDay(inside.from, -1) }] : []),
      ...(inside.to < last ? [{ from: shiftDay(inside.to, 1), to: last }] : []),
    ];
    if (outside.reduce((s, x) => s + daysIn(x), 0) < daysIn(inside)) {
      months.push(m);
      subtract.push(...outside);
    } else {
      add.push(inside);
    }
  }
  // Only the first and the last month can be left out, so the months read are one run.
  return { months: months.length > 0 ? { from: months[0]!, to: months.at(-1)! } : null, add, subtract };
}

export function statsCountQueries(orm: Orm, kept = keptStatements(orm)) {
  const c = statsCounts;
  const f = requestFacts;
  const h = handoffFacts;
  const rows = <T>(query: SQL) => kept.all<T>(query);
  const ph = sql.placeholder;
  const upsert = orm
    .insert(c)
    .values({ grain: ph('grain'), practiceOds: ph('practiceOds'), figure: ph('figure'), period: ph('period'), key: ph('key'), count: ph('count') } as never)
    .onConflictDoUpdate({ target: [c.grain, c.practiceOds, c.figure, c.period, c.key], set: { count: sql`${c.count} + excluded.count` } })
    .prepare();
  const figuresIn = (figures: readonly string[]) => sql.join(figures.map((x) => sql`${x}`), sql`, `);
  /** Day counters of the range, for the practice or the hub. */
  const dayRows = (r: DayRange, figures: readonly string[]) =>
    rows<{ figure: string; day: string; key: string; count: number }>(sql`select ${c.figure} as figure, ${c.period} as day, ${c.key} as key, ${c.count} as count
      from ${c} where ${c.grain} = 'd' and ${c.practiceOds} = ${r.practice ?? HUB} and ${c.figure} in (${figuresIn(figures)}) and ${c.period} between ${r.from} and ${r.to}`);
  // The planner is held to the small partial indexes (undecided, unfinished), not a day range of every request.
  const practiceWhereUnindexed = (r: DayRange) => (r.practice === null ? sql`1` : sql`+${f.practiceOds} = ${r.practice}`);
  const practiceWhere = (practiceCol: SQLiteColumn, r: DayRange) => (r.practice === null ? sql`1` : sql`${practiceCol} = ${r.practice}`);

  /** Whole working minutes → requests, merged from months and edge days (hub) or one practice's index. */
  function minutes(r: DayRange, of: 'firstAction' | 'outcome') {
    const col = of === 'firstAction' ? f.firstActionWm : f.outcomeWm;
    const fromFacts = (from: string, to: string) =>
      rows<{ value: number; count: number }>(sql`select ${col} as value, count(*) as count from ${f}
        where ${practiceWhere(f.practiceOds, r)} and ${f.receivedDay} between ${from} and ${to} and ${col} is not null group by ${col}`);
    if (r.practice !== null) return fromFacts(r.from, r.to);
    const { months, add, subtract } = splitByMonth(r);
    const parts = [...add.flatMap((e) => fromFacts(e.from, e.to)), ...subtract.flatMap((e) => fromFacts(e.from, e.to)).map((x) => ({ ...x, count: -n(x.count) }))];
    if (months) {
      const figure = of === 'firstAction' ? 'first_action_wm' : 'outcome_wm';
      parts.push(
        ...rows<{ value: string; count: number }>(sql`select ${c.key} as value, sum(${c.count}) as count from ${c} where ${c.grain} = 'm' and ${c.practiceOds} = ${HUB}
          and ${c.figure} = ${figure} and ${c.period} between ${months.from} and ${months.to} and ${c.count} != 0 group by ${c.key}`).map((x) => ({ value: Number(x.value), count: n(x.count) })),
      );
    }
    return merge(parts, (x) => String(x.value)).map(([, x]) => x);
  }

  return {
    /** Adds each counter's change (`grain|practice|figure|period|key` → by how much). */
    addCounts(delta: Map<string, number>, split: (k: string) => Omit<StatsCountRow, 'count'>) {
      for (const [k, by] of delta) {
        const s = split(k);
        upsert.run({ ...s, count: by });
      }
    },
    clearCounts: () => orm.delete(c).run(),
    countsCount: () => n(orm.get<{ c: number }>(sql`select count(*) as c from ${c}`)?.c),
    /** Every counter that is not zero, in key order (the property test compares them with a rebuild). */
    allCounts: () => orm.all<StatsCountRow>(sql`select grain, practice_ods as practiceOds, figure, period, key, count from ${c} where count != 0 order by grain, practice_ods, figure, period, key`),
    dayRows,
    /** Day counters summed over the range by figure and key. */
    daySums(r: DayRange, figures: readonly string[]) {
      return rows<{ figure: string; key: string; count: number }>(sql`select ${c.figure} as figure, ${c.key} as key, sum(${c.count}) as count
        from ${c} where ${c.grain} = 'd' and ${c.practiceOds} = ${r.practice ?? HUB} and ${c.figure} in (${figuresIn(figures)}) and ${c.period} between ${r.from} and ${r.to}
        group by ${c.figure}, ${c.key} having sum(${c.count}) != 0`).map((x) => ({ ...x, count: n(x.count) }));
    },
    /** Day counters summed over the range per member practice. */
    practiceSums(r: { from: string; to: string }, figures: readonly string[]) {
      return rows<{ practice: string; figure: string; key: string; count: number }>(sql`select ${c.practiceOds} as practice, ${c.figure} as figure, ${c.key} as key, sum(${c.count}) as count
        from ${c} where ${c.grain} = 'd' and ${c.practiceOds} in (select ${practices.ods} from ${practices}) and ${c.figure} in (${figuresIn(figures)})
        and ${c.period} between ${r.from} and ${r.to} group by ${c.practiceOds}, ${c.figure}, ${c.key} having sum(${c.count}) != 0`).map((x) => ({ ...x, count: n(x.count) }));
    },
    /** Received in the range, not yet decided, whose first-action deadline is after `now`, per received day. */
    undecidedAhead(r: DayRange, now: number) {
      return rows<{ day: string; count: number }>(sql`select ${f.receivedDay} as day, count(*) as count from ${f} indexed by request_facts_undecided where ${f.firstActionAt} is null and ${f.firstActionDue} > ${now}
        and +${f.receivedDay} between ${r.from} and ${r.to} and ${practiceWhereUnindexed(r)} group by ${f.receivedDay}`);
    },
    /** Received in the range and not finished, past their outcome deadline and past the next working day, per received day. */
    unfinishedPast(r: DayRange, now: number) {
      return rows<{ day: string; outcomePast: number; nextDayPast: number }>(sql`select ${f.receivedDay} as day, sum(${f.outcomeDue} <= ${now}) as outcomePast,
        sum(${f.nextWorkingDayEnd} <= ${now}) as nextDayPast from ${f} indexed by request_facts_unfinished where ${f.outcomeKind} is null
        and +${f.receivedDay} between ${r.from} and ${r.to} and ${practiceWhereUnindexed(r)} group by ${f.receivedDay}`);
    },
    minutes,
    /** Hand-offs' working minutes to their answer, by destination, answer and red flag. */
    answerMinutes(r: DayRange) {
      // Counted per day first, in the covering index's own order, then per key: SQLite sorts a few
      // thousand day groups rather than every hand-off of the period. Keys as the monthly rows spell them.
      const fromFacts = (from: string, to: string) =>
        rows<{ key: string; count: number }>(sql`select key, sum(c) as count from (select ${h.destination} || '|' || ${h.status} || '|' || ${h.redFlag} || '|' || ${h.answerWm} as key, count(*) as c
          from ${h} where ${practiceWhere(h.practiceOds, r)} and ${h.offeredDay} between ${from} and ${to} and ${h.answerWm} is not null
          group by ${h.offeredDay}, ${h.destination}, ${h.status}, ${h.redFlag}, ${h.answerWm}) group by key`);
      const totals = new Map<string, number>();
      const addUp = (parts: { key: string; count: number }[], sign: 1 | -1) => {
        for (const x of parts) totals.set(x.key, (totals.get(x.key) ?? 0) + sign * n(x.count));
      };
      if (r.practice !== null) addUp(fromFacts(r.from, r.to), 1);
      else {
        const { months, add, subtract } = splitByMonth(r);
        for (const e of add) addUp(fromFacts(e.from, e.to), 1);
        for (const e of subtract) addUp(fromFacts(e.from, e.to), -1);
        if (months) {
          addUp(rows(sql`select ${c.key} as key, sum(${c.count}) as count from ${c} where ${c.grain} = 'm' and ${c.practiceOds} = ${HUB}
            and ${c.figure} = 'answer_wm' and ${c.period} between ${months.from} and ${months.to} and ${c.count} != 0 group by ${c.key}`), 1);
        }
      }
      return [...totals].filter(([, count]) => count !== 0).map(([key, count]) => {
        const [destination, status, redFlag, value] = key.split('|') as [string, string, string, string];
        return { destination, status, redFlag: Number(redFlag), value: Number(value), count };
      });
    },
  };
}

/** Rows with the same key added up (the months' and the edge days' parts of one histogram). */
function merge<T extends { count: number }>(parts: T[], keyOf: (x: T) => string): [string, T][] {
  const out = new Map<string, T>();
  for (const x of parts) {
    const k = keyOf(x);
    const had = out.get(k);
    out.set(k, had ? { ...had, count: had.count + n(x.count) } : { ...x, count: n(x.count) });
  }
  return [...out.entries()].filter(([, x]) => x.count !== 0);
}
