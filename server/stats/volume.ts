// Headline figures, volume and backlog per day, SLA compliance per day, and the hour × weekday heatmap
// (docs/metrics.md). Counts come from the rollup; each is suppressed below five, and so is what is derived from it.
import type { StatsDb, StatsSettings } from './db';
import type { DayRange } from '../../db/queries/stats';
import { NEXT_WORKING_DAY_TARGET, derived, percentile, rate, suppressCount, type MetricId } from '../../shared/rules/metrics';
import { startOfDay, nextDay } from '../../shared/rules/metricsTime';
import { WEEKDAY_NAMES, dailyRowSchema, heatmapRowSchema, slaRowSchema, type Cell, type StatsAnswer } from '../../shared/schemas/stats';
import { daysOf, envelope } from './answer';
import { teamFigures } from './teams';

const median = (h: { value: number; count: number }[]) => percentile(h, 0.5);
const total = (h: { count: number }[]) => h.reduce((s, x) => s + x.count, 0);

export function summary(db: StatsDb, range: DayRange, now: number, settings: StatsSettings): StatsAnswer<'summary'> {
  const s = db.q.stats.receivedSummary(range, now);
  const fa = db.q.stats.histogram(range, 'firstAction');
  const out = db.q.stats.histogram(range, 'outcome');
  const teams = teamFigures(db, range, settings);
  const messages = new Map(db.q.stats.messagesByStatus(range).map((m) => [m.status, m.count]));
  const from = startOfDay(range.from, settings.calendar);
  const to = startOfDay(nextDay(range.to), settings.calendar);
  const verdicts = new Map(db.q.stats.reviewVerdicts(from, to, range.practice).map((v) => [v.verdict, v.count]));
  const reviewed = (verdicts.get('agree') ?? 0) + (verdicts.get('disagree') ?? 0);
  // Per head counts only the practices whose list size is known (docs/metrics.md).
  const listed = db.q.stats.practiceList().filter((p) => p.listSize !== null && (range.practice === null || p.ods === range.practice));
  const listSize = listed.reduce((sum, p) => sum + p.listSize!, 0);
  const receivedListed = db.q.stats.receivedByPractice(range).filter((v) => listed.some((p) => p.ods === v.practice)).reduce((sum, v) => sum + v.received, 0);
  const figures: [MetricId, Cell][] = [
    ['received', suppressCount(s.received)],
    ['triaged', suppressCount(s.triaged)],
    ['completed', suppressCount(s.completed)],
    ['cancelled', suppressCount(s.cancelled)],
    ['still_open', suppressCount(s.stillOpen)],
    ['redirected', suppressCount(s.redirected)],
    ['redirection_rate', rate(s.redirected, s.completed)],
    ['first_action_median_wm', derived(total(fa), () => median(fa))],
    ['first_action_p90_wm', derived(total(fa), () => percentile(fa, 0.9))],
    ['outcome_median_wm', derived(total(out), () => median(out))],
    ['outcome_p90_wm', derived(total(out), () => percentile(out, 0.9))],
    ['first_action_sla_rate', rate(s.firstActionMet, s.firstActionBase)],
    ['outcome_sla_rate', rate(s.outcomeMet, s.outcomeBase)],
    ['red_flag_acceptance_sla_rate', teams.redFlagAcceptance],
    ['answered_next_working_day_rate', rate(s.nextDayMet, s.nextDayBase)],
    ['answered_next_working_day_target', NEXT_WORKING_DAY_TARGET],
    ['decline_rate', teams.hub.decline_rate],
    ['expiry_rate', teams.hub.expiry_rate],
    ['external_ack_median_wm', teams.externalAckMedian],
    ['messages_delivered', suppressCount(messages.get('delivered') ?? 0)],
    ['messages_failed', suppressCount(messages.get('failed') ?? 0)],
    ['review_agreement_rate', rate(verdicts.get('agree') ?? 0, reviewed)],
    ['per_1000_registered', listSize > 0 ? derived(receivedListed, () => (receivedListed * 1000) / listSize) : null],
  ];
  const rows = figures.map(([metric, value]) => ({ metric, value }));
  return envelope(range, now, rows, rows.map((r) => r.metric));
}

export function daily(db: StatsDb, range: DayRange, now: number): StatsAnswer<'daily'> {
  const received = new Map(db.q.stats.receivedByDay(range, now).map((r) => [r.day as string, r]));
  const closed = new Map(db.q.stats.closedByDay(range).map((r) => [r.day, r]));
  let backlog = db.q.stats.backlogBefore(range.from, range.practice);
  const rows = daysOf(range).map((day) => {
    const r = received.get(day);
    const c = closed.get(day);
    const [inCount, outCount] = [Number(r?.received ?? 0), Number(c?.closed ?? 0)];
    backlog += inCount - outCount;
    return {
      day,
      received: suppressCount(inCount),
      triaged: suppressCount(Number(r?.triaged ?? 0)),
      closed: suppressCount(outCount),
      completed: suppressCount(Number(c?.completed ?? 0)),
      cancelled: suppressCount(Number(c?.cancelled ?? 0)),
      redirected: suppressCount(Number(c?.redirected ?? 0)),
      redirection_rate: rate(Number(c?.redirected ?? 0), Number(c?.completed ?? 0)),
      backlog_at_close: suppressCount(backlog),
    };
  });
  return envelope(range, now, rows, Object.keys(dailyRowSchema.shape));
}

export function slaByDay(db: StatsDb, range: DayRange, now: number): StatsAnswer<'sla'> {
  const received = new Map(db.q.stats.receivedByDay(range, now).map((r) => [r.day as string, r]));
  const rows = daysOf(range).map((day) => {
    const r = received.get(day);
    const v = (k: string) => Number(r?.[k] ?? 0);
    return {
      day,
      received: suppressCount(v('received')),
      first_action_sla_rate: rate(v('firstActionMet'), v('firstActionBase')),
      outcome_sla_rate: rate(v('outcomeMet'), v('outcomeBase')),
      answered_next_working_day_rate: rate(v('nextDayMet'), v('nextDayBase')),
      answered_next_working_day_target: NEXT_WORKING_DAY_TARGET,
    };
  });
  return envelope(range, now, rows, Object.keys(slaRowSchema.shape));
}

export function heatmap(db: StatsDb, range: DayRange, now: number): StatsAnswer<'heatmap'> {
  const counts = new Map(db.q.stats.heatmap(range).map((c) => [`${c.weekday}:${c.hour}`, c.count]));
  // Monday first, as the hub's week reads.
  const rows = [1, 2, 3, 4, 5, 6, 0].flatMap((weekday) =>
    Array.from({ length: 24 }, (_, hour) => ({ weekday: WEEKDAY_NAMES[weekday]!, hour, heatmap_received: suppressCount(counts.get(`${weekday}:${hour}`) ?? 0) })),
  );
  return envelope(range, now, rows, Object.keys(heatmapRowSchema.shape));
}
