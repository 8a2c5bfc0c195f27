// The SLA clock: working time measured on the hub's wall-clock hours, stepped one working day at a time.
import { TZDate } from '@date-fns/tz';
import { isBankHoliday } from './bankHolidays';
import { MS_PER_DAY, wallDayNumber } from './wallDay';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY, WEEKDAYS, minutesOfDay } from './hubCalendar';
import type { HubCalendar, SlaPolicy } from './hubCalendar';

/*
 * Conventions every caller relies on:
 * - Instants in and out are plain `Date`s (UTC instants); hours, weekdays, bank holidays and closures are read
 *   on the calendar's wall clock (`cal.timeZone`), so 08:00 is 08:00 London in both GMT and BST.
 * - A working day is the half-open interval [open, close): the hub is closed at exactly 18:30.
 * - Precision is the millisecond. Minutes going in may be fractional (rounded to the nearest millisecond);
 *   `workingMinutesBetween` may return a fractional number of minutes.
 * - Calendars are treated as immutable values.
 */

const MS_PER_MINUTE = 60_000;

/**
 * The furthest any walk forward looks, in wall-clock days: a year, plus room for the closed spell around it.
 * Bounded settings never come near it (the longest SLA is ten working days); a walk that reaches it stops
 * with a WorkingTimeLimitError instead of running on, whatever the calendar or the minutes.
 */
export const WORKING_TIME_HORIZON_DAYS = 400;
/** Measuring between two instants walks the days between them; ten years is more than any request lives. */
const MEASURE_LIMIT_DAYS = 3660;

/** A walk that would need more days than its limit: the calendar and the minutes asked for do not fit. */
export class WorkingTimeLimitError extends RangeError {
  constructor(
    readonly from: Date,
    readonly limitDays: number,
  ) {
    super(`working time from ${from.toISOString()} does not fit within ${limitDays} days on this hub calendar`);
    this.name = 'WorkingTimeLimitError';
  }
}

/** One working day's opening, as epoch milliseconds [start, end). */
interface Window {
  readonly start: number;
  readonly end: number;
}

export const SLA_STATES = ['ok', 'amber', 'breached'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export interface SlaDeadlines {
  /** Next opening at or after submission: the moment the SLA clock starts. */
  clockStartsAt: Date;
  firstActionDue: Date;
  outcomeDue: Date;
}

/*
 * Days are numbered on the wall-clock calendar (day 0 = 1970-01-01), and that number is carried through a UTC
 * Date purely as a calendar (year, month, day, weekday): no offsets are involved, so stepping a day cannot be
 * thrown by a clock change. Only the time-zone library turns wall-clock fields into instants and back
 * (TZDate here, its offsets in wallDay.ts).
 */

const isoDateOf = (dayNumber: number): string => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

function computeWindow(dayNumber: number, cal: HubCalendar): Window | null {
  const civil = new Date(dayNumber * MS_PER_DAY);
  const hours = cal.hours[WEEKDAYS[civil.getUTCDay()]!];
  if (!hours) return null;
  const iso = isoDateOf(dayNumber);
  if (isBankHoliday(iso) || cal.closures.includes(iso)) return null;
  // Built from wall-clock fields so the time-zone library, not our arithmetic, decides GMT or BST.
  const at = (hhmm: string) => {
    const m = minutesOfDay(hhmm);
    const [y, mo, d] = [civil.getUTCFullYear(), civil.getUTCMonth(), civil.getUTCDate()];
    return new TZDate(y, mo, d, Math.floor(m / 60), m % 60, cal.timeZone).getTime();
  };
  return { start: at(hours.open), end: at(hours.close) };
}

/*
 * Each day's window is worked out once per calendar object: an SLA sweep over 10,000 rows revisits the same few
 * hundred days, and building instants through Intl is the expensive part. This is why calendars must not be
 * mutated after use; pass a new object (e.g. a freshly parsed config) instead.
 */
const windowCache = new WeakMap<HubCalendar, Map<number, Window | null>>();
const MAX_CACHED_DAYS = 20_000;

function windowOn(dayNumber: number, cal: HubCalendar): Window | null {
  let days = windowCache.get(cal);
  if (!days) windowCache.set(cal, (days = new Map()));
  let w = days.get(dayNumber);
  if (w === undefined) {
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    w = computeWindow(dayNumber, cal);
    days.set(dayNumber, w);
  }
  return w;
}

/** Working windows that end after `at`, in order, starting with the wall-clock day containing `at`; at most `limitDays` days. */
function* windowsFrom(at: number, cal: HubCalendar, limitDays = WORKING_TIME_HORIZON_DAYS): Generator<Window> {
  const first = wallDayNumber(at, cal.timeZone);
  for (let day = first; ; day++) {
    if (day - first > limitDays) throw new WorkingTimeLimitError(new Date(at), limitDays);
    const w = windowOn(day, cal);
    if (w !== null && w.end > at) yield w;
  }
}

function instant(d: Date, name: string): number {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError(`${name} is an invalid Date`);
  return t;
}

function firstWindow(at: number, cal: HubCalendar): Window {
  // windowsFrom yields or throws at the horizon.
  return windowsFrom(at, cal).next().value as Window;
}

export function isOpenAt(at: Date, cal: HubCalendar = DEFAULT_HUB_CALENDAR): boolean {
  const t = instant(at, 'at');
  return firstWindow(t, cal).start <= t;
}

/** The same instant (as a new Date) when open, otherwise the start of the next working window. */
export function nextOpening(at: Date, cal: HubCalendar = DEFAULT_HUB_CALENDAR): Date {
  const t = instant(at, 'at');
  return new Date(Math.max(t, firstWindow(t, cal).start));
}

function toMs(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutes must be finite and >= 0, got ${minutes}`);
  return Math.round(minutes * MS_PER_MINUTE);
}

/** Several working-time offsets from one start in a single walk, since computeSla runs for every row. */
function addWorkingMs(t: number, amounts: readonly number[], cal: HubCalendar): number[] {
  const order = amounts.map((_, i) => i).sort((i, j) => amounts[i]! - amounts[j]!);
  const out: number[] = new Array(amounts.length);
  let next = 0;
  let used = 0;
  for (const w of windowsFrom(t, cal)) {
    const from = Math.max(t, w.start);
    const available = w.end - from;
    // `<=`: a sum that ends exactly at closing stays at closing rather than rolling to the next opening.
    for (let i = order[next]; i !== undefined && amounts[i]! - used <= available; i = order[++next]) {
      out[i] = from + amounts[i]! - used;
    }
    if (next === order.length) return out;
    used += available;
  }
  throw new Error('unreachable: windowsFrom yields or throws');
}

/**
 * The end of the last working window before the hub-local day `isoDate` begins: where the closed spell
 * holding that day starts. Looks back at most the horizon; past it, gives the start of the earliest day
 * looked at (a walk forward from there then meets the horizon, as a spell that long deserves).
 */
export function lastClosingBefore(isoDate: string, cal: HubCalendar = DEFAULT_HUB_CALENDAR): Date {
  const day = Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
  if (Number.isNaN(day)) throw new RangeError(`${isoDate} is not a date`);
  for (let d = day - 1; d >= day - WORKING_TIME_HORIZON_DAYS; d--) {
    const w = windowOn(d, cal);
    if (w !== null) return new Date(w.end);
  }
  const earliest = new Date((day - WORKING_TIME_HORIZON_DAYS) * MS_PER_DAY);
  return new Date(new TZDate(earliest.getUTCFullYear(), earliest.getUTCMonth(), earliest.getUTCDate(), cal.timeZone).getTime());
}

/**
 * `start` plus `minutes` of working time. Out-of-hours starts count from the next opening; a sum that ends
 * exactly at closing stays at closing (18:30), it does not roll to the next morning.
 */
export function addWorkingMinutes(start: Date, minutes: number, cal: HubCalendar = DEFAULT_HUB_CALENDAR): Date {
  return new Date(addWorkingMs(instant(start, 'start'), [toMs(minutes)], cal)[0]!);
}

/** Working minutes in [a, b); 0 when b <= a. Millisecond precision, so the result may be fractional. */
export function workingMinutesBetween(a: Date, b: Date, cal: HubCalendar = DEFAULT_HUB_CALENDAR): number {
  const from = instant(a, 'a');
  const to = instant(b, 'b');
  if (to <= from) return 0;
  const [first, last] = [wallDayNumber(from, cal.timeZone), wallDayNumber(to - 1, cal.timeZone)];
  if (last - first > MEASURE_LIMIT_DAYS) throw new WorkingTimeLimitError(a, MEASURE_LIMIT_DAYS);
  let total = 0;
  for (let day = first; day <= last; day++) {
    const w = windowOn(day, cal);
    if (w !== null) total += Math.max(0, Math.min(to, w.end) - Math.max(from, w.start));
  }
  return total / MS_PER_MINUTE;
}

/** The clock starts at the next opening at or after submission and runs in working time only (docs/domain-rules.md). */
export function computeSla(
  submittedAt: Date,
  cal: HubCalendar = DEFAULT_HUB_CALENDAR,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
): SlaDeadlines {
  const [clockStartsAt, firstActionDue, outcomeDue] = addWorkingMs(
    instant(submittedAt, 'submittedAt'),
    [0, toMs(policy.firstActionMinutes), toMs(policy.outcomeMinutes)],
    cal,
  ).map((t) => new Date(t)) as [Date, Date, Date];
  return { clockStartsAt, firstActionDue, outcomeDue };
}

/**
 * Breached once `now` reaches `due` (wall time: a deadline does not wait for the hub to reopen); amber once the
 * working time used since `start` is at least `amberAtFraction` of the working time between `start` and `due`.
 */
export function slaState(
  now: Date,
  start: Date,
  due: Date,
  cal: HubCalendar = DEFAULT_HUB_CALENDAR,
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
): SlaState {
  if (instant(now, 'now') >= instant(due, 'due')) return 'breached';
  const allowance = workingMinutesBetween(start, due, cal);
  if (allowance <= 0) return 'ok';
  return workingMinutesBetween(start, now, cal) >= policy.amberAtFraction * allowance ? 'amber' : 'ok';
}
