// Calendar facts the figures need beyond the SLA clock: a request's hub-local day, hour and weekday,
// and the end of the next working day after its SLA clock started (the NWL contract's "answered by
// the end of the next working day", docs/metrics.md).
import { TZDate } from '@date-fns/tz';
import { isBankHoliday } from '../time/bankHolidays';
import { WEEKDAYS, minutesOfDay, type HubCalendar } from '../time/hubCalendar';
import { MS_PER_DAY, wallDayNumber } from '../time/wallDay';
import { nextOpening } from '../time/workingTime';

const isoOfDay = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Hub-local calendar day (YYYY-MM-DD), hour (0..23) and weekday (0 = Sunday) of an instant. */
export function wallClockOf(ms: number, cal: HubCalendar): { day: string; hour: number; weekday: number } {
  const local = new TZDate(ms, cal.timeZone);
  return { day: isoOfDay(wallDayNumber(ms, cal.timeZone)), hour: local.getHours(), weekday: local.getDay() };
}

/** The hub-local instant at which the calendar day `iso` begins (midnight). */
export function startOfDay(iso: string, cal: HubCalendar): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, cal.timeZone).getTime();
}

/** The calendar day after `iso`. */
export const nextDay = (iso: string) => isoOfDay(Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY) + 1);

/**
 * The close of the first working day after the working day on which the SLA clock starts (the next
 * opening at or after receipt). Received Friday 10:00 → Monday's close; Friday 19:00 → Tuesday's.
 */
export function endOfNextWorkingDay(receivedAt: number, cal: HubCalendar): number {
  const start = nextOpening(new Date(receivedAt), cal).getTime();
  const first = wallDayNumber(start, cal.timeZone);
  for (let day = first + 1; day <= first + 400; day++) {
    const iso = isoOfDay(day);
    const hours = cal.hours[WEEKDAYS[new Date(day * MS_PER_DAY).getUTCDay()]!];
    if (!hours || isBankHoliday(iso) || cal.closures.includes(iso)) continue;
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const close = minutesOfDay(hours.close);
    return new TZDate(y, m - 1, d, Math.floor(close / 60), close % 60, cal.timeZone).getTime();
  }
  // A calendar with no working day in 400 has no next working day: the point never comes.
  return Number.MAX_SAFE_INTEGER;
}
