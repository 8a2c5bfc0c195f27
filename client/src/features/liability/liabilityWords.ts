// How the liability map reads: parties, hand-off answers and waits in words, and London wall-clock input.
import { TZDate } from '@date-fns/tz';
import type { Party } from '../../../../shared/lifecycle/liability';
import { DESTINATION_RULES, type DestinationKind, type ResponsibilityMoves } from '../../../../shared/rules/destinations';
import { reasonCodeWords } from '../../../../shared/schemas/handoff';
import type { HubCalendar, SlaPolicy } from '../../../../shared/time/hubCalendar';
import { workingMinutesBetween } from '../../../../shared/time/workingTime';
import type { HandoffView } from '../../api/http';
import { londonDateTime } from '../../format';

const LONDON = 'Europe/London';

const KIND_WORDS: Record<Party['kind'], string | null> = {
  person: 'person',
  team: 'team queue',
  role: 'role',
  organisation: 'organisation',
  patient: null,
};

/** "Ana Nurse (person)"; the patient needs no kind. */
export function partyWords(party: Party): string {
  const kind = KIND_WORDS[party.kind];
  return kind ? `${party.name} (${kind})` : party.name;
}

export const samePartyAs = (a: Party, b: Party) => a.kind === b.kind && a.id === b.id;

export const reasonWords = (code: string): string => reasonCodeWords(code);

export const HANDOFF_STATUS_WORDS: Record<HandoffView['status'], string> = {
  offered: 'Awaiting an answer',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired, not answered in time',
  acknowledged: 'Acknowledged',
  sent: 'Sent (no acceptance needed)',
  withdrawn: 'Withdrawn: the request was reopened after review',
};

/** How a hand-off was answered, in one sentence. */
export function answerWords(handoff: HandoffView): string {
  const when = handoff.respondedAt ? `, ${londonDateTime(handoff.respondedAt)}` : '';
  switch (handoff.status) {
    case 'offered':
      // A red flag's offer never lapses back to the queue: it goes to the clinical lead.
      if (handoff.escalatedAt) return `Not answered yet (escalated to the clinical lead ${londonDateTime(handoff.escalatedAt)})`;
      if (handoff.reasonCode === 'red_flag_escalation' && handoff.expiresAt) {
        return `Not answered yet (escalated to the clinical lead if not accepted by ${londonDateTime(handoff.expiresAt)})`;
      }
      return `Not answered yet${handoff.expiresAt ? ` (the offer lapses ${londonDateTime(handoff.expiresAt)})` : ''}`;
    case 'accepted':
    case 'acknowledged':
      return `${HANDOFF_STATUS_WORDS[handoff.status]} by ${handoff.respondedBy ?? 'the receiving service'}${when}`;
    case 'declined':
      return `Declined by ${handoff.respondedBy ?? 'the receiving team'}${when}${handoff.responseReason ? `: “${handoff.responseReason}”` : ''}`;
    case 'expired':
      return `Not answered in time: the offer expired${when} and the request went back to the hub`;
    case 'sent':
      return `Sent ${londonDateTime(handoff.respondedAt ?? handoff.offeredAt)}; no acceptance needed`;
    case 'withdrawn':
      return `Withdrawn by ${handoff.respondedBy ?? 'the clinical lead'}${when}${handoff.responseReason ? `: “${handoff.responseReason}”` : ''}`;
  }
}

export const MOVES_WORDS: Record<ResponsibilityMoves, string> = {
  on_acceptance: 'On acceptance',
  on_acknowledgement: 'On acknowledgement',
  on_safety_netting_sent: 'When the safety-netting advice reaches the patient',
  immediately: 'Immediately, when the advice is given',
};

export const DESTINATION_KIND_WORDS: Record<DestinationKind, string> = {
  hub_team: 'Hub team',
  external_pharmacy: 'Community pharmacy (external)',
  patient_led: 'Patient-led pathway',
  patient: 'Patient',
  practice: 'Back to the practice',
  urgent: 'Urgent care',
};

export interface Wait {
  /** What the sender waited for. */
  awaited: 'acceptance' | 'acknowledgement';
  /** Wall-clock time from offer to answer (or to now while it still waits). */
  elapsedMs: number;
  /** The same wait counted in hub working hours, as the allowance is. */
  workingMinutes: number;
  allowanceMinutes: number;
  over: boolean;
  pending: boolean;
}

/**
 * The wait between offer and answer, for destinations that must accept, counted on the hub's calendar in
 * force. The allowance is the hub's SLA policy in force: `offerExpiryMinutes` for hub teams (30 working
 * minutes by default), `externalAckMinutes` for pharmacies and practices (4 working hours by default).
 */
export function waitOf(handoff: HandoffView, now: number, settings: { calendar: HubCalendar; sla: SlaPolicy }): Wait | null {
  const rule = DESTINATION_RULES[handoff.destination];
  if (!rule.needsAcceptance || handoff.status === 'sent') return null;
  const pending = handoff.status === 'offered';
  const end = pending ? now : handoff.respondedAt ? Date.parse(handoff.respondedAt) : null;
  if (end === null) return null;
  const start = Date.parse(handoff.offeredAt);
  const allowanceMinutes = rule.kind === 'hub_team' ? settings.sla.offerExpiryMinutes : settings.sla.externalAckMinutes;
  const workingMinutes = workingMinutesBetween(new Date(start), new Date(end), settings.calendar);
  return {
    awaited: rule.kind === 'external_pharmacy' ? 'acknowledgement' : 'acceptance',
    elapsedMs: Math.max(0, end - start),
    workingMinutes,
    allowanceMinutes,
    over: workingMinutes > allowanceMinutes,
    pending,
  };
}

/** "30-minute", "4-hour". */
export const allowanceWords = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60}-hour` : `${minutes}-minute`);

/** A datetime-local value ("2026-03-03T10:32"), read as London wall-clock time, as an ISO instant; null if not a time. */
export function londonInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const at = new TZDate(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s, LONDON);
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime()).toISOString();
}

/** An instant as a datetime-local value in London, to start the form at "now". */
export function isoToLondonInput(ms: number): string {
  const at = new TZDate(ms, LONDON);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
}
