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
  if (item.status === 'awaiting_delivery') return 'advice sent to the patient, waiting for delivery';
  if (item.status === 'closed') return 'closed';
  return 'routed';
}
