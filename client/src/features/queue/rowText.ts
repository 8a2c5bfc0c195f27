// The words a queue row uses for who has a request and what is happening to it.
import type { QueueItem, User } from '../../../../shared/schemas/api';
import { DESTINATION_WORDS } from '../../format';

/** "Being triaged by Coordinator 3", "You are triaging this", "Offered to the ANP team"…; null when it is simply waiting. */
export function holderText(item: QueueItem, user: User): string | null {
  if (item.status === 'in_triage' && item.claimedBy) {
    return item.claimedBy.id === user.id ? 'You are triaging this' : `Being triaged by ${item.claimedBy.name}`;
  }
  if (item.status === 'offered' && item.pendingDestination) return `Offered to ${DESTINATION_WORDS[item.pendingDestination]}`;
  if (item.status === 'with_clinician' && item.assignee) return `With ${item.assignee.name}`;
  if (item.status === 'redirected' && item.pendingDestination) return `Redirected to ${DESTINATION_WORDS[item.pendingDestination]}`;
  if (item.status === 'returned_to_practice') return 'Returned to the practice';
  return null;
}

/** Where a request went when this workstation routed it: "offered to the ANP team". */
export function routedText(item: QueueItem): string {
  const where = item.pendingDestination ? DESTINATION_WORDS[item.pendingDestination] : null;
  if (item.status === 'offered' && where) return `offered to ${where}`;
  if (item.status === 'redirected' && where) return `referred to ${where}`;
  if (item.status === 'returned_to_practice') return 'handed back to the practice';
  if (item.status === 'closed') return 'closed, with the advice recorded as sent';
  return 'routed';
}

/** Why a request came back to the queue, in words; the lifecycle records a code (shared/lifecycle/effects.ts). */
const RETURNED_WORDS: Record<string, string> = {
  declined: 'the offer was declined',
  offer_expired: 'the offer was not answered in time',
  safety_net_follow_up: 'the referral was not acknowledged in time',
  lease_expired: 'the claim lapsed',
  handed_back: 'handed back by the clinician',
  reopened: 'reopened after review',
  patient_not_reached: 'the message to the patient did not arrive',
};

/** A known code in words; anything else (older rows wrote sentences) as it was recorded. */
export const returnedWords = (returnedBecause: string) => RETURNED_WORDS[returnedBecause] ?? returnedBecause;
