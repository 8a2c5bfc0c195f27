// What a lifecycle transition sets on the request besides its state and the machine's context:
// the claim's lease, the first action, why it came back, SLA breaches, closure and its outcome.
// One place for all of them, so no command patches a column of its own (docs/lifecycle.md).
import type { ConsultationStatus, Destination } from '../schemas/domain';
import type { Outcome } from '../schemas/outcome';
import type { ReturnDetail } from '../schemas/returnDetail';
import type { LifecycleEvent } from './events';

export const RETURN_REASONS = ['declined', 'offer_expired', 'safety_net_follow_up', 'lease_expired', 'handed_back', 'reopened', 'patient_not_reached'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** Why a request came back, in the words the queue shows. */
export const RETURN_REASON_WORDS: Record<ReturnReason, string> = {
  declined: 'Declined by the team it was offered to',
  offer_expired: 'The offer expired before anyone accepted it',
  safety_net_follow_up: 'Not acknowledged in time: follow up',
  lease_expired: 'The claim lapsed',
  handed_back: 'Handed back by the clinician',
  reopened: 'Reopened',
  patient_not_reached: 'Patient not reached: the message did not arrive',
};

/** The words for a stored return mark: a known reason's words, or the mark itself (a reopen writes its own sentence). */
export const returnReasonWords = (mark: string): string => (RETURN_REASON_WORDS as Record<string, string>)[mark] ?? mark;

/** The columns a transition decides. */
export interface LifecycleMarks {
  leaseExpiresAt: number | null;
  firstActionAt: number | null;
  returnedBecause: string | null;
  returnDetail: ReturnDetail | null;
  slaBreaches: string[];
  closedAt: number | null;
  outcome: Outcome | null;
}

const FINAL: readonly ConsultationStatus[] = ['closed', 'cancelled'];

const RETURNS: Partial<Record<LifecycleEvent['type'], ReturnReason>> = {
  decline: 'declined',
  offer_expired: 'offer_expired',
  acknowledgement_expired: 'safety_net_follow_up',
  lease_expired: 'lease_expired',
  hand_back: 'handed_back',
  reopen: 'reopened',
  patient_not_reached: 'patient_not_reached',
};

/** A person's routing decision: the request's first action, for its SLA. */
const isDecision = (event: LifecycleEvent) =>
  event.actor.kind === 'staff' &&
  (event.type === 'offer' || event.type === 'escalate' || event.type === 'accept' || (event.type === 'reassign' && event.to.kind === 'team'));

function outcomeOf(event: LifecycleEvent, pendingDestination: Destination | null): Outcome {
  switch (event.type) {
    case 'complete':
      return { kind: 'completed', code: event.outcome, notes: event.notes ?? null };
    case 'offer':
      return { kind: 'routed', destination: event.handoff.destination };
    // Self-care or self-referral closes once the patient has the advice, by message or by phone.
    case 'message_delivered':
    case 'patient_told':
      return { kind: 'routed', destination: pendingDestination ?? 'self_care' };
    case 'acknowledge':
      return { kind: 'referred', destination: pendingDestination ?? 'pharmacy_minor_illness' };
    case 'accept':
      return { kind: 'accepted_by_practice' };
    default:
      return { kind: 'cancelled' };
  }
}

/** A reopened request says who reopened it and what they asked for, in the queue itself. */
const reopenedBecause = (event: Extract<LifecycleEvent, { type: 'reopen' }>) =>
  `Reopened${event.afterReview ? ' after review' : ''} by ${event.actor.name}: ${event.reason}`;

/** Returns from a team's or a service's hand-off name it; returns a person sent name them and what they wrote. */
const FROM_HANDOFF: readonly LifecycleEvent['type'][] = ['decline', 'offer_expired', 'acknowledgement_expired'];

function returnDetailOf(event: LifecycleEvent, pendingDestination: Destination | null): ReturnDetail {
  const note = event.type === 'decline' || event.type === 'hand_back' || event.type === 'patient_not_reached' ? event.reason : null;
  return {
    from: FROM_HANDOFF.includes(event.type) ? pendingDestination : null,
    by: event.actor.kind === 'staff' && note !== null ? event.actor.name : null,
    note,
  };
}

/**
 * The marks after `event` took the request from `before.status` to `status`, at `at`.
 * `leaseMinutes` is the hub's claim lease, in force when a claim is taken or renewed.
 */
export function marksAfter(
  event: LifecycleEvent,
  before: LifecycleMarks & { status: ConsultationStatus; pendingDestination: Destination | null },
  status: ConsultationStatus,
  at: number,
  leaseMinutes: number,
): LifecycleMarks {
  // A reassign to a person gives them a fresh lease, as their own claim would.
  const renewsLease = event.type === 'claim' || event.type === 'renew' || event.type === 'reassign';
  const closes = FINAL.includes(status) && !FINAL.includes(before.status);
  const reopens = FINAL.includes(before.status) && !FINAL.includes(status);
  const returned = RETURNS[event.type];
  // A routing decision that leaves the request with someone clears the mark of why it came back.
  const movesOn = event.type === 'offer' || event.type === 'escalate' || event.type === 'accept' || event.type === 'reassign';
  const returnedBecause =
    event.type === 'reopen' ? reopenedBecause(event) : (returned ?? (movesOn && !closes ? null : before.returnedBecause));
  return {
    // A lease belongs to a claim: any change that ends the claim ends the lease.
    leaseExpiresAt: status !== 'in_triage' ? null : renewsLease ? at + leaseMinutes * 60_000 : before.leaseExpiresAt,
    firstActionAt: before.firstActionAt ?? (isDecision(event) ? at : null),
    returnedBecause,
    // A reopen's mark is already its own sentence; any other return says who sent it back and why.
    returnDetail: returned && event.type !== 'reopen' ? returnDetailOf(event, before.pendingDestination) : returnedBecause === null ? null : before.returnDetail,
    slaBreaches:
      event.type === 'sla_breached' && !before.slaBreaches.includes(event.deadline) ? [...before.slaBreaches, event.deadline] : before.slaBreaches,
    closedAt: closes ? at : reopens ? null : before.closedAt,
    outcome: closes ? outcomeOf(event, before.pendingDestination) : reopens ? null : before.outcome,
  };
}
