// Settings the hub can work with: every SLA can be computed from now and from every closed spell ahead.
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../shared/rules/hubSettings';
import { hubSettingsSchema, type HubSettings } from '../../../shared/schemas/settings';

const NOW = new Date('2026-11-24T10:00:00Z');
const defaults = hubSettingsSchema.parse({});
const mondaysOnly = { sun: null, mon: { open: '08:00', close: '18:30' }, tue: null, wed: null, thu: null, fri: null, sat: null };
/** `n` Mondays from `from` (a Monday), one week apart. */
const mondays = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10));
const settings = (calendar: Partial<HubSettings['calendar']>, sla: Partial<HubSettings['sla']> = {}): HubSettings =>
  hubSettingsSchema.parse({ ...defaults, calendar: { ...defaults.calendar, ...calendar }, sla: { ...defaults.sla, ...sla } });

describe('settings the hub can work with', () => {
  it('accepts the defaults and an ordinary year of closures', () => {
    expect(checkSettings(defaults, NOW)).toEqual({ ok: true });
    expect(checkSettings(settings({ closures: ['2026-12-24', '2026-12-29', '2026-12-30', '2026-12-31'] }), NOW)).toEqual({ ok: true });
  });

  it('refuses a calendar that does not open again within the horizon', () => {
    // Open on Mondays only, and the next 60 Mondays closed: no opening for over 400 days.
    const verdict = checkSettings(settings({ hours: mondaysOnly, closures: mondays('2026-11-30', 60) }), NOW);
    expect(verdict).toMatchObject({ ok: false, code: 'CALENDAR_HAS_NO_OPENING' });
    if (!verdict.ok) expect(verdict.message).toMatch(/400 days/);
  });

  it('refuses a closed spell that begins later, though the hub opens tomorrow', () => {
    const verdict = checkSettings(settings({ hours: mondaysOnly, closures: mondays('2027-06-07', 60) }), NOW);
    expect(verdict).toMatchObject({ ok: false, code: 'CALENDAR_HAS_NO_OPENING' });
    // Monday 31 May is the spring bank holiday, so the spell begins when the hub closes on Monday 24 May.
    if (!verdict.ok) expect(verdict.message).toMatch(/from 2027-05-24/);
  });

  it('refuses hours too short for an SLA to fall within the horizon, naming the SLA', () => {
    const minuteOnMondays = { ...mondaysOnly, mon: { open: '08:00', close: '08:01' } };
    const verdict = checkSettings(settings({ hours: minuteOnMondays }), NOW);
    expect(verdict).toMatchObject({ ok: false, code: 'SLA_BEYOND_HORIZON' });
    // 15 and 30 minutes take 15 and 30 weeks; the first action's 120 would take over two years.
    if (!verdict.ok) expect(verdict.message).toMatch(/^sla\.firstActionMinutes/);
  });

  it('ignores closures already past', () => {
    expect(checkSettings(settings({ hours: mondaysOnly, closures: mondays('2024-01-01', 60) }), NOW)).toEqual({ ok: true });
  });
});
