// The figures counted straight from the facts rows, as the hub counted them before it kept counters
// (docs/metrics.md): the property test holds the counters' answers to these, over any period.
import { sql } from 'drizzle-orm';
import type { HubDatabase } from '../../db/open';
import type { DayRange } from '../../db/queries/stats';

const byKey = <T extends Record<string, unknown>>(rows: T[], key: (r: T) => string) => new Map(rows.map((r) => [key(r), Number(r.count)]));

export function recount(db: HubDatabase, r: DayRange, now: number) {
  const where = sql.raw(`received_day between '${r.from}' and '${r.to}'${r.practice ? ` and practice_ods = '${r.practice}'` : ''}`);
  const offered = sql.raw(`offered_day between '${r.from}' and '${r.to}'${r.practice ? ` and practice_ods = '${r.practice}'` : ''}`);
  const closed = sql.raw(`closed_day between '${r.from}' and '${r.to}'${r.practice ? ` and practice_ods = '${r.practice}'` : ''}`);
  const finished = sql.raw(`(outcome_kind is not null and outcome_kind != 'cancelled')`);
  const notCancelled = sql.raw(`(outcome_kind is null or outcome_kind != 'cancelled')`);
  const summary = db.orm.get<Record<string, number | null>>(sql`select count(*) as received, sum(first_action_at is not null) as triaged, sum(${finished}) as completed,
      sum(outcome_kind = 'cancelled') as cancelled, sum(open) as stillOpen, sum(redirected) as redirected,
      sum(first_action_at is not null and first_action_at <= first_action_due) as firstActionMet,
      sum(first_action_at is not null or first_action_due <= ${now}) as firstActionBase,
      sum(${finished} and closed_at <= outcome_due) as outcomeMet, sum(${notCancelled} and (${finished} or outcome_due <= ${now})) as outcomeBase,
      sum(${finished} and closed_at <= next_working_day_end) as nextDayMet, sum(${notCancelled} and (${finished} or next_working_day_end <= ${now})) as nextDayBase
    from request_facts where ${where}`);
  const histogram = (col: string) =>
    byKey(db.orm.all<{ value: number; count: number }>(sql`select ${sql.raw(col)} as value, count(*) as count from request_facts where ${where} and ${sql.raw(col)} is not null group by 1`), (x) => String(x.value));
  return {
    summary: Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, Number(v ?? 0)])),
    firstAction: histogram('first_action_wm'),
    outcome: histogram('outcome_wm'),
    answers: byKey(
      db.orm.all<{ k: string; count: number }>(sql`select destination || '|' || status || '|' || red_flag || '|' || answer_wm as k, count(*) as count from handoff_facts where ${offered} and answer_wm is not null group by 1`),
      (x) => x.k,
    ),
    handoffs: byKey(db.orm.all<{ k: string; count: number }>(sql`select destination || '|' || status || '|' || red_flag as k, count(*) as count from handoff_facts where ${offered} group by 1`), (x) => x.k),
    closed: byKey(db.orm.all<{ k: string; count: number }>(sql`select closed_day as k, count(*) as count from request_facts where ${closed} group by 1`), (x) => x.k),
    heat: byKey(db.orm.all<{ k: string; count: number }>(sql`select received_weekday || ':' || received_hour as k, count(*) as count from request_facts where ${where} group by 1`), (x) => x.k),
    // Settled messages about the requests received in the period, as the hub joined them before it counted them.
    messages: byKey(
      db.orm.all<{ k: string; count: number }>(sql`select m.status as k, count(*) as count from patient_messages m join request_facts on request_facts.consultation_id = m.consultation_id
        where ${where} and m.status in ('delivered', 'failed') group by 1`),
      (x) => x.k,
    ),
  };
}

/** The same figures as the hub's queries answer them from the counters. */
export function fromCounters(db: HubDatabase, r: DayRange, now: number) {
  const s = db.q.stats;
  return {
    summary: s.receivedSummary(r, now),
    firstAction: byKey(s.histogram(r, 'firstAction'), (x) => String(x.value)),
    outcome: byKey(s.histogram(r, 'outcome'), (x) => String(x.value)),
    answers: byKey(s.handoffAnswerHistogram(r), (x) => `${x.destination}|${x.status}|${x.redFlag}|${x.value}`),
    handoffs: byKey(s.handoffsByStatus(r), (x) => `${x.destination}|${x.status}|${x.redFlag}`),
    closed: new Map(s.closedByDay(r).map((x) => [x.day, x.closed])),
    heat: byKey(s.heatmap(r), (x) => `${x.weekday}:${x.hour}`),
    messages: byKey(s.messagesByStatus(r), (x) => x.status),
  };
}
