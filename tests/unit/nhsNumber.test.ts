// NHS number validation: 10 digits, the last a modulus-11 check digit (docs/domain-rules.md).
import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, normaliseNhsNumber } from '../../shared/nhsNumber';

describe('NHS number', () => {
  it('accepts 9434765919, whose check digit is right', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
  });

  it('refuses 9434765918, whose check digit is wrong', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('accepts a number written with spaces as on an NHS card', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(normaliseNhsNumber('943 476 5919')).toBe('9434765919');
  });

  it('refuses a number that is too short or too long', () => {
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('')).toBe(false);
  });

  it('refuses letters', () => {
    expect(isValidNhsNumber('94347659A9')).toBe(false);
    expect(isValidNhsNumber('ABCDEFGHIJ')).toBe(false);
  });

  it('refuses every number whose check digit would be 10', () => {
    // 100000001: sum 10×1 + 2×1 = 12, 12 mod 11 = 1, 11 − 1 = 10, so no tenth digit can make it valid.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
  });

  it('takes a check of 11 as 0', () => {
    // 100000006: sum 10 + 12 = 22, 22 mod 11 = 0, 11 − 0 = 11, written as 0.
    expect(isValidNhsNumber('1000000060')).toBe(true);
  });

  it('formats as 3-3-4 for lists', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });
});
