// Rule: settings the hub can work with. Valid fields are not enough: hours and closures together must leave
// every SLA computable, from now and from the start of every closed spell ahead, within the working-time
// walk's horizon. Refused when saved, so an intake or a hand-off never meets a calendar it cannot use.
import { ALLOWED, refuse, type Verdict } from '../errors';
import type { HubSettings } from '../schemas/settings';
import { WORKING_TIME_HORIZON_DAYS, WorkingTimeLimitError, addWorkingMinutes, lastClosingBefore } from '../time/workingTime';

/** Every allowance the hub computes in working time, named by its settings field. */
const ALLOWANCES = ['redFlagAcceptMinutes', 'offerExpiryMinutes', 'firstActionMinutes', 'externalAckMinutes', 'outcomeMinutes'] as const;

const fits = (start: Date, minutes: number, settings: HubSettings): boolean => {
  try {
    addWorkingMinutes(start, minutes, settings.calendar);
    return true;
  } catch (e) {
    if (e instanceof WorkingTimeLimitError) return false;
    throw e;
  }
};


/**
 * The instants an SLA clock could start from that are hardest for this calendar: now, and the start of
 * each closed spell holding one of the hub's own closures (the weekly hours and bank holidays alone leave
 * spells of days, the closures can make them long).
 */
function hardestStarts(settings: HubSettings, now: Date): Date[] {
  const starts = new Map<number, Date>([[now.getTime(), now]]);
  for (const iso of settings.calendar.closures) {
    const spell = lastClosingBefore(iso, settings.calendar);
    if (spell > now) starts.set(spell.getTime(), spell);
  }
  return [...starts.values()];
}

/** Allowed, or refused naming the first start and allowance the calendar cannot serve. */
export function checkSettings(settings: HubSettings, now: Date): Verdict {
  // The hub-local date, as an admin reads the calendar ('en-CA' writes YYYY-MM-DD).
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: settings.calendar.timeZone }).format(d);
  const longest = Math.max(...ALLOWANCES.map((a) => settings.sla[a]));
  for (const start of hardestStarts(settings, now)) {
    // One walk with the longest allowance settles the usual case; only a failure needs telling apart.
    if (fits(start, longest, settings)) continue;
    if (!fits(start, 0, settings)) {
      return refuse(
        'CALENDAR_HAS_NO_OPENING',
        `calendar: from ${day(start)} the hub would not open within ${WORKING_TIME_HORIZON_DAYS} days, so no SLA clock could start`,
      );
    }
    const field = [...ALLOWANCES].sort((a, b) => settings.sla[a] - settings.sla[b]).find((a) => !fits(start, settings.sla[a], settings))!;
    return refuse(
      'SLA_BEYOND_HORIZON',
      `sla.${field}: ${settings.sla[field]} working minutes from ${day(start)} would not fall within ${WORKING_TIME_HORIZON_DAYS} days on these hours and closures`,
    );
  }
  return ALLOWED;
}

