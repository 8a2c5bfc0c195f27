// The figures' pure rules: exact nearest-rank percentiles, small-number suppression, and the calendar
// facts (hub-local day and hour, the end of the next working day over weekends and bank holidays).
import { describe, expect, it } from 'vitest';
import { METRIC_DEFINITIONS, derived, percentile, rate, suppressCount } from '../../../shared/rules/metrics';
import { endOfNextWorkingDay, startOfDay, wallClockOf } from '../../../shared/rules/metricsTime';
import { DEFAULT_HUB_CALENDAR, hubCalendarSchema } from '../../../shared/time/hubCalendar';

const h = (...values: number[]) => values.map((value) => ({ value, count: 1 }));

describe('percentiles of working minutes', () => {
  it('takes the nearest rank: the median of five is the third, the 90th percentile of five the fifth', () => {
    expect(percentile(h(30, 10, 50, 20, 40), 0.5)).toBe(30);
    expect(percentile(h(30, 10, 50, 20, 40), 0.9)).toBe(50);
  });
  it('reads a histogram with counts as the values repeated', () => {
    expect(percentile([{ value: 5, count: 9 }, { value: 600, count: 1 }], 0.9)).toBe(5);
    expect(percentile([{ value: 5, count: 8 }, { value: 600, count: 2 }], 0.9)).toBe(600);
  });
  it('has no percentile of nothing', () => {
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('small-number suppression', () => {
  it('shows zero and five or more, and "<5" for one to four', () => {
    expect([0, 1, 4, 5, 12].map(suppressCount)).toEqual([0, '<5', '<5', 5, 12]);
  });
  it('suppresses a rate whose part or base counts one to four, and has none of an empty base', () => {
    expect(rate(3, 10)).toBe('<5');
    expect(rate(5, 4)).toBe('<5');
    expect(rate(0, 0)).toBeNull();
    expect(rate(0, 8)).toBe(0);
    expect(rate(6, 8)).toBe(0.75);
  });
  it('suppresses a median of fewer than five requests', () => {
    expect(derived(4, () => 12)).toBe('<5');
    expect(derived(5, () => 2 / 3)).toBe(0.6667);
  });
});

describe('the next working day', () => {
  const at = (iso: string) => Date.parse(iso);
  it('is Monday for a request in hours on Friday, Tuesday for one after Friday’s close', () => {
    expect(new Date(endOfNextWorkingDay(at('2026-11-27T10:00:00Z'), DEFAULT_HUB_CALENDAR)).toISOString()).toBe('2026-11-30T18:30:00.000Z');
    expect(new Date(endOfNextWorkingDay(at('2026-11-27T19:00:00Z'), DEFAULT_HUB_CALENDAR)).toISOString()).toBe('2026-12-01T18:30:00.000Z');
  });
  it('steps over Christmas Day, the weekend and the Boxing Day substitute', () => {
    expect(new Date(endOfNextWorkingDay(at('2026-12-24T17:30:00Z'), DEFAULT_HUB_CALENDAR)).toISOString()).toBe('2026-12-29T18:30:00.000Z');
  });
  it('steps over the hub’s own closed days, in British Summer Time', () => {
    const cal = hubCalendarSchema.parse({ closures: ['2026-06-02'] });
    expect(new Date(endOfNextWorkingDay(at('2026-06-01T09:00:00Z'), cal)).toISOString()).toBe('2026-06-03T17:30:00.000Z');
  });
});

describe('hub-local days and hours', () => {
  it('places 23:30 UTC in summer on the next London day, at midnight hour', () => {
    expect(wallClockOf(Date.parse('2026-06-01T23:30:00Z'), DEFAULT_HUB_CALENDAR)).toEqual({ day: '2026-06-02', hour: 0, weekday: 2 });
    expect(new Date(startOfDay('2026-06-02', DEFAULT_HUB_CALENDAR)).toISOString()).toBe('2026-06-01T23:00:00.000Z');
  });
});

it('defines every figure in one line', () => {
  for (const text of Object.values(METRIC_DEFINITIONS)) {
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toContain('\n');
  }
});
