// Hub opening hours, closures and SLA policy: zod schemas, types and the defaults (docs/domain-rules.md).
import { z } from 'zod';

/**
 * Weekday keys in JavaScript `getDay()` order (0 = Sunday), so `WEEKDAYS[date.getDay()]` finds a day's hours.
 * Config uses the names, not the numbers, because an admin reading `{ "sat": null }` cannot misread it.
 */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time HH:MM');

/** Minutes after local midnight of an HH:MM string that has passed the schema. */
export const minutesOfDay = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const openingHoursSchema = z
  .object({ open: hhmmSchema, close: hhmmSchema })
  .refine((h) => minutesOfDay(h.open) < minutesOfDay(h.close), {
    message: 'a day must open before it closes (hub hours cannot run past midnight)',
    path: ['close'],
  });
/** `null` means closed all day. */
export type OpeningHours = z.infer<typeof openingHoursSchema>;

const dayHoursSchema = openingHoursSchema.nullable();

const weekHoursSchema = z
  .object({
    sun: dayHoursSchema,
    mon: dayHoursSchema,
    tue: dayHoursSchema,
    wed: dayHoursSchema,
    thu: dayHoursSchema,
    fri: dayHoursSchema,
    sat: dayHoursSchema,
  })
  // A week with no opening at all would stop every SLA clock for ever.
  .refine((week) => WEEKDAYS.some((d) => week[d] !== null), { message: 'the hub must open on at least one weekday' });

const isKnownTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const defaultWeekHours = () => {
  const weekday = { open: '08:00', close: '18:30' };
  return { sun: null, mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: null };
};

export const MAX_CLOSURES = 366;

/** A real calendar date (zod's ISO date checks days per month and leap years) in a year a hub can plan for. */
const closureSchema = z.iso
  .date('expected a real calendar date YYYY-MM-DD')
  .refine((d) => d >= '2000-01-01' && d <= '2099-12-31', 'a closed date must fall between 2000 and 2099');

/**
 * England and Wales bank holidays are always closed (see bankHolidays.ts); `closures` adds the hub's own
 * closed dates (YYYY-MM-DD, hub-local), e.g. a protected-learning day.
 * Omitted fields take the defaults, so an admin config may hold only what it changes.
 */
export const hubCalendarSchema = z.object({
  timeZone: z
    .string()
    .max(64)
    .refine(isKnownTimeZone, 'unknown IANA time zone')
    .default('Europe/London'),
  hours: weekHoursSchema.default(defaultWeekHours),
  closures: z
    .array(closureSchema)
    // A year of the hub's own closed days (a leap year's worth) is more than any hub plans; a longer list
    // would be a calendar that never opens, and every lookup walks it.
    .max(MAX_CLOSURES, `at most ${MAX_CLOSURES} closed dates`)
    .refine((dates) => new Set(dates).size === dates.length, 'a closed date is listed twice')
    .default(() => []),
});
export type HubCalendar = z.infer<typeof hubCalendarSchema>;

// Frozen because the working-time clock caches per calendar object; a mutated default would serve stale windows.
/** 08:00–18:30 Monday to Friday, Europe/London, no closures beyond bank holidays. */
export const DEFAULT_HUB_CALENDAR: HubCalendar = deepFreeze(hubCalendarSchema.parse({}));

/*
 * Upper bounds on each allowance, in working minutes. A "long working day" here is 12 hours, a little longer
 * than the default 10.5-hour day, so a hub with longer hours can still say "N of its days". The bounds are
 * far above any policy a hub would sign off (the defaults are 2 hours, 1 day, 15, 30 and 240 minutes) and far
 * below what could stall the working-time walk; whether they fit the hub's actual hours is checked as a whole
 * in shared/rules/hubSettings.ts.
 */
const LONG_WORKING_DAY = 12 * 60;
const minutes = (max: number, what: string) =>
  z.number().int().positive().max(max, `at most ${max} working minutes (${what})`);

export const slaPolicySchema = z
  .object({
    /** First action (a routing decision) within 2 working hours. At most a working week: later is not triage. */
    firstActionMinutes: minutes(5 * LONG_WORKING_DAY, 'five long working days').default(120),
    /** Outcome within one working day (10.5 working hours). At most two working weeks. */
    outcomeMinutes: minutes(10 * LONG_WORKING_DAY, 'ten long working days').default(630),
    /** A red flag waits for a clinician this long at most; past four working hours it is no longer urgent care. */
    redFlagAcceptMinutes: minutes(240, 'four working hours').default(15),
    /** An unaccepted hand-off to a hub team returns to the triage queue after this; at most a working day. */
    offerExpiryMinutes: minutes(LONG_WORKING_DAY, 'one long working day').default(30),
    /** An unacknowledged external referral comes back as a safety-net follow-up after this; at most a working week. */
    externalAckMinutes: minutes(5 * LONG_WORKING_DAY, 'five long working days').default(240),
    /** Fraction of the working-time allowance used at which an SLA turns amber. */
    amberAtFraction: z.number().gt(0).lt(1).default(0.75),
  })
  .refine((p) => p.firstActionMinutes <= p.outcomeMinutes, {
    message: 'the first action cannot be due after the outcome',
    path: ['firstActionMinutes'],
  });
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

export const DEFAULT_SLA_POLICY: SlaPolicy = Object.freeze(slaPolicySchema.parse({}));
