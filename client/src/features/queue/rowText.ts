// The words a queue row uses for who has a request and what is happening to it.
import type { QueueItem, User } from '../../../../shared/schemas/api';
import { returnReasonWords } from '../../../../shared/lifecycle/effects';
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
  if (item.status === 'awaiting_delivery') return 'advice sent to the patient, waiting for delivery';
  if (item.status === 'closed') return 'closed';
  return 'routed';
}

/** What the person who sent it back wrote, after a colon; nothing when they wrote nothing. */
const saying = (note: string | null) => (note ? `: ${note}` : '');

/**
 * Why a request is back in the queue, who sent it and what they wrote: "Declined by the clinical pharmacist
 * team (Pat Ng): needs bloods", "Hand-off to the ANP team expired unaccepted", "Handed back by Dr Lee: …".
 * A request returned before the hub kept who and why has only the mark's words.
 */
export function returnedText(item: Pick<QueueItem, 'returnedBecause' | 'returnDetail'>): string | null {
  const mark = item.returnedBecause;
  if (mark === null) return null;
  const detail = item.returnDetail;
  if (!detail) return returnReasonWords(mark);
  const team = detail.from ? DESTINATION_WORDS[detail.from] : null;
  const person = detail.by;
  switch (mark) {
    case 'declined':
      if (team) return `Declined by ${team}${person ? ` (${person})` : ''}${saying(detail.note)}`;
      return `Declined${person ? ` by ${person}` : ''}${saying(detail.note)}`;
    case 'offer_expired':
      return team ? `Hand-off to ${team} expired unaccepted` : returnReasonWords(mark);
    case 'safety_net_follow_up':
      return team ? `Sent to ${team}, not acknowledged in time: follow up` : returnReasonWords(mark);
    case 'handed_back':
      return `Handed back by ${person ?? 'the clinician'}${saying(detail.note)}`;
    case 'patient_not_reached':
      return `Patient not reached: the message did not arrive${person ? ` and ${person} could not reach them` : ''}${saying(detail.note)}`;
    default:
      return returnReasonWords(mark);
  }
}
