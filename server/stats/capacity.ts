// Today's capacity (docs/metrics.md): arrivals so far against the same weekday's usual pattern (the
// previous eight weeks), the backlog, who is signed in per role, and when the backlog would clear at
// today's closing rate, in working hours.
import type { StatsDb, StatsSettings } from './db';
import { derived, suppressCount, type MetricId } from '../../shared/rules/metrics';
import { nextDay, startOfDay, wallClockOf } from '../../shared/rules/metricsTime';
import { ROLES, type Role } from '../../shared/schemas/domain';
import type { StatsAnswer } from '../../shared/schemas/stats';
import { addWorkingMinutes, workingMinutesBetween } from '../../shared/time/workingTime';
import { definitionsOf } from './answer';

const WEEKS_OF_PATTERN = 8;
const DAY_MS = 86_400_000;

/** The calendar day `weeks` weeks before `iso`. */
const weeksBefore = (iso: string, weeks: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - weeks * 7 * DAY_MS).toISOString().slice(0, 10);

export function capacity(db: StatsDb, practice: string | null, now: number, settings: StatsSettings): StatsAnswer<'capacity'> {
  const cal = settings.calendar;
  const today = wallClockOf(now, cal).day;
  const dayStart = startOfDay(today, cal);
  const sinceStart = now - dayStart;
  const arrivals = db.q.stats.receivedBetween(today, dayStart, now + 1, practice);
  const pattern = Array.from({ length: WEEKS_OF_PATTERN }, (_, i) => {
    const day = weeksBefore(today, i + 1);
    const start = startOfDay(day, cal);
    return { byNow: db.q.stats.receivedBetween(day, start, start + sinceStart + 1, practice), whole: db.q.stats.receivedBetween(day, start, startOfDay(nextDay(day), cal), practice) };
  });
  const usualByNow = pattern.reduce((s, p) => s + p.byNow, 0);
  const usualWhole = pattern.reduce((s, p) => s + p.whole, 0);
  const backlog = db.q.stats.openNow(practice);
  const closedToday = db.q.stats.closedByDay({ from: today, to: today, practice }).reduce((s, d) => s + d.closed, 0);
  const workedHours = workingMinutesBetween(new Date(dayStart), new Date(now), cal) / 60;
  const perHour = workedHours > 0 ? closedToday / workedHours : 0;
  const clearAt = backlog === 0 ? now : perHour > 0 ? addWorkingMinutes(new Date(now), (backlog / perHour) * 60, cal).getTime() : null;

  const roles = db.q.stats.signedInRoles(now);
  const signedIn = (role: Role) => roles.filter((r) => r.includes(role)).length;
  const figures: { metric: MetricId; role: Role | null; value: number | string | null }[] = [
    { metric: 'arrivals_today', role: null, value: suppressCount(arrivals) },
    { metric: 'usual_arrivals_by_now', role: null, value: derived(usualByNow, () => usualByNow / WEEKS_OF_PATTERN) },
    { metric: 'usual_arrivals_whole_day', role: null, value: derived(usualWhole, () => usualWhole / WEEKS_OF_PATTERN) },
    { metric: 'backlog_now', role: null, value: suppressCount(backlog) },
    { metric: 'closed_today', role: null, value: suppressCount(closedToday) },
    { metric: 'clear_rate_per_working_hour', role: null, value: derived(closedToday, () => perHour) },
    // A forecast made from one to four closures would tell how few there were: suppressed with them.
    { metric: 'forecast_clear_at', role: null, value: closedToday > 0 && closedToday < 5 ? '<5' : clearAt === null ? null : new Date(clearAt).toISOString() },
    // Staff, not patients: counted exactly.
    ...ROLES.filter((r) => r !== 'practice').map((role) => ({ metric: 'signed_in' as const, role, value: signedIn(role) })),
  ];
  return {
    from: today,
    to: today,
    practice,
    generatedAt: new Date(now).toISOString(),
    definitions: definitionsOf(figures.map((f) => f.metric)),
    rows: figures,
  };
}
