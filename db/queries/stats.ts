// The figures' queries (docs/metrics.md): the rollup's writes, and aggregates over request_facts and
// handoff_facts filtered by hub-local day range and, optionally, one practice. None reads a patient column.
import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { consultations, decisionReviews, handoffFacts, patientMessages, practices, requestFacts, sessions, staff, type HandoffFactsRow, type RequestFactsRow } from '../schema';
import type { Role } from '../../shared/schemas/domain';
import type { Orm } from '../open';

const ph = sql.placeholder;

/** A period of hub-local days, both included, and the practice it is narrowed to (null: the whole hub). */
export interface DayRange {
  from: string;
  to: string;
  practice: string | null;
}

const n = (v: unknown) => Number(v ?? 0);
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
  const rows = <T>(query: SQL) => orm.all<T>(query);
  const one = <T>(query: SQL) => orm.get<T>(query);

  return {
    /** Writes one request's facts and its hand-offs' facts in place of what was there. */
    writeFacts(request: RequestFactsRow, handoffRows: HandoffFactsRow[]) {
      upsertRequest.run(request);
      forgetHandoffs.run({ consultationId: request.consultationId });
      for (const row of handoffRows) insertHandoff.run(row);
    },
    clearFacts() {
      orm.delete(requestFacts).run();
      orm.delete(handoffFacts).run();
    },
    factsCount: () => n(one<{ c: number }>(sql`select count(*) as c from ${requestFacts}`)?.c),
    requestCount: () => n(one<{ c: number }>(sql`select count(*) as c from ${consultations}`)?.c),
    /** Request ids after `afterId`, a page at a time, for a rebuild. */
    requestIdsAfter: (afterId: number, limit: number) =>
      rows<{ id: number }>(sql`select ${consultations.id} as id from ${consultations} where ${consultations.id} > ${afterId} order by ${consultations.id} limit ${limit}`).map((r) => r.id),
    allRequestFacts: () => orm.select().from(requestFacts).orderBy(requestFacts.consultationId).all(),
    allHandoffFacts: () => orm.select().from(handoffFacts).orderBy(handoffFacts.handoffId).all(),

    /** Counts of the requests received in the range, and their SLA results as of `now`. */
    receivedSummary(r: DayRange, now: number) {
      const f = requestFacts;
      const finished = sql`(${f.outcomeKind} is not null and ${f.outcomeKind} != 'cancelled')`;
      const notCancelled = sql`(${f.outcomeKind} is null or ${f.outcomeKind} != 'cancelled')`;
      const row = one<Record<string, number>>(sql`
        select count(*) as received,
          sum(${f.firstActionAt} is not null) as triaged,
          sum(${finished}) as completed,
          sum(${f.outcomeKind} = 'cancelled') as cancelled,
          sum(${f.open}) as stillOpen,
          sum(${f.redirected}) as redirected,
          sum(${f.firstActionAt} is not null and ${f.firstActionAt} <= ${f.firstActionDue}) as firstActionMet,
          sum(${f.firstActionAt} is not null or ${f.firstActionDue} <= ${now}) as firstActionBase,
          sum(${finished} and ${f.closedAt} <= ${f.outcomeDue}) as outcomeMet,
          sum(${notCancelled} and (${finished} or ${f.outcomeDue} <= ${now})) as outcomeBase,
          sum(${finished} and ${f.closedAt} <= ${f.nextWorkingDayEnd}) as nextDayMet,
          sum(${notCancelled} and (${finished} or ${f.nextWorkingDayEnd} <= ${now})) as nextDayBase
        from ${f} where ${inRange(f.receivedDay, f.practiceOds, r)}`);
      return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, n(v)])) as Record<
        'received' | 'triaged' | 'completed' | 'cancelled' | 'stillOpen' | 'redirected' | 'firstActionMet' | 'firstActionBase' | 'outcomeMet' | 'outcomeBase' | 'nextDayMet' | 'nextDayBase',
        number
      >;
    },
    /** The same, per received day. */
    receivedByDay(r: DayRange, now: number) {
      const f = requestFacts;
      const finished = sql`(${f.outcomeKind} is not null and ${f.outcomeKind} != 'cancelled')`;
      const notCancelled = sql`(${f.outcomeKind} is null or ${f.outcomeKind} != 'cancelled')`;
      return rows<Record<string, number | string>>(sql`
        select ${f.receivedDay} as day, count(*) as received, sum(${f.firstActionAt} is not null) as triaged,
          sum(${f.firstActionAt} is not null and ${f.firstActionAt} <= ${f.firstActionDue}) as firstActionMet,
          sum(${f.firstActionAt} is not null or ${f.firstActionDue} <= ${now}) as firstActionBase,
          sum(${finished} and ${f.closedAt} <= ${f.outcomeDue}) as outcomeMet,
          sum(${notCancelled} and (${finished} or ${f.outcomeDue} <= ${now})) as outcomeBase,
          sum(${finished} and ${f.closedAt} <= ${f.nextWorkingDayEnd}) as nextDayMet,
          sum(${notCancelled} and (${finished} or ${f.nextWorkingDayEnd} <= ${now})) as nextDayBase
        from ${f} where ${inRange(f.receivedDay, f.practiceOds, r)} group by ${f.receivedDay}`);
    },
    /** Closures per closed day: all, completed, cancelled, redirected. */
    closedByDay(r: DayRange) {
      const f = requestFacts;
      return rows<{ day: string; closed: number; completed: number; cancelled: number; redirected: number }>(sql`
        select ${f.closedDay} as day, count(*) as closed, sum(${f.outcomeKind} != 'cancelled') as completed,
          sum(${f.outcomeKind} = 'cancelled') as cancelled, sum(${f.redirected}) as redirected
        from ${f} where ${inRange(f.closedDay, f.practiceOds, r)} group by ${f.closedDay}`);
    },
    /** Requests received before `day` and not closed before it: the backlog as the day begins. */
    backlogBefore(day: string, practice: string | null) {
      const f = requestFacts;
      const p = sql`(${practice} is null or ${f.practiceOds} = ${practice})`;
      const received = n(one<{ c: number }>(sql`select count(*) as c from ${f} where ${f.receivedDay} < ${day} and ${p}`)?.c);
      const closed = n(one<{ c: number }>(sql`select count(*) as c from ${f} where ${f.closedDay} < ${day} and ${p}`)?.c);
      return received - closed;
    },
    /** Whole working minutes → requests, for an exact median and 90th percentile. */
    histogram(r: DayRange, of: 'firstAction' | 'outcome') {
      const f = requestFacts;
      const col = of === 'firstAction' ? f.firstActionWm : f.outcomeWm;
      return rows<{ value: number; count: number }>(sql`select ${col} as value, count(*) as count from ${f}
        where ${inRange(f.receivedDay, f.practiceOds, r)} and ${col} is not null group by ${col}`);
    },
    /** Completed requests received in the range by final destination, per practice. */
    outcomeMix(r: DayRange) {
      const f = requestFacts;
      return rows<{ practice: string; destination: string; count: number }>(sql`select ${f.practiceOds} as practice, ${f.finalDestination} as destination, count(*) as count
        from ${f} where ${inRange(f.receivedDay, f.practiceOds, r)} and ${f.outcomeKind} != 'cancelled' and ${f.finalDestination} is not null
        group by ${f.practiceOds}, ${f.finalDestination}`);
    },
    receivedByPractice(r: DayRange) {
      const f = requestFacts;
      return rows<{ practice: string; received: number; completed: number; redirected: number }>(sql`select ${f.practiceOds} as practice, count(*) as received,
        sum(${f.outcomeKind} is not null and ${f.outcomeKind} != 'cancelled') as completed, sum(${f.redirected}) as redirected
        from ${f} where ${inRange(f.receivedDay, f.practiceOds, r)} group by ${f.practiceOds}`);
    },
    heatmap(r: DayRange) {
      const f = requestFacts;
      return rows<{ weekday: number; hour: number; count: number }>(sql`select ${f.receivedWeekday} as weekday, ${f.receivedHour} as hour, count(*) as count
        from ${f} where ${inRange(f.receivedDay, f.practiceOds, r)} group by ${f.receivedWeekday}, ${f.receivedHour}`);
    },
    /** Hand-offs offered in the range, per destination and how they were answered. */
    handoffsByStatus(r: DayRange) {
      const h = handoffFacts;
      return rows<{ destination: string; status: string; redFlag: number; count: number }>(sql`select ${h.destination} as destination, ${h.status} as status, ${h.redFlag} as redFlag, count(*) as count
        from ${h} where ${inRange(h.offeredDay, h.practiceOds, r)} group by ${h.destination}, ${h.status}, ${h.redFlag}`);
    },
    /** Working minutes to the answer, per destination and answer, for medians; red-flag duty offers for the allowance. */
    handoffAnswerHistogram(r: DayRange) {
      const h = handoffFacts;
      return rows<{ destination: string; status: string; redFlag: number; value: number; count: number }>(sql`select ${h.destination} as destination, ${h.status} as status, ${h.redFlag} as redFlag,
        ${h.answerWm} as value, count(*) as count from ${h} where ${inRange(h.offeredDay, h.practiceOds, r)} and ${h.answerWm} is not null
        group by ${h.destination}, ${h.status}, ${h.redFlag}, ${h.answerWm}`);
    },
    decisionsByPerson(r: DayRange) {
      const h = handoffFacts;
      return rows<{ id: string; count: number }>(sql`select ${h.offeredById} as id, count(*) as count from ${h} where ${inRange(h.offeredDay, h.practiceOds, r)} group by ${h.offeredById}`);
    },
    completionsByPerson(r: DayRange) {
      const f = requestFacts;
      return rows<{ id: string; count: number }>(sql`select ${f.completedById} as id, count(*) as count from ${f}
        where ${inRange(f.closedDay, f.practiceOds, r)} and ${f.completedById} is not null group by ${f.completedById}`);
    },
    /** Patient messages about requests received in the range, by status (their text is never read). */
    messagesByStatus(r: DayRange) {
      const f = requestFacts;
      return rows<{ status: string; count: number }>(sql`select ${patientMessages.status} as status, count(*) as count from ${patientMessages}
        join ${f} on ${f.consultationId} = ${patientMessages.consultationId} where ${inRange(f.receivedDay, f.practiceOds, r)} group by ${patientMessages.status}`);
    },
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
    setListSize: (ods: string, listSize: number | null) => orm.update(practices).set({ listSize }).where(eq(practices.ods, ods)).run().changes,
  };
}

export type StatsQueries = ReturnType<typeof statsQueries>;
