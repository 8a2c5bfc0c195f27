// Out of hours: whether the hub is open at an instant, and the urgent-care advice a red flag that arrives
// while it is closed is answered with (docs/clinical-safety/red-flags.md). Pure: the intake route and the
// intake command ask it with the hub's calendar; the queue page with the same calendar.
import type { HubOpen, PatientAdvice } from '../schemas/intakeResponse';
import type { HubCalendar } from '../time/hubCalendar';
import { isOpenAt, nextOpening } from '../time/workingTime';
import { RED_FLAG_RULES } from './redFlags';

export function hubOpenAt(at: number, calendar: HubCalendar): HubOpen {
  const when = new Date(at);
  if (isOpenAt(when, calendar)) return { open: true, reopensAt: null };
  return { open: false, reopensAt: nextOpening(when, calendar).toISOString() };
}

// NHS.uk's wording: "Call 999 if … it's a life-threatening emergency"; "Get help from 111 online or call 111".
const CALL_999 =
  'Call 999 now. Your answers suggest you may need urgent medical help and the GP hub is closed, so do not wait for it to contact you.';
const CALL_111 =
  'Call NHS 111 now, or go to 111.nhs.uk. Your answers suggest you need medical help today and the GP hub is closed. Call 999 if it is a life-threatening emergency.';

/** The advice for a request's definite red flags: 999 if any is of emergency severity, else NHS 111. */
export function urgentCareAdvice(redFlags: readonly string[]): PatientAdvice {
  // A flag raised by hand (not in the rule table) counts as an emergency: the safer reading.
  const emergency = redFlags.some((id) => RED_FLAG_RULES.find((r) => r.id === id)?.severity !== 'urgent');
  return emergency ? { kind: 'urgent_care', call: '999', text: CALL_999 } : { kind: 'urgent_care', call: '111', text: CALL_111 };
}

/** The advice owed to a request received at `receivedAt`: only a definite red flag while the hub was closed. */
export function adviceOnArrival(row: { redFlags: readonly string[]; receivedAt: number }, calendar: HubCalendar): PatientAdvice | undefined {
  if (row.redFlags.length === 0 || isOpenAt(new Date(row.receivedAt), calendar)) return undefined;
  return urgentCareAdvice(row.redFlags);
}
