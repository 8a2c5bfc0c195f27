// What an admin may save: every settings field bounded to what a hub can mean, so no value can stall the SLA clock.
import { describe, expect, it } from 'vitest';
import { hubSettingsSchema } from '../../../shared/schemas/settings';
import { DEFAULT_HUB_CALENDAR } from '../../../shared/time/hubCalendar';

const defaults = hubSettingsSchema.parse({});
const withSla = (sla: Record<string, number>) => ({ ...defaults, sla: { ...defaults.sla, ...sla } });
const withCalendar = (calendar: Record<string, unknown>) => ({ ...defaults, calendar: { ...defaults.calendar, ...calendar } });
const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));
const firstIssue = (value: unknown) => {
  const parsed = hubSettingsSchema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]!.path.join('.');
};

describe('SLA policy bounds', () => {
  it.each([
    ['a first action due in 2^53 minutes', { firstActionMinutes: 9007199254740991 }, 'sla.firstActionMinutes'],
    ['an outcome due in a hundred million minutes', { outcomeMinutes: 100_000_000 }, 'sla.outcomeMinutes'],
    ['a first action due in more than five long working days', { firstActionMinutes: 5 * 720 + 1, outcomeMinutes: 7200 }, 'sla.firstActionMinutes'],
    ['an outcome due in more than ten long working days', { outcomeMinutes: 10 * 720 + 1 }, 'sla.outcomeMinutes'],
    ['a red flag accepted after more than four working hours', { redFlagAcceptMinutes: 241 }, 'sla.redFlagAcceptMinutes'],
    ['a hand-off offered for more than a working day', { offerExpiryMinutes: 721 }, 'sla.offerExpiryMinutes'],
    ['an external referral acknowledged after more than five working days', { externalAckMinutes: 3601 }, 'sla.externalAckMinutes'],
    ['a first action due after the outcome', { firstActionMinutes: 700, outcomeMinutes: 630 }, 'sla.firstActionMinutes'],
    ['no time at all for a first action', { firstActionMinutes: 0 }, 'sla.firstActionMinutes'],
  ])('refuses %s', (_, sla, path) => {
    expect(firstIssue(withSla(sla))).toBe(path);
  });

  it('accepts the longest allowances a hub can mean', () => {
    const sla = { firstActionMinutes: 3600, outcomeMinutes: 7200, redFlagAcceptMinutes: 240, offerExpiryMinutes: 720, externalAckMinutes: 3600 };
    expect(hubSettingsSchema.parse(withSla(sla)).sla).toMatchObject(sla);
  });
});

describe('calendar bounds', () => {
  it('refuses a day that closes before it opens', () => {
    const hours = { ...DEFAULT_HUB_CALENDAR.hours, mon: { open: '18:00', close: '08:00' } };
    expect(firstIssue(withCalendar({ hours }))).toBe('calendar.hours.mon.close');
  });

  it.each(['2027-02-30', '2027-02-29', '2026-04-31', '2026-13-01', '26-01-01', '1899-12-25', '2200-01-01'])('refuses a closure on %s', (date) => {
    expect(firstIssue(withCalendar({ closures: [date] }))).toMatch(/^calendar\.closures/);
  });

  it('accepts 29 February in a leap year', () => {
    expect(firstIssue(withCalendar({ closures: ['2028-02-29'] }))).toBeUndefined();
  });

  it('refuses 420 closure days and accepts a year of them', () => {
    expect(firstIssue(withCalendar({ closures: days('2027-01-01', 420) }))).toBe('calendar.closures');
    expect(firstIssue(withCalendar({ closures: days('2027-01-01', 366) }))).toBeUndefined();
  });

  it('refuses the same closure twice', () => {
    expect(firstIssue(withCalendar({ closures: ['2026-12-29', '2026-12-30', '2026-12-29'] }))).toBe('calendar.closures');
  });
});

// Template bounds moved with the templates into the protocol: tests/unit/rules/protocolContent.test.ts.
describe('lease and sign-off bounds', () => {
  it.each([
    ['three clinical sign-offs for a protocol', { protocolSignOffsRequired: 3 }, 'protocolSignOffsRequired'],
    ['no clinical sign-off for a protocol', { protocolSignOffsRequired: 0 }, 'protocolSignOffsRequired'],
    ['a claim lease of no minutes', { leaseMinutes: 0 }, 'leaseMinutes'],
    ['a claim lease of more than two hours', { leaseMinutes: 121 }, 'leaseMinutes'],
  ])('refuses %s', (_, change, path) => {
    expect(firstIssue({ ...defaults, ...change })).toBe(path);
  });

  it('accepts the defaults as they are', () => {
    expect(hubSettingsSchema.parse(defaults)).toEqual(defaults);
  });

  it('still reads settings stored before the protocol was versioned, without their protocol and templates', () => {
    const old = { ...defaults, protocol: { version: 'CN v3', signedOffBy: 'Dr Lee Lead', coordinatorMaySelfCare: true }, safetyNettingTemplates: [] };
    expect(hubSettingsSchema.parse(old)).toEqual(defaults);
  });
});
