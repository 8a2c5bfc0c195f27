// A patient's age on a given day, counted on the Europe/London calendar as the eligibility rules require.
import { MS_PER_DAY, wallDayNumber } from '../time/wallDay';

export const HUB_TIME_ZONE = 'Europe/London';

/** A calendar day, month 1–12. */
interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDateOnly(value: string): CalendarDay | null {
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Round-trip through UTC so 2025-02-30 is rejected rather than rolled into March.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

function birthDay(birthDate: string): CalendarDay {
  const parsed = parseDateOnly(birthDate);
  if (!parsed) throw new RangeError(`birth date must be YYYY-MM-DD, got "${birthDate}"`);
  return parsed;
}

/**
 * The London calendar day of an instant; a plain YYYY-MM-DD is taken as that day.
 * A request submitted at 00:30 BST on 1 June is a 1 June request, although it is still 31 May in UTC.
 */
export function londonDay(onDate: string | Date): CalendarDay {
  if (typeof onDate === 'string') {
    const plain = parseDateOnly(onDate);
    if (plain) return plain;
  }
  const ms = typeof onDate === 'string' ? Date.parse(onDate) : onDate.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a date or ISO instant: "${String(onDate)}"`);
  const civil = new Date(wallDayNumber(ms, HUB_TIME_ZONE) * MS_PER_DAY);
  return { year: civil.getUTCFullYear(), month: civil.getUTCMonth() + 1, day: civil.getUTCDate() };
}

/** The London calendar date of an instant as YYYY-MM-DD. */
export function londonDateOf(onDate: string | Date): string {
  const { year, month, day } = londonDay(onDate);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const beforeInYear = (a: CalendarDay, b: CalendarDay) => a.month < b.month || (a.month === b.month && a.day < b.day);

/**
 * Completed years on the day. Someone born on 29 February turns a year older on 1 March in
 * common years, as in English law, because 28 February still sorts before 29 February.
 */
export function ageInYearsOn(birthDate: string, onDate: string | Date): number {
  const born = birthDay(birthDate);
  const on = londonDay(onDate);
  return on.year - born.year - (beforeInYear(on, born) ? 1 : 0);
}

/** Completed calendar months on the day (a baby born 30 November is 3 months old on 1 March). */
export function ageInMonthsOn(birthDate: string, onDate: string | Date): number {
  const born = birthDay(birthDate);
  const on = londonDay(onDate);
  return (on.year - born.year) * 12 + (on.month - born.month) - (on.day < born.day ? 1 : 0);
}

/** Whole days from the birth date to the London day of `onDate` (0 on the day of birth). */
export function ageInDaysOn(birthDate: string, onDate: string | Date): number {
  const born = birthDay(birthDate);
  const on = londonDay(onDate);
  const utc = (d: CalendarDay) => Date.UTC(d.year, d.month - 1, d.day);
  return Math.round((utc(on) - utc(born)) / 86_400_000);
}
