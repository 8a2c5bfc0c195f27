// Rota sessions on the hub calendar (docs/rota.md): morning from opening to 13:00, afternoon from
// 13:00 to closing, on London's wall clock in winter and summer; none on closed days.
import { describe, expect, it } from 'vitest';
import { checkRotaChange } from '../../../shared/rules/rota';
import { DEFAULT_HUB_CALENDAR, hubCalendarSchema } from '../../../shared/time/hubCalendar';
import { sessionAt, sessionLabel, sessionWindow } from '../../../shared/time/rotaSessions';

const iso = (w: { start: number; end: number } | null) => w && { start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() };

describe('rota sessions', () => {
  it('runs the morning from opening to 13:00 and the afternoon from 13:00 to closing, in GMT', () => {
    expect(iso(sessionWindow('2026-11-26', 'morning', DEFAULT_HUB_CALENDAR))).toEqual({ start: '2026-11-26T08:00:00.000Z', end: '2026-11-26T13:00:00.000Z' });
    expect(iso(sessionWindow('2026-11-26', 'afternoon', DEFAULT_HUB_CALENDAR))).toEqual({ start: '2026-11-26T13:00:00.000Z', end: '2026-11-26T18:30:00.000Z' });
  });

  it('keeps 13:00 London as the boundary in summer time', () => {
    expect(iso(sessionWindow('2026-06-11', 'morning', DEFAULT_HUB_CALENDAR))!.end).toBe('2026-06-11T12:00:00.000Z');
    expect(sessionAt(Date.parse('2026-06-11T11:59:59.999Z'), DEFAULT_HUB_CALENDAR)).toEqual({ date: '2026-06-11', session: 'morning' });
    expect(sessionAt(Date.parse('2026-06-11T12:00:00.000Z'), DEFAULT_HUB_CALENDAR)).toEqual({ date: '2026-06-11', session: 'afternoon' });
  });

  it('has no sessions at weekends, on bank holidays, on closures, or outside hours', () => {
    expect(sessionWindow('2026-11-28', 'morning', DEFAULT_HUB_CALENDAR)).toBeNull();
    expect(sessionWindow('2026-12-25', 'afternoon', DEFAULT_HUB_CALENDAR)).toBeNull();
    const closing = hubCalendarSchema.parse({ closures: ['2026-11-27'] });
    expect(sessionWindow('2026-11-27', 'morning', closing)).toBeNull();
    expect(sessionAt(Date.parse('2026-11-26T19:00:00.000Z'), DEFAULT_HUB_CALENDAR)).toBeNull();
  });

  it('has no morning on a day that opens at 13:00, and no afternoon on one that closes at 13:00', () => {
    const hours = hubCalendarSchema.parse({ hours: { sun: null, mon: { open: '13:00', close: '20:00' }, tue: { open: '08:00', close: '13:00' }, wed: null, thu: null, fri: null, sat: null } });
    expect(sessionWindow('2026-11-23', 'morning', hours)).toBeNull();
    expect(sessionWindow('2026-11-23', 'afternoon', hours)).not.toBeNull();
    expect(sessionWindow('2026-11-24', 'afternoon', hours)).toBeNull();
  });

  it('labels a session as people say it', () => {
    expect(sessionLabel('2026-12-04', 'afternoon')).toBe('Fri 4 Dec afternoon');
  });
});

describe('changing the rota', () => {
  const now = Date.parse('2026-11-24T13:00:00.000Z');
  it('refuses a session that has ended, allows the one in progress', () => {
    expect(checkRotaChange('2026-11-24', 'morning', now, DEFAULT_HUB_CALENDAR)).toMatchObject({ ok: false, code: 'ROTA_SESSION_PAST' });
    expect(checkRotaChange('2026-11-24', 'afternoon', now, DEFAULT_HUB_CALENDAR)).toEqual({ ok: true });
    expect(checkRotaChange('2026-11-21', 'morning', now, DEFAULT_HUB_CALENDAR)).toMatchObject({ code: 'ROTA_SESSION_PAST' });
  });

  it('plans at most a year ahead', () => {
    expect(checkRotaChange('2027-11-24', 'morning', now, DEFAULT_HUB_CALENDAR)).toEqual({ ok: true });
    expect(checkRotaChange('2027-11-25', 'morning', now, DEFAULT_HUB_CALENDAR)).toMatchObject({ code: 'ROTA_BEYOND_HORIZON' });
  });
});
