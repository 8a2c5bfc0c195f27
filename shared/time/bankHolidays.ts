// England and Wales bank holidays, a maintained table the hub calendar treats as closed days.
/*
 * Why a table and not a rule: one-off holidays (jubilees, coronations, state funerals) and moved days
 * (the 2020 VE Day move) are announced by proclamation and no formula predicts them.
 *
 * Keep it current: each year when GOV.UK publishes the following year (https://www.gov.uk/bank-holidays,
 * machine-readable at https://www.gov.uk/bank-holidays.json, section "england-and-wales"), and in any case
 * before the last year below begins. Re-check the projected years when they are published and add any one-off
 * holiday the moment it is announced. After LAST_YEAR the clock silently counts every weekday as working,
 * so `bankHolidayTableCovers` exists for a start-up warning.
 */

export interface BankHoliday {
  /** Calendar date in England, YYYY-MM-DD. */
  readonly date: string;
  readonly name: string;
}

/** Follows GOV.UK where published; years not yet published are projected from the usual rules, substitute days included. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = Object.freeze([
  // 2024 too: a hub's history (and `npm run seed:history`, docs/history.md) reaches two years back.
  { date: '2024-01-01', name: "New Year's Day" },
  { date: '2024-03-29', name: 'Good Friday' },
  { date: '2024-04-01', name: 'Easter Monday' },
  { date: '2024-05-06', name: 'Early May bank holiday' },
  { date: '2024-05-27', name: 'Spring bank holiday' },
  { date: '2024-08-26', name: 'Summer bank holiday' },
  { date: '2024-12-25', name: 'Christmas Day' },
  { date: '2024-12-26', name: 'Boxing Day' },

  { date: '2025-01-01', name: "New Year's Day" },
  { date: '2025-04-18', name: 'Good Friday' },
  { date: '2025-04-21', name: 'Easter Monday' },
  { date: '2025-05-05', name: 'Early May bank holiday' },
  { date: '2025-05-26', name: 'Spring bank holiday' },
  { date: '2025-08-25', name: 'Summer bank holiday' },
  { date: '2025-12-25', name: 'Christmas Day' },
  { date: '2025-12-26', name: 'Boxing Day' },

  { date: '2026-01-01', name: "New Year's Day" },
  { date: '2026-04-03', name: 'Good Friday' },
  { date: '2026-04-06', name: 'Easter Monday' },
  { date: '2026-05-04', name: 'Early May bank holiday' },
  { date: '2026-05-25', name: 'Spring bank holiday' },
  { date: '2026-08-31', name: 'Summer bank holiday' },
  { date: '2026-12-25', name: 'Christmas Day' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)' },

  { date: '2027-01-01', name: "New Year's Day" },
  { date: '2027-03-26', name: 'Good Friday' },
  { date: '2027-03-29', name: 'Easter Monday' },
  { date: '2027-05-03', name: 'Early May bank holiday' },
  { date: '2027-05-31', name: 'Spring bank holiday' },
  { date: '2027-08-30', name: 'Summer bank holiday' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
  { date: '2027-12-28', name: 'Boxing Day (substitute day)' },

  { date: '2028-01-03', name: "New Year's Day (substitute day)" },
  { date: '2028-04-14', name: 'Good Friday' },
  { date: '2028-04-17', name: 'Easter Monday' },
  { date: '2028-05-01', name: 'Early May bank holiday' },
  { date: '2028-05-29', name: 'Spring bank holiday' },
  { date: '2028-08-28', name: 'Summer bank holiday' },
  { date: '2028-12-25', name: 'Christmas Day' },
  { date: '2028-12-26', name: 'Boxing Day' },
]);

export const BANK_HOLIDAY_TABLE_FIRST_YEAR = 2024;
export const BANK_HOLIDAY_TABLE_LAST_YEAR = 2028;

const byDate = new Map(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => [h.date, h]));

/** `isoDate` is a calendar date in England (YYYY-MM-DD), not an instant. */
export function isBankHoliday(isoDate: string): boolean {
  return byDate.has(isoDate);
}

/** The holiday on that date, for showing its name next to a skipped day. */
export function bankHolidayOn(isoDate: string): BankHoliday | undefined {
  return byDate.get(isoDate);
}

export function bankHolidayTableCovers(year: number): boolean {
  return year >= BANK_HOLIDAY_TABLE_FIRST_YEAR && year <= BANK_HOLIDAY_TABLE_LAST_YEAR;
}
