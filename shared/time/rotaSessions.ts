// Rota sessions on the hub's calendar (docs/rota.md): the morning runs from opening to 13:00 and the
// afternoon from 13:00 to closing, on the hub's wall clock. A session the hub does not open in (a
// weekend, a bank holiday, a closure, a day that opens after 13:00) has no window and needs nobody.
import { TZDate } from '@date-fns/tz';
import type { RotaSession } from '../schemas/rota';
import { isBankHoliday } from './bankHolidays';
import { WEEKDAYS, minutesOfDay, type HubCalendar } from './hubCalendar';
import { MS_PER_DAY, wallDayNumber } from './wallDay';

export const SESSION_BOUNDARY = '13:00';

const civilOf = (date: string) => new Date(`${date}T00:00:00.000Z`);
const isoOf = (civil: Date) => civil.toISOString().slice(0, 10);

/** The hub-local date of an instant, YYYY-MM-DD. */
export const hubDateOf = (at: number, cal: HubCalendar): string => isoOf(new Date(wallDayNumber(at, cal.timeZone) * MS_PER_DAY));

export const addDays = (date: string, days: number): string => isoOf(new Date(civilOf(date).getTime() + days * MS_PER_DAY));

/** Whole days from `a` to `b` (dates YYYY-MM-DD). */
export const daysBetween = (a: string, b: string): number => Math.round((civilOf(b).getTime() - civilOf(a).getTime()) / MS_PER_DAY);

const LABEL = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
/** "Thu 26 Nov morning". */
export const sessionLabel = (date: string, session: RotaSession): string => `${LABEL.format(civilOf(date)).replace(',', '')} ${session}`;

type Window = { start: number; end: number } | null;

/*
 * Every lifecycle command asks which session is in force, and building instants through Intl is the
 * expensive part: windows are remembered per calendar object (calendars are immutable values, as for
 * the working-time clock).
 */
const windowCache = new WeakMap<HubCalendar, Map<string, Window>>();
const MAX_CACHED = 5_000;

/** The session's [start, end) in epoch ms, or null when the hub is closed throughout it. */
export function sessionWindow(date: string, session: RotaSession, cal: HubCalendar): Window {
  let windows = windowCache.get(cal);
  if (!windows) windowCache.set(cal, (windows = new Map()));
  const key = `${date} ${session}`;
  let window = windows.get(key);
  if (window === undefined) {
    if (windows.size >= MAX_CACHED) windows.clear();
    window = computeWindow(date, session, cal);
    windows.set(key, window);
  }
  return window;
}

function computeWindow(date: string, session: RotaSession, cal: HubCalendar): Window {
  const civil = civilOf(date);
  const hours = cal.hours[WEEKDAYS[civil.getUTCDay()]!];
  if (!hours || isBankHoliday(date) || cal.closures.includes(date)) return null;
  const boundary = minutesOfDay(SESSION_BOUNDARY);
  const [open, close] = [minutesOfDay(hours.open), minutesOfDay(hours.close)];
  const [from, to] = session === 'morning' ? [open, Math.min(close, boundary)] : [Math.max(open, boundary), close];
  if (from >= to) return null;
  // Built from wall-clock fields so the time-zone library decides GMT or BST.
  const at = (m: number) => new TZDate(civil.getUTCFullYear(), civil.getUTCMonth(), civil.getUTCDate(), Math.floor(m / 60), m % 60, cal.timeZone).getTime();
  return { start: at(from), end: at(to) };
}

/** The session an instant falls in, or null outside the hub's hours. */
export function sessionAt(at: number, cal: HubCalendar): { date: string; session: RotaSession } | null {
  const date = hubDateOf(at, cal);
  for (const session of ['morning', 'afternoon'] as const) {
    const window = sessionWindow(date, session, cal);
    if (window && window.start <= at && at < window.end) return { date, session };
  }
  return null;
}
