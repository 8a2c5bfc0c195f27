// The working-time walk is bounded: no sum of minutes and no calendar can make it run for more than its horizon.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY, hubCalendarSchema } from '../../../shared/time/hubCalendar';
import {
  WORKING_TIME_HORIZON_DAYS,
  WorkingTimeLimitError,
  addWorkingMinutes,
  computeSla,
  lastClosingBefore,
  nextOpening,
  workingMinutesBetween,
} from '../../../shared/time/workingTime';

const at = (isoUtc: string) => new Date(isoUtc);
const TUESDAY_10AM = at('2026-11-24T10:00:00Z');
const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

/** Runs `f` and gives back how long it took, so a test can say "quickly" without racing a timer. */
const timed = (f: () => void) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

describe('the walk’s horizon', () => {
  it('gives up on a sum of minutes no hub could mean, at once and with a typed error', () => {
    for (const minutes of [9007199254740991, 100_000_000]) {
      const ms = timed(() => expect(() => addWorkingMinutes(TUESDAY_10AM, minutes)).toThrow(WorkingTimeLimitError));
      expect(ms).toBeLessThan(2000);
    }
  });

  it('is a RangeError that names the horizon and where the walk started', () => {
    const error = (() => {
      try {
        addWorkingMinutes(TUESDAY_10AM, 1_000_000);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({ limitDays: WORKING_TIME_HORIZON_DAYS, from: TUESDAY_10AM });
    expect((error as Error).message).toMatch(/400 days/);
  });

  it('still reaches a deadline most of a year away', () => {
    // 200 working days of 10.5 hours is about 40 weeks.
    expect(addWorkingMinutes(TUESDAY_10AM, 200 * 630).getTime()).toBeGreaterThan(TUESDAY_10AM.getTime());
  });

  it('refuses an SLA on a calendar open one minute a week', () => {
    const cal = hubCalendarSchema.parse({
      hours: { sun: null, mon: { open: '08:00', close: '08:01' }, tue: null, wed: null, thu: null, fri: null, sat: null },
    });
    expect(() => computeSla(TUESDAY_10AM, cal, DEFAULT_SLA_POLICY)).toThrow(WorkingTimeLimitError);
  });

  it('refuses to find an opening when the hub is closed for 420 days', () => {
    const cal = { ...DEFAULT_HUB_CALENDAR, closures: days('2026-11-24', 420) };
    expect(() => nextOpening(TUESDAY_10AM, cal)).toThrow(WorkingTimeLimitError);
    expect(() => computeSla(TUESDAY_10AM, cal)).toThrow(WorkingTimeLimitError);
  });

  it('measures working time over years, but not over millennia', () => {
    expect(workingMinutesBetween(at('2026-01-01T00:00:00Z'), at('2030-01-01T00:00:00Z'))).toBeGreaterThan(0);
    const ms = timed(() => expect(() => workingMinutesBetween(TUESDAY_10AM, at('+200000-01-01T00:00:00Z'))).toThrow(WorkingTimeLimitError));
    expect(ms).toBeLessThan(2000);
  });
});

describe('the last closing before a day', () => {
  it('is the evening before on a weekday', () => {
    expect(lastClosingBefore('2026-11-25', DEFAULT_HUB_CALENDAR)).toEqual(at('2026-11-24T18:30:00Z'));
  });

  it('is Friday evening for a Monday, and earlier still across closures', () => {
    expect(lastClosingBefore('2026-11-30', DEFAULT_HUB_CALENDAR)).toEqual(at('2026-11-27T18:30:00Z'));
    const cal = { ...DEFAULT_HUB_CALENDAR, closures: ['2026-11-26', '2026-11-27'] };
    expect(lastClosingBefore('2026-11-30', cal)).toEqual(at('2026-11-25T18:30:00Z'));
  });
});
