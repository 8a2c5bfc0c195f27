// England and Wales bank holiday table: the dates the SLA clock skips, checked against the rules that set them.
import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAY_TABLE_FIRST_YEAR,
  BANK_HOLIDAY_TABLE_LAST_YEAR,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  bankHolidayOn,
  bankHolidayTableCovers,
  isBankHoliday,
} from '../../../shared/time/bankHolidays';

// Calendar arithmetic only (UTC as a plain calendar), independent of the table under test.
const civil = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;
const firstMonday = (y: number, m: number) => {
  const d = civil(y, m, 1);
  return plusDays(d, (8 - d.getUTCDay()) % 7);
};
const lastMonday = (y: number, m: number) => {
  const d = civil(y, m + 1, 0);
  return plusDays(d, -((d.getUTCDay() + 6) % 7));
};
const EASTER_SUNDAY: Record<number, string> = { 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16' };

/** The usual rules: weekend fixed-date holidays move to the next free weekday. */
function expectedHolidays(y: number): string[] {
  const easter = new Date(`${EASTER_SUNDAY[y]}T00:00:00Z`);
  const taken = new Set<string>();
  const substitute = (d: Date) => {
    while (isWeekend(d) || taken.has(iso(d))) d = plusDays(d, 1);
    taken.add(iso(d));
    return iso(d);
  };
  const newYear = substitute(civil(y, 1, 1));
  const christmas = substitute(civil(y, 12, 25));
  const boxing = substitute(civil(y, 12, 26));
  return [
    newYear,
    iso(plusDays(easter, -2)),
    iso(plusDays(easter, 1)),
    iso(firstMonday(y, 5)),
    iso(lastMonday(y, 5)),
    iso(lastMonday(y, 8)),
    christmas,
    boxing,
  ];
}

describe('England and Wales bank holidays', () => {
  for (let year = BANK_HOLIDAY_TABLE_FIRST_YEAR; year <= BANK_HOLIDAY_TABLE_LAST_YEAR; year++) {
    it(`${year} has the eight holidays the rules give, substitute days included`, () => {
      const listed = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date);
      expect(listed).toEqual(expectedHolidays(year));
    });
  }

  it('covers 2025 to 2028 at least', () => {
    expect(BANK_HOLIDAY_TABLE_FIRST_YEAR).toBeLessThanOrEqual(2025);
    expect(BANK_HOLIDAY_TABLE_LAST_YEAR).toBeGreaterThanOrEqual(2028);
    expect(bankHolidayTableCovers(2026)).toBe(true);
    expect(bankHolidayTableCovers(BANK_HOLIDAY_TABLE_LAST_YEAR + 1)).toBe(false);
  });

  it('never lists a weekend, and lists each date once in date order', () => {
    const dates = ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date);
    expect(dates.filter((d) => isWeekend(new Date(`${d}T00:00:00Z`)))).toEqual([]);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it('moves Boxing Day 2026 from Saturday to Monday 28 December', () => {
    expect(isBankHoliday('2026-12-26')).toBe(false);
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(bankHolidayOn('2026-12-28')?.name).toBe('Boxing Day (substitute day)');
  });

  it('gives 27 and 28 December 2027 for a Saturday Christmas and Sunday Boxing Day', () => {
    expect(isBankHoliday('2027-12-25')).toBe(false);
    expect(isBankHoliday('2027-12-26')).toBe(false);
    expect(isBankHoliday('2027-12-27')).toBe(true);
    expect(isBankHoliday('2027-12-28')).toBe(true);
  });

  it("moves New Year's Day 2028 from Saturday to Monday 3 January", () => {
    expect(isBankHoliday('2028-01-01')).toBe(false);
    expect(isBankHoliday('2028-01-03')).toBe(true);
  });

  it('knows Good Friday and Easter Monday 2026', () => {
    expect(isBankHoliday('2026-04-03')).toBe(true);
    expect(isBankHoliday('2026-04-06')).toBe(true);
    expect(isBankHoliday('2026-04-02')).toBe(false);
  });

  it('is a read-only list an admin page can show', () => {
    expect(Object.isFrozen(ENGLAND_AND_WALES_BANK_HOLIDAYS)).toBe(true);
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.every((h) => h.name.length > 0)).toBe(true);
  });
});
