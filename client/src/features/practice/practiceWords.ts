// How a request's outcome and patient read for practice staff filing them in the practice record.
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import { OUTCOMES, type Outcome } from '../../../../shared/schemas/outcome';
import type { Destination } from '../../../../shared/schemas/domain';
import type { QueueItem } from '../../../../shared/schemas/api';
import { SEX_WORDS } from '../../format';

const destinationLabel = (id: Destination) => DESTINATION_RULES[id].label;

/** How the hub's part ended, in words for the practice record. */
export function outcomeWords(outcome: Outcome | null): string {
  if (!outcome) return 'No outcome recorded.';
  switch (outcome.kind) {
    case 'completed':
      return outcome.notes ? `${OUTCOMES[outcome.code]}: ${outcome.notes}` : `${OUTCOMES[outcome.code]}.`;
    case 'routed':
      return `Routed to ${destinationLabel(outcome.destination)}.`;
    case 'referred':
      return `Referred to ${destinationLabel(outcome.destination)}; the referral was acknowledged.`;
    case 'accepted_by_practice':
      return 'With the practice: accepted back from the hub.';
    case 'cancelled':
      return 'Cancelled.';
  }
}

/** "TM, 36, female": enough to find the patient in the practice record with the detail open. */
export const patientWords = (patient: QueueItem['patient']) => `${patient.initials}, ${patient.age}, ${SEX_WORDS[patient.sex]}`;

/** An outcome the hub reports for the practice to file: closed by the hub, not handed back to the practice. */
export const isReportedOutcome = (item: Pick<QueueItem, 'status' | 'outcome'>) => item.status === 'closed' && item.outcome?.kind !== 'accepted_by_practice';

/** A hand-back the practice accepted: the hub's part is over and the practice is responsible. */
export const isWithPractice = (item: Pick<QueueItem, 'status' | 'outcome'>) => item.status === 'closed' && item.outcome?.kind === 'accepted_by_practice';
