// The figures' queries (docs/metrics.md): the rollup's writes, and aggregates over request_facts and
// handoff_facts filtered by hub-local day range and, optionally, one practice. None reads a patient column.
import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { consultations, decisionReviews, handoffFacts, patientMessages, practices, requestFacts, sessions, staff, type HandoffFactsRow, type RequestFactsRow } from '../schema';
import type { Role } from '../../shared/schemas/domain';
import { FINAL_MESSAGE_STATUSES, type MessageStatus } from '../../shared/schemas/messages';
import type { Orm } from '../open';
import { keptStatements } from './keptStatements';
import { statsCountQueries } from './statsCounts';

const ph = sql.placeholder;

/** A period of hub-local days, both included, and the practice it is narrowed to (null: the whole hub). */
export interface DayRange {
  from: string;
  to: string;
  practice: string | null;
}

const n = (v: unknown) => Number(v ?? 0);
const isSettledMessage = (status: SQLiteColumn) => sql`${status} in (${sql.join(FINAL_MESSAGE_STATUSES.map((x) => sql`${x}`), sql`, `)})`;
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** The day counters of a request's receipt that the summary and the SLA figures read. */
const RECEIVED_FIGURES = ['received', 'triaged', 'undecided', 'completed', 'cancelled', 'still_open', 'redirected', 'first_action_met', 'outcome_met', 'next_day_met'] as const;
const inRange = (day: SQLiteColumn, practiceCol: SQLiteColumn, r: DayRange) =>
  sql`${day} between ${r.from} and ${r.to} and (${r.practice} is null or ${practiceCol} = ${r.practice})`;

export function statsQueries(orm: Orm) {
  // Every change writes these: prepared once (docs/metrics.md), as the hot path's other statements are.
  const factColumns = Object.entries(getTableColumns(requestFacts));
  const upsertRequest = orm
    .insert(requestFacts)
    .values(Object.fromEntries(factColumns.map(([key]) => [key, ph(key)])) as never)
    .onConflictDoUpdate({
      target: requestFacts.consultationId,
      set: Object.fromEntries(factColumns.filter(([key]) => key !== 'consultationId').map(([key, col]) => [key, sql.raw(`excluded.${col.name}`)])),
    })
    .prepare();
  const insertHandoff = orm
    .insert(handoffFacts)
    .values(Object.fromEntries(Object.keys(getTableColumns(handoffFacts)).map((key) => [key, ph(key)])) as never)
    .prepare();
  const forgetHandoffs = orm.delete(handoffFacts).where(eq(handoffFacts.consultationId, ph('consultationId'))).prepare();
  const factsById = orm.select().from(requestFacts).where(eq(requestFacts.consultationId, ph('consultationId'))).prepare();
  const handoffFactsByRequest = orm.select().from(handoffFacts).where(eq(handoffFacts.consultationId, ph('consultationId'))).orderBy(handoffFacts.handoffId).prepare();
  const kept = keptStatements(orm);
  const rows = <T>(query: SQL) => kept.all<T>(query);
  const counts = statsCountQueries(orm, kept);
  const one = <T>(query: SQL) => kept.get<T>(query);
  // Moves with every write below, inside the writer's transaction: answers kept by the figures'
  // cache (server/stats/answerCache.ts) are kept per version, so one asked after a commit is new.
  let version = 0;

  return {
    /** How many writes the figures' tables have had through this connection (not persisted). */
    version: () => version,
    /** Writes one request's facts and its hand-offs' facts in place of what was there. */
    writeFacts(request: RequestFactsRow, handoffRows: HandoffFactsRow[]) {
      version++;
      upsertRequest.run(request);
      forgetHandoffs.run({ consultationId: request.consultationId });
      for (const row of handoffRows) insertHandoff.run(row);
    },
    /** A request's facts row and its hand-offs' rows as they stand (before a change rewrites them). */
    factsOf: (consultationId: number) => ({ facts: factsById.get({ consultationId }), handoffs: handoffFactsByRequest.all({ consultationId }) }),
    addCounts(delta: Map<string, number>, split: Parameters<typeof counts.addCounts>[1]) {
      if (delta.size === 0) return;
      version++;
      counts.addCounts(delta, split);
    },
    clearFacts() {
      version++;
      orm.delete(requestFacts).run();
      orm.delete(handoffFacts).run();
      counts.clearCounts();
    },
    countsCount: counts.countsCount,
    allCounts: counts.allCounts,
    factsCount: () => n(one<{ c: number }>(sql`select count(*) as c from ${requestFacts}`)?.c),
    requestCount: () => n(one<{ c: number }>(sql`select count(*) as c from ${consultations}`)?.c),
    /** Request ids after `afterId`, a page at a time, for a rebuild. */
    requestIdsAfter: (afterId: number, limit: number) =>
      rows<{ id: number }>(sql`select ${consultations.id} as id from ${consultations} where ${consultations.id} > ${afterId} order by ${consultations.id} limit ${limit}`).map((r) => r.id),
    allRequestFacts: () => orm.select().from(requestFacts).orderBy(requestFacts.consultationId).all(),
    allHandoffFacts: () => orm.select().from(handoffFacts).orderBy(handoffFacts.handoffId).all(),

    /** Counts of the requests received in the range, and their SLA results as of `now`. */
    receivedSummary(r: DayRange, now: number) {
      const sums = new Map(counts.daySums(r, RECEIVED_FIGURES).map((x) => [x.figure, x.count]));
      const v = (figure: (typeof RECEIVED_FIGURES)[number]) => sums.get(figure) ?? 0;
      const ahead = counts.undecidedAhead(r, now).reduce((s, x) => s + n(x.count), 0);
      const past = counts.unfinishedPast(r, now);
      return {
        received: v('received'),
        triaged: v('triaged'),
        completed: v('completed'),
        cancelled: v('cancelled'),
        stillOpen: v('still_open'),
        redirected: v('redirected'),
        firstActionMet: v('first_action_met'),
        firstActionBase: v('triaged') + v('undecided') - ahead,
        outcomeMet: v('outcome_met'),
        outcomeBase: v('completed') + past.reduce((s, x) => s + n(x.outcomePast), 0),
        nextDayMet: v('next_day_met'),
        nextDayBase: v('completed') + past.reduce((s, x) => s + n(x.nextDayPast), 0),
      };
    },
    /** The same, per received day (days with no request are left out). */
    receivedByDay(r: DayRange, now: number) {
      const days = new Map<string, Record<string, number>>();
      for (const x of counts.dayRows(r, RECEIVED_FIGURES)) {
        const day = days.get(x.day) ?? {};
        day[x.figure] = n(x.count);
        days.set(x.day, day);
      }
      const ahead = new Map(counts.undecidedAhead(r, now).map((x) => [x.day, n(x.count)]));
      const past = new Map(counts.unfinishedPast(r, now).map((x) => [x.day, x]));
      return [...days.entries()]
        .filter(([, d]) => (d.received ?? 0) > 0)
        .map(([day, d]) => {
          const v = (k: string) => d[k] ?? 0;
          return {
            day,
            received: v('received'),
            triaged: v('triaged'),
            firstActionMet: v('first_action_met'),
            firstActionBase: v('triaged') + v('undecided') - (ahead.get(day) ?? 0),
            outcomeMet: v('outcome_met'),
            outcomeBase: v('completed') + n(past.get(day)?.outcomePast),
            nextDayMet: v('next_day_met'),
            nextDayBase: v('completed') + n(past.get(day)?.nextDayPast),
          } as Record<string, number | string>;
        });
    },
    /** Closures per closed day: all, completed, cancelled, redirected. */
    closedByDay(r: DayRange) {
      const days = new Map<string, { day: string; closed: number; completed: number; cancelled: number; redirected: number }>();
      const field = { closed: 'closed', closed_completed: 'completed', closed_cancelled: 'cancelled', closed_redirected: 'redirected' } as const;
      for (const x of counts.dayRows(r, Object.keys(field))) {
        const day = days.get(x.day) ?? { day: x.day, closed: 0, completed: 0, cancelled: 0, redirected: 0 };
        day[field[x.figure as keyof typeof field]] = n(x.count);
        days.set(x.day, day);
      }
      return [...days.values()].filter((d) => d.closed > 0);
    },
    /** Requests received before `day` and not closed before it: the backlog as the day begins. */
    backlogBefore(day: string, practice: string | null) {
      const sums = new Map(counts.daySums({ from: '0000-01-01', to: dayBefore(day), practice }, ['received', 'closed']).map((x) => [x.figure, x.count]));
      return (sums.get('received') ?? 0) - (sums.get('closed') ?? 0);
    },
    /** Whole working minutes → requests, for an exact median and 90th percentile. */
    histogram: (r: DayRange, of: 'firstAction' | 'outcome') => counts.minutes(r, of),
    /** Completed requests received in the range by final destination, per practice. */
    outcomeMix(r: DayRange) {
      const all = r.practice === null ? counts.practiceSums(r, ['destination']) : counts.daySums(r, ['destination']).map((x) => ({ ...x, practice: r.practice! }));
      return all.map((x) => ({ practice: x.practice, destination: x.key, count: x.count }));
    },
    receivedByPractice(r: DayRange) {
      const figures = ['received', 'completed', 'redirected'];
      const all = r.practice === null ? counts.practiceSums(r, figures) : counts.daySums(r, figures).map((x) => ({ ...x, practice: r.practice! }));
      const out = new Map<string, { practice: string; received: number; completed: number; redirected: number }>();
      for (const x of all) {
        const row = out.get(x.practice) ?? { practice: x.practice, received: 0, completed: 0, redirected: 0 };
        row[x.figure as 'received' | 'completed' | 'redirected'] = x.count;
        out.set(x.practice, row);
      }
      return [...out.values()].filter((row) => row.received > 0);
    },
    heatmap(r: DayRange) {
      return counts.daySums(r, ['heat']).map((x) => {
        const [weekday, hour] = x.key.split(':').map(Number) as [number, number];
        return { weekday, hour, count: x.count };
      });
    },
    /** Hand-offs offered in the range, per destination and how they were answered. */
    handoffsByStatus(r: DayRange) {
      return counts.daySums(r, ['handoffs']).map((x) => {
        const [destination, status, redFlag] = x.key.split('|') as [string, string, string];
        return { destination, status, redFlag: Number(redFlag), count: x.count };
      });
    },
    /** Working minutes to the answer, per destination and answer, for medians; red-flag duty offers for the allowance. */
    handoffAnswerHistogram: (r: DayRange) => counts.answerMinutes(r),
    decisionsByPerson: (r: DayRange) => counts.daySums(r, ['decisions']).map((x) => ({ id: x.key, count: x.count })),
    completionsByPerson: (r: DayRange) => counts.daySums(r, ['completions']).map((x) => ({ id: x.key, count: x.count })),
    /** Settled patient messages about requests received in the range, by final status, from the counters. */
    messagesByStatus: (r: DayRange) => counts.daySums(r, ['messages']).map((x) => ({ status: x.key, count: x.count })),
    /** Settled messages of the requests with ids in [fromId, toId], per request and status, for a rebuild (their text is never read). */
    settledMessagesBetween(fromId: number, toId: number) {
      const m = patientMessages;
      const out = new Map<number, { status: MessageStatus; count: number }[]>();
      for (const x of rows<{ id: number; status: MessageStatus; count: number }>(sql`select ${m.consultationId} as id, ${m.status} as status, count(*) as count from ${m}
        where ${m.consultationId} between ${fromId} and ${toId} and ${isSettledMessage(m.status)} group by 1, 2`)) {
        out.set(x.id, [...(out.get(x.id) ?? []), { status: x.status, count: n(x.count) }]);
      }
      return out;
    },
    /** Settled messages exist but no message counter: a database from before messages were counted. */
    messageCountsMissing: () =>
      n(one<{ c: number }>(sql`select exists(select 1 from ${patientMessages} where ${isSettledMessage(patientMessages.status)})
        and not exists(select 1 from stats_counts where grain = 'd' and practice_ods = '*' and figure = 'messages') as c`)?.c) === 1,
    /** The lead's verdicts on decisions made in [fromAt, toAt), narrowed by the request's practice. */
    reviewVerdicts(fromAt: number, toAt: number, practice: string | null) {
      const f = requestFacts;
      return rows<{ verdict: string; count: number }>(sql`select ${decisionReviews.verdict} as verdict, count(*) as count from ${decisionReviews}
        join ${f} on ${f.consultationId} = ${decisionReviews.consultationId}
        where ${decisionReviews.decidedAt} >= ${fromAt} and ${decisionReviews.decidedAt} < ${toAt} and (${practice} is null or ${f.practiceOds} = ${practice})
        group by ${decisionReviews.verdict}`);
    },
    /** Requests received in [fromAt, toAt) (a part of one day), narrowed by practice. */
    receivedBetween(day: string, fromAt: number, toAt: number, practice: string | null) {
      const f = requestFacts;
      return n(one<{ c: number }>(sql`select count(*) as c from ${f} where ${f.receivedDay} = ${day} and ${f.receivedAt} >= ${fromAt} and ${f.receivedAt} < ${toAt}
        and (${practice} is null or ${f.practiceOds} = ${practice})`)?.c);
    },
    openNow(practice: string | null) {
      const f = requestFacts;
      return n(one<{ c: number }>(sql`select count(*) as c from ${f} where ${f.open} = 1 and (${practice} is null or ${f.practiceOds} = ${practice})`)?.c);
    },
    /** Roles of the staff with a live session (one entry per person). */
    signedInRoles(now: number) {
      return rows<{ roles: string }>(sql`select ${staff.roles} as roles from ${staff} where ${staff.id} in (select ${sessions.staffId} from ${sessions} where ${sessions.expiresAt} > ${now})`).map(
        (r) => JSON.parse(r.roles) as Role[],
      );
    },
    practiceList: () => orm.select({ ods: practices.ods, name: practices.name, listSize: practices.listSize }).from(practices).orderBy(practices.ods).all(),
    setListSize(ods: string, listSize: number | null) {
      version++;
      return orm.update(practices).set({ listSize }).where(eq(practices.ods, ods)).run().changes;
    },
  };
}

export type StatsQueries = ReturnType<typeof statsQueries>;
