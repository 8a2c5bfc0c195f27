// The wall-clock day of an instant: the remembered offsets must give exactly what the time-zone
// library gives, across clock changes, in zones whose offsets are not whole hours too.
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { MS_PER_DAY, wallDayNumber } from '../../../shared/time/wallDay';

const byLibrary = (ms: number, zone: string) => {
  const wall = new TZDate(ms, zone);
  return Date.UTC(wall.getFullYear(), wall.getMonth(), wall.getDate()) / MS_PER_DAY;
};
const day = (iso: string) => Date.parse(`${iso}T00:00:00.000Z`) / MS_PER_DAY;

it('puts the last millisecond before and the first after each London clock change on the right day', () => {
  // BST starts at 01:00 UTC on 29 March 2026 and ends at 01:00 UTC on 25 October 2026.
  for (const iso of ['2026-03-29T00:59:59.999Z', '2026-03-29T01:00:00.000Z', '2026-10-25T00:59:59.999Z', '2026-10-25T01:00:00.000Z']) {
    expect(wallDayNumber(Date.parse(iso), 'Europe/London')).toBe(byLibrary(Date.parse(iso), 'Europe/London'));
  }
  // 23:30 UTC on 31 May is 00:30 BST on 1 June; in January it is still 31 January in London.
  expect(wallDayNumber(Date.parse('2026-05-31T23:30:00.000Z'), 'Europe/London')).toBe(day('2026-06-01'));
  expect(wallDayNumber(Date.parse('2026-01-31T23:30:00.000Z'), 'Europe/London')).toBe(day('2026-01-31'));
});

it('is right inside a quarter hour that holds a clock change off the quarter', () => {
  // Newfoundland fell back at 00:01 NDT (02:31 UTC) on 30 October 2005: one minute either side.
  expect(wallDayNumber(Date.parse('2005-10-30T02:30:30Z'), 'America/St_Johns')).toBe(day('2005-10-30'));
  expect(wallDayNumber(Date.parse('2005-10-30T02:31:30Z'), 'America/St_Johns')).toBe(day('2005-10-29'));
  expect(wallDayNumber(Date.parse('2005-10-30T02:30:59Z'), 'America/St_Johns')).toBe(day('2005-10-30'));
});

it('agrees with the time-zone library for any instant, asked in any order', () => {
  const zones = ['Europe/London', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
  const from = Date.parse('2000-01-01T00:00:00Z');
  const to = Date.parse('2040-01-01T00:00:00Z');
  fc.assert(
    fc.property(fc.integer({ min: from, max: to }), fc.constantFrom(...zones), (ms, zone) => {
      expect(wallDayNumber(ms, zone)).toBe(byLibrary(ms, zone));
    }),
    { numRuns: 5000 },
  );
});
