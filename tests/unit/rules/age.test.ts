// Age on a day, on the Europe/London calendar: the basis of every age-bound rule.
import { describe, expect, it } from 'vitest';
import { ageInDaysOn, ageInMonthsOn, ageInYearsOn, londonDateOf } from '../../../shared/rules/age';

describe('ageInYearsOn', () => {
  it('is one year less on the day before the birthday', () => {
    expect(ageInYearsOn('2013-03-04', '2025-03-03')).toBe(11);
  });

  it('counts the year on the birthday itself', () => {
    expect(ageInYearsOn('2013-03-04', '2025-03-04')).toBe(12);
  });

  it('takes the London date of an instant: 23:30 UTC on 31 May is already 1 June in BST', () => {
    expect(londonDateOf('2025-05-31T23:30:00Z')).toBe('2025-06-01');
    expect(ageInYearsOn('2013-06-01', '2025-05-31T23:30:00Z')).toBe(12);
  });

  it('takes the London date of an instant in winter, when London is on UTC', () => {
    expect(londonDateOf('2025-01-31T23:30:00Z')).toBe('2025-01-31');
    expect(ageInYearsOn('2013-02-01', '2025-01-31T23:30:00Z')).toBe(11);
  });

  it('reads instants with an offset', () => {
    expect(londonDateOf('2025-06-01T00:30:00+01:00')).toBe('2025-06-01');
    expect(londonDateOf('2025-06-01T08:00:00-05:00')).toBe('2025-06-01');
  });

  it('ages someone born on 29 February on 1 March in a common year', () => {
    expect(ageInYearsOn('2004-02-29', '2021-02-28')).toBe(16);
    expect(ageInYearsOn('2004-02-29', '2021-03-01')).toBe(17);
    expect(ageInYearsOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('refuses a malformed or impossible birth date', () => {
    expect(() => ageInYearsOn('04/03/2013', '2025-03-03')).toThrow(RangeError);
    expect(() => ageInYearsOn('2025-02-30', '2025-03-03')).toThrow(RangeError);
    expect(() => ageInYearsOn('2013-03-04', 'yesterday')).toThrow(RangeError);
  });
});

describe('ageInMonthsOn', () => {
  it('counts completed calendar months', () => {
    expect(ageInMonthsOn('2025-01-10', '2025-04-09')).toBe(2);
    expect(ageInMonthsOn('2025-01-10', '2025-04-10')).toBe(3);
  });

  it('makes a baby born on 30 November three months old on 1 March', () => {
    expect(ageInMonthsOn('2024-11-30', '2025-02-28')).toBe(2);
    expect(ageInMonthsOn('2024-11-30', '2025-03-01')).toBe(3);
  });
});

describe('ageInDaysOn', () => {
  it('is 0 on the day of birth', () => {
    expect(ageInDaysOn('2025-03-03', '2025-03-03T17:00:00Z')).toBe(0);
  });

  it('counts whole days across the clocks going forward', () => {
    expect(ageInDaysOn('2025-03-29', '2025-03-31T09:00:00+01:00')).toBe(2);
  });

  it('counts 90 days from 1 January to 1 April in a common year', () => {
    expect(ageInDaysOn('2025-01-01', '2025-04-01')).toBe(90);
  });
});
