// How much arrives, and when: the volume model behind `npm run seed:history` (docs/history.md).
// Pure: dates and seeded draws in, numbers out; no database and no clock.
import { TZDate } from '@date-fns/tz';
import { isBankHoliday } from '../../../shared/time/bankHolidays';
import { WEEKDAYS, minutesOfDay, type HubCalendar } from '../../../shared/time/hubCalendar';
import type { Random } from '../../../db/seed/demoPatients';

/** Requests per 1,000 registered patients on an ordinary working day, before season and growth. */
export const REQUESTS_PER_1000_PER_DAY = 9.3;

/** Monday carries the weekend's backlog; the week tails off to Friday. */
const WEEKDAY_FACTOR: Record<string, number> = { mon: 1.25, tue: 1.05, wed: 1.0, thu: 0.95, fri: 0.9 };

/** Winter pressure Dec–Feb (+25–40%), shoulders in Oct, Nov and Mar, a summer dip. Index 0 is January. */
export const MONTH_FACTOR = [1.4, 1.25, 1.1, 1.0, 0.97, 0.95, 0.9, 0.88, 1.0, 1.05, 1.12, 1.3] as const;

/** Growth across the generated range: the hub takes 30% more at the end than at the start. */
export const GROWTH = { start: 0.87, end: 1.13 } as const;

/** Relative arrivals by hour of the London day while the hub is open: the 08:00 rush when practice phone lines and online forms open. */
export const HOUR_WEIGHT: Record<number, number> = { 8: 2.6, 9: 2.0, 10: 1.5, 11: 1.2, 12: 1.0, 13: 0.9, 14: 0.9, 15: 0.8, 16: 0.7, 17: 0.6, 18: 0.4 };

export interface WorkingDay {
  /** London date, YYYY-MM-DD. */
  date: string;
  open: number;
  close: number;
  /** The first working day after the hub was closed for more than a weekend's usual close: it takes the backlog. */
  afterClosure: boolean;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The hub's opening on a London date, or null when it is closed (weekend, bank holiday, its own closures). */
export function openingOn(date: string, cal: HubCalendar): { open: number; close: number } | null {
  const civil = new Date(`${date}T00:00:00Z`);
  const hours = cal.hours[WEEKDAYS[civil.getUTCDay()]!];
  if (!hours || isBankHoliday(date) || cal.closures.includes(date)) return null;
  const at = (hhmm: string) => {
    const m = minutesOfDay(hhmm);
    return new TZDate(civil.getUTCFullYear(), civil.getUTCMonth(), civil.getUTCDate(), Math.floor(m / 60), m % 60, cal.timeZone).getTime();
  };
  return { open: at(hours.open), close: at(hours.close) };
}

/** The `days` calendar days ending on `end` (inclusive), as the working days among them. */
export function workingDays(end: string, days: number, cal: HubCalendar): WorkingDay[] {
  const endMs = Date.parse(`${end}T00:00:00Z`);
  const out: WorkingDay[] = [];
  let closedRun = 0;
  for (let i = days - 1; i >= 0; i--) {
    const date = isoDay(endMs - i * DAY_MS);
    const opening = openingOn(date, cal);
    if (!opening) {
      closedRun++;
      continue;
    }
    // A Tuesday after a bank holiday Monday takes the Monday rush; an ordinary Monday does anyway.
    out.push({ date, ...opening, afterClosure: closedRun > 2 || (closedRun >= 1 && new Date(`${date}T00:00:00Z`).getUTCDay() !== 1) });
    closedRun = 0;
  }
  return out;
}

/** How busy a working day is, relative to an ordinary Wednesday at the start of the range. */
export function dayFactor(day: WorkingDay, progress: number): number {
  const civil = new Date(`${day.date}T00:00:00Z`);
  const weekday = WEEKDAYS[civil.getUTCDay()]!;
  const week = day.afterClosure ? Math.max(WEEKDAY_FACTOR.mon!, WEEKDAY_FACTOR[weekday] ?? 1) : (WEEKDAY_FACTOR[weekday] ?? 1);
  const growth = GROWTH.start + (GROWTH.end - GROWTH.start) * progress;
  return week * MONTH_FACTOR[civil.getUTCMonth()]! * growth;
}

/** A Poisson draw (Knuth for small means, a rounded normal for large ones: practice-day counts are both). */
export function poisson(rng: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng(); p > limit; p *= rng()) k++;
  return k;
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Random): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** A log-normal draw with the given median: most values near it, a long tail above (waits and durations). */
export const logNormal = (rng: Random, median: number, sigma: number) => median * Math.exp(sigma * normal(rng));

/** Arrival instants for `count` requests on a working day, by the hour-of-day weights, in order. */
export function arrivalsOn(day: WorkingDay, count: number, rng: Random): number[] {
  const slots: { from: number; to: number; weight: number }[] = [];
  for (let t = day.open; t < day.close; t += 3_600_000) {
    const hour = new TZDate(t, 'Europe/London').getHours();
    const to = Math.min(t + 3_600_000, day.close);
    slots.push({ from: t, to, weight: (HOUR_WEIGHT[hour] ?? 0.5) * ((to - t) / 3_600_000) });
  }
  const total = slots.reduce((sum, s) => sum + s.weight, 0);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    let r = rng() * total;
    const slot = slots.find((s) => (r -= s.weight) < 0) ?? slots[slots.length - 1]!;
    times.push(Math.floor((slot.from + rng() * (slot.to - slot.from)) / 1000) * 1000);
  }
  return times.sort((a, b) => a - b);
}
