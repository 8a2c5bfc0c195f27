// The figures' rollup (docs/metrics.md): one facts row per request and one per hand-off, rewritten in
// the same transaction as every change to the request (server/stats/rollup.ts, called from
// recordChange), so a year's figures are aggregates over small integer columns with no working-time
// walk and no patient data read. Each row is a pure function of the request and its hand-offs
// (shared/rules/metricsFacts.ts), so a rebuild from the base tables gives the same rows.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import type { Destination } from '../../shared/schemas/domain';

export const requestFacts = sqliteTable(
  'request_facts',
  {
    consultationId: integer('consultation_id').primaryKey(),
    practiceOds: text('practice_ods').notNull(),
    receivedAt: integer('received_at').notNull(),
    /** Hub-local calendar day (YYYY-MM-DD), hour 0..23 and weekday 0..6 (Sunday 0) of receipt. */
    receivedDay: text('received_day').notNull(),
    receivedHour: integer('received_hour').notNull(),
    receivedWeekday: integer('received_weekday').notNull(),
    redFlag: integer('red_flag').notNull(),
    /** 1 while the request is in no final status. */
    open: integer('open').notNull(),
    firstActionAt: integer('first_action_at'),
    firstActionDue: integer('first_action_due').notNull(),
    /** Whole working minutes from receipt to the first routing decision. */
    firstActionWm: integer('first_action_wm'),
    firstDestination: text('first_destination').$type<Destination>(),
    closedAt: integer('closed_at'),
    closedDay: text('closed_day'),
    /** completed | routed | referred | accepted_by_practice | cancelled (shared/schemas/outcome.ts). */
    outcomeKind: text('outcome_kind'),
    finalDestination: text('final_destination').$type<Destination>(),
    redirected: integer('redirected').notNull(),
    /** Whole working minutes from receipt to closure (not for cancelled requests). */
    outcomeWm: integer('outcome_wm'),
    outcomeDue: integer('outcome_due').notNull(),
    /** The end of the next working day after the day the SLA clock started (docs/metrics.md). */
    nextWorkingDayEnd: integer('next_working_day_end').notNull(),
    /** The clinician who recorded a completed outcome (staff id as text), for throughput. */
    completedById: text('completed_by_id'),
  },
  (t) => [
    // Today's capacity counts the arrivals of part of a day (receivedBetween): from the index alone.
    index('request_facts_received').on(t.receivedDay, t.receivedAt, t.practiceOds),
    index('request_facts_closed').on(t.closedDay, t.practiceOds),
    // The backlog now: only open requests are in it, and a request leaves it once, at closure.
    index('request_facts_open').on(t.practiceOds).where(sql`${t.open} = 1`),
    // One practice's histograms and the hub's days either side of whole months, read from the index alone.
    index('request_facts_practice_minutes').on(t.practiceOds, t.receivedDay, t.firstActionWm, t.outcomeWm),
    index('request_facts_day_minutes').on(t.receivedDay, t.firstActionWm, t.outcomeWm),
    // The parts of the SLA figures that depend on the moment of asking: undecided requests whose
    // first-action deadline is still ahead, and unfinished ones (docs/metrics.md).
    index('request_facts_undecided').on(t.firstActionDue).where(sql`${t.firstActionAt} is null`),
    index('request_facts_unfinished').on(t.receivedDay).where(sql`${t.outcomeKind} is null`),
  ],
);

export const handoffFacts = sqliteTable(
  'handoff_facts',
  {
    handoffId: integer('handoff_id').primaryKey(),
    consultationId: integer('consultation_id').notNull(),
    practiceOds: text('practice_ods').notNull(),
    destination: text('destination').$type<Destination>().notNull(),
    offeredDay: text('offered_day').notNull(),
    offeredById: text('offered_by_id').notNull(),
    status: text('status').notNull(),
    /** Whole working minutes from the offer to its answer (accepted, declined, expired, acknowledged). */
    answerWm: integer('answer_wm'),
    redFlag: integer('red_flag').notNull(),
  },
  (t) => [
    index('handoff_facts_offered').on(t.offeredDay, t.practiceOds),
    index('handoff_facts_consultation').on(t.consultationId),
    // One practice's answer times, and the hub's days either side of whole months, from the index alone.
    index('handoff_facts_practice_answers').on(t.practiceOds, t.offeredDay, t.destination, t.status, t.redFlag, t.answerWm),
    index('handoff_facts_day_answers').on(t.offeredDay, t.destination, t.status, t.redFlag, t.answerWm),
  ],
);

export type RequestFactsRow = typeof requestFacts.$inferSelect;
export type HandoffFactsRow = typeof handoffFacts.$inferSelect;

/**
 * Counters over the facts rows, kept by difference in the same transaction (server/stats/counters.ts):
 * `grain` 'd' is a hub-local day (`period` YYYY-MM-DD), per practice and for the whole hub (practice
 * '*'); 'm' is a month (YYYY-MM) of the hub's working-minute histograms. `figure` names what is
 * counted and `key` its breakdown (a destination, an hour, a staff id, a number of minutes), so a
 * year's figures read a few thousand rows rather than every request (docs/metrics.md).
 * Stored WITHOUT ROWID, in the key's order (hand-written migration 0026: drizzle-kit cannot declare
 * it); a generated migration that rebuilds this table must keep that clause.
 */
export const statsCounts = sqliteTable(
  'stats_counts',
  {
    grain: text('grain').$type<'d' | 'm'>().notNull(),
    practiceOds: text('practice_ods').notNull(),
    figure: text('figure').notNull(),
    period: text('period').notNull(),
    key: text('key').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.grain, t.practiceOds, t.figure, t.period, t.key] })],
);

export type StatsCountRow = typeof statsCounts.$inferSelect;
