// The wall-clock calendar day of an instant in a time zone, asked on every command (a patient's
// age on the day, the SLA clock's working day). The zone's offset comes from the time-zone library
// and is remembered per quarter hour of UTC, so Intl is consulted once per quarter hour instead of
// per call. Most zones change offset on a quarter hour, but not all: Newfoundland changed at 00:01
// local until 2011. A quarter hour whose two ends disagree holds a change, and is never remembered:
// its instants ask the library each time.
import { tzOffset } from '@date-fns/tz';

export const MS_PER_DAY = 86_400_000;
const QUARTER_HOUR_MS = 15 * 60_000;
const MAX_REMEMBERED = 50_000;

const offsetsByZone = new Map<string, Map<number, number>>();

/** The zone's UTC offset in milliseconds at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  let offsets = offsetsByZone.get(timeZone);
  if (!offsets) offsetsByZone.set(timeZone, (offsets = new Map()));
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  let offset = offsets.get(quarter);
  if (offset === undefined) {
    if (offsets.size >= MAX_REMEMBERED) offsets.clear();
    const start = tzOffset(timeZone, new Date(quarter * QUARTER_HOUR_MS));
    const end = tzOffset(timeZone, new Date((quarter + 1) * QUARTER_HOUR_MS - 1));
    offset = start === end ? start * 60_000 : NaN;
    offsets.set(quarter, offset);
  }
  return Number.isNaN(offset) ? tzOffset(timeZone, new Date(ms)) * 60_000 : offset;
}

/** Days since 1970-01-01 on the zone's wall-clock calendar (so a UTC Date of day × MS_PER_DAY carries that calendar day). */
export function wallDayNumber(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetAt(ms, timeZone)) / MS_PER_DAY);
}
