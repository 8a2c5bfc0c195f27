// The SLA clock on London wall-clock hours: weekends, bank holidays, closures and both clock changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY, hubCalendarSchema, slaPolicySchema } from '../../../shared/time/hubCalendar';
import {
  addWorkingMinutes,
  computeSla,
  isOpenAt,
  nextOpening,
  slaState,
  workingMinutesBetween,
} from '../../../shared/time/workingTime';

// Instants are written and asserted in UTC so every GMT/BST expectation is explicit.
const at = (isoUtc: string) => new Date(isoUtc);
const iso = (d: Date) => d.toISOString();

describe('opening hours', () => {
  it('is open at 08:00 London in winter (08:00Z) but not at 07:59', () => {
    expect(isOpenAt(at('2026-01-19T08:00:00Z'))).toBe(true);
    expect(isOpenAt(at('2026-01-19T07:59:59.999Z'))).toBe(false);
  });

  it('is open at 08:00 London in summer, which is 07:00Z', () => {
    expect(isOpenAt(at('2026-06-15T07:00:00Z'))).toBe(true);
    expect(isOpenAt(at('2026-06-15T06:59:00Z'))).toBe(false);
  });

  it('is closed at exactly 18:30', () => {
    expect(isOpenAt(at('2026-01-19T18:29:59.999Z'))).toBe(true);
    expect(isOpenAt(at('2026-01-19T18:30:00Z'))).toBe(false);
  });

  it('is closed at weekends and on bank holidays', () => {
    expect(isOpenAt(at('2026-01-17T12:00:00Z'))).toBe(false);
    expect(isOpenAt(at('2026-04-03T11:00:00Z'))).toBe(false);
  });

  it('gives the instant itself as the next opening while open', () => {
    expect(iso(nextOpening(at('2026-01-19T12:34:56.789Z')))).toBe('2026-01-19T12:34:56.789Z');
  });

  it('opens next at Monday 08:00 after closing on Friday', () => {
    expect(iso(nextOpening(at('2026-01-16T18:30:00Z')))).toBe('2026-01-19T08:00:00.000Z');
  });
});

describe('adding working time', () => {
  it('Friday 17:30 plus two working hours is Monday 09:00', () => {
    expect(iso(addWorkingMinutes(at('2026-01-16T17:30:00Z'), 120))).toBe('2026-01-19T09:00:00.000Z');
  });

  it('a sum that ends exactly at closing stays at 18:30, not the next morning', () => {
    expect(iso(addWorkingMinutes(at('2026-01-19T17:30:00Z'), 60))).toBe('2026-01-19T18:30:00.000Z');
  });

  it('an out-of-hours start counts from the next opening', () => {
    expect(iso(addWorkingMinutes(at('2026-01-19T20:00:00Z'), 30))).toBe('2026-01-20T08:30:00.000Z');
    expect(iso(addWorkingMinutes(at('2026-01-19T20:00:00Z'), 0))).toBe('2026-01-20T08:00:00.000Z');
  });

  it('skips Good Friday and Easter Monday: Thursday 17:00 plus three hours is Tuesday 09:30', () => {
    // Thursday 2 April 2026 17:00 BST; 1.5h that evening, 1.5h on Tuesday 7 April from 08:00 BST.
    expect(iso(addWorkingMinutes(at('2026-04-02T16:00:00Z'), 180))).toBe('2026-04-07T08:30:00.000Z');
  });

  it('crosses the March clock change: Friday 17:30 GMT plus two hours is Monday 09:00 BST', () => {
    // Clocks go forward on Sunday 29 March 2026.
    expect(iso(addWorkingMinutes(at('2026-03-27T17:30:00Z'), 120))).toBe('2026-03-30T08:00:00.000Z');
  });

  it('crosses the October clock change: Friday 17:30 BST plus two hours is Monday 09:00 GMT', () => {
    // Clocks go back on Sunday 25 October 2026.
    expect(iso(addWorkingMinutes(at('2026-10-23T16:30:00Z'), 120))).toBe('2026-10-26T09:00:00.000Z');
  });

  it('accepts fractional minutes to the millisecond', () => {
    expect(iso(addWorkingMinutes(at('2026-01-19T08:00:00Z'), 0.5))).toBe('2026-01-19T08:00:30.000Z');
  });

  it('refuses a negative or non-finite number of minutes', () => {
    expect(() => addWorkingMinutes(at('2026-01-19T08:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addWorkingMinutes(at('2026-01-19T08:00:00Z'), Number.NaN)).toThrow(RangeError);
  });
});

describe('working minutes between two instants', () => {
  it('counts only the working part of a weekend span', () => {
    // Friday 17:00 to 18:30 is 90, Monday 08:00 to 09:00 is 60.
    expect(workingMinutesBetween(at('2026-01-16T17:00:00Z'), at('2026-01-19T09:00:00Z'))).toBe(150);
  });

  it('counts a weekend across the March clock change in working, not wall, minutes', () => {
    expect(workingMinutesBetween(at('2026-03-27T17:30:00Z'), at('2026-03-30T08:00:00Z'))).toBe(120);
  });

  it('skips a hub closure day', () => {
    const cal = { ...DEFAULT_HUB_CALENDAR, closures: ['2026-01-14'] };
    const from = at('2026-01-13T18:00:00Z');
    const to = at('2026-01-15T08:30:00Z');
    expect(workingMinutesBetween(from, to, cal)).toBe(60);
    expect(workingMinutesBetween(from, to)).toBe(60 + 630);
  });

  it('is zero when the end is not after the start', () => {
    expect(workingMinutesBetween(at('2026-01-19T10:00:00Z'), at('2026-01-19T10:00:00Z'))).toBe(0);
    expect(workingMinutesBetween(at('2026-01-19T11:00:00Z'), at('2026-01-19T10:00:00Z'))).toBe(0);
  });

  it('keeps millisecond precision as fractional minutes', () => {
    expect(workingMinutesBetween(at('2026-01-19T10:00:00Z'), at('2026-01-19T10:00:30Z'))).toBe(0.5);
  });
});

describe('SLA deadlines', () => {
  it('a request submitted on Saturday starts its clock on Monday 08:00', () => {
    const sla = computeSla(at('2026-01-17T10:00:00Z'));
    expect(iso(sla.clockStartsAt)).toBe('2026-01-19T08:00:00.000Z');
    expect(iso(sla.firstActionDue)).toBe('2026-01-19T10:00:00.000Z');
    expect(iso(sla.outcomeDue)).toBe('2026-01-19T18:30:00.000Z');
  });

  it('a request at opening gets its outcome due at closing the same day', () => {
    expect(iso(computeSla(at('2026-01-19T08:00:00Z')).outcomeDue)).toBe('2026-01-19T18:30:00.000Z');
  });

  it('10.5 working hours from Friday 14:00 before the spring bank holiday is due Tuesday 14:00', () => {
    // Friday 22 May 2026 14:00 BST: 4.5h on Friday, Monday 25 May closed, 6h on Tuesday from 08:00 BST.
    const sla = computeSla(at('2026-05-22T13:00:00Z'));
    expect(iso(sla.clockStartsAt)).toBe('2026-05-22T13:00:00.000Z');
    expect(iso(sla.firstActionDue)).toBe('2026-05-22T15:00:00.000Z');
    expect(iso(sla.outcomeDue)).toBe('2026-05-26T13:00:00.000Z');
  });

  it('a request on Christmas Eve evening 2026 waits until Tuesday 29 December', () => {
    // Christmas Day Friday, Boxing Day substitute Monday 28th.
    const sla = computeSla(at('2026-12-24T19:00:00Z'));
    expect(iso(sla.clockStartsAt)).toBe('2026-12-29T08:00:00.000Z');
  });

  it('follows a custom policy', () => {
    const policy = slaPolicySchema.parse({ firstActionMinutes: 60 });
    expect(iso(computeSla(at('2026-01-19T18:00:00Z'), DEFAULT_HUB_CALENDAR, policy).firstActionDue)).toBe(
      '2026-01-20T08:30:00.000Z',
    );
  });
});

describe('a custom calendar', () => {
  const halfDayWednesday = hubCalendarSchema.parse({
    hours: { ...DEFAULT_HUB_CALENDAR.hours, wed: { open: '08:00', close: '13:00' } },
    closures: ['2026-01-22'],
  });

  it('closes at 13:00 on Wednesdays: Wednesday 12:00 plus two hours is Thursday 09:00', () => {
    expect(iso(addWorkingMinutes(at('2026-01-14T12:00:00Z'), 120, halfDayWednesday))).toBe(
      '2026-01-15T09:00:00.000Z',
    );
    expect(isOpenAt(at('2026-01-14T13:00:00Z'), halfDayWednesday)).toBe(false);
  });

  it('skips a hub-specific closure date: Wednesday 12:00 plus two hours is Friday 09:00', () => {
    expect(iso(addWorkingMinutes(at('2026-01-21T12:00:00Z'), 120, halfDayWednesday))).toBe(
      '2026-01-23T09:00:00.000Z',
    );
  });

  it('opens on Saturday when the hub adds Saturday hours', () => {
    const saturdays = hubCalendarSchema.parse({
      hours: { ...DEFAULT_HUB_CALENDAR.hours, sat: { open: '09:00', close: '12:00' } },
    });
    expect(iso(nextOpening(at('2026-01-16T19:00:00Z'), saturdays))).toBe('2026-01-17T09:00:00.000Z');
  });
});

describe('SLA state', () => {
  // Monday 08:00 GMT, first action due 10:00: amber from 75% of 120 minutes, i.e. 09:30.
  const start = at('2026-01-19T08:00:00Z');
  const due = at('2026-01-19T10:00:00Z');

  it('is ok until three quarters of the allowance is used', () => {
    expect(slaState(at('2026-01-19T09:29:59.999Z'), start, due)).toBe('ok');
  });

  it('turns amber at exactly three quarters of the allowance', () => {
    expect(slaState(at('2026-01-19T09:30:00Z'), start, due)).toBe('amber');
    expect(slaState(at('2026-01-19T09:59:59.999Z'), start, due)).toBe('amber');
  });

  it('is breached at the due instant', () => {
    expect(slaState(due, start, due)).toBe('breached');
    expect(slaState(at('2026-01-20T09:00:00Z'), start, due)).toBe('breached');
  });

  it('does not turn amber overnight: the allowance counts working time only', () => {
    // Monday 17:30 + 120 working minutes is due Tuesday 09:00; amber after 90 working minutes, Tuesday 08:30.
    const lateStart = at('2026-01-19T17:30:00Z');
    const { firstActionDue } = computeSla(lateStart);
    expect(iso(firstActionDue)).toBe('2026-01-20T09:00:00.000Z');
    expect(slaState(at('2026-01-20T07:59:00Z'), lateStart, firstActionDue)).toBe('ok');
    expect(slaState(at('2026-01-20T08:30:00Z'), lateStart, firstActionDue)).toBe('amber');
  });

  it('uses the policy amber fraction', () => {
    const policy = { ...DEFAULT_SLA_POLICY, amberAtFraction: 0.5 };
    expect(slaState(at('2026-01-19T09:00:00Z'), start, due, DEFAULT_HUB_CALENDAR, policy)).toBe('amber');
  });
});

describe('calendar and policy schemas', () => {
  it('defaults to 08:00-18:30 weekdays in Europe/London with no closures', () => {
    expect(hubCalendarSchema.parse({})).toEqual(DEFAULT_HUB_CALENDAR);
    expect(DEFAULT_HUB_CALENDAR.timeZone).toBe('Europe/London');
    expect(DEFAULT_HUB_CALENDAR.hours.mon).toEqual({ open: '08:00', close: '18:30' });
    expect(DEFAULT_HUB_CALENDAR.hours.sat).toBeNull();
    expect(DEFAULT_HUB_CALENDAR.closures).toEqual([]);
  });

  it('defaults the SLA policy to the hub service levels in docs/product.md', () => {
    expect(DEFAULT_SLA_POLICY).toEqual({
      firstActionMinutes: 120,
      outcomeMinutes: 630,
      redFlagAcceptMinutes: 15,
      offerExpiryMinutes: 30,
      externalAckMinutes: 240,
      amberAtFraction: 0.75,
    });
  });

  it.each([
    ['a day that closes before it opens', { hours: { ...DEFAULT_HUB_CALENDAR.hours, mon: { open: '18:00', close: '08:00' } } }],
    ['a day that opens and closes at once', { hours: { ...DEFAULT_HUB_CALENDAR.hours, mon: { open: '08:00', close: '08:00' } } }],
    ['an impossible time', { hours: { ...DEFAULT_HUB_CALENDAR.hours, mon: { open: '08:00', close: '25:00' } } }],
    ['a time without a leading zero', { hours: { ...DEFAULT_HUB_CALENDAR.hours, mon: { open: '8:00', close: '18:30' } } }],
    ['a week with no opening', { hours: { sun: null, mon: null, tue: null, wed: null, thu: null, fri: null, sat: null } }],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }],
    ['a closure that is not a date', { closures: ['2026-13-01'] }],
  ])('refuses %s', (_, config) => {
    expect(hubCalendarSchema.safeParse(config).success).toBe(false);
  });

  it('refuses an amber fraction outside (0, 1)', () => {
    expect(slaPolicySchema.safeParse({ amberAtFraction: 1.2 }).success).toBe(false);
  });
});

describe('properties of the clock', () => {
  // Within the bank holiday table, so holidays are exercised too.
  const instants = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T23:59:59Z'), noInvalidDate: true });
  const minutes = fc.integer({ min: 0, max: 5_000 });

  it('adding m working minutes then measuring from the clock start gives back m', () => {
    fc.assert(
      fc.property(instants, minutes, (s, m) => {
        expect(workingMinutesBetween(nextOpening(s), addWorkingMinutes(s, m))).toBe(m);
      }),
    );
  });

  it('gives back m on a custom calendar with short days, Saturday mornings and closures too', () => {
    const cal = hubCalendarSchema.parse({
      hours: {
        ...DEFAULT_HUB_CALENDAR.hours,
        wed: { open: '08:00', close: '13:00' },
        sat: { open: '09:00', close: '12:00' },
      },
      closures: ['2026-03-28', '2026-03-30', '2026-10-24', '2026-12-29'],
    });
    fc.assert(
      fc.property(instants, minutes, (s, m) => {
        expect(workingMinutesBetween(nextOpening(s, cal), addWorkingMinutes(s, m, cal), cal)).toBe(m);
      }),
    );
  });

  it('the next opening is always open', () => {
    fc.assert(fc.property(instants, (s) => isOpenAt(nextOpening(s))));
  });

  it('adding working time is monotonic in the start and in the minutes', () => {
    fc.assert(
      fc.property(instants, instants, minutes, minutes, (a, b, m1, m2) => {
        const [s1, s2] = a <= b ? [a, b] : [b, a];
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addWorkingMinutes(s1, lo).getTime()).toBeLessThanOrEqual(addWorkingMinutes(s2, lo).getTime());
        expect(addWorkingMinutes(s1, lo).getTime()).toBeLessThanOrEqual(addWorkingMinutes(s1, hi).getTime());
      }),
    );
  });
});
