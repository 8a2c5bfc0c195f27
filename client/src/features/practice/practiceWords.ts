// How a request's outcome and patient read for practice staff filing them in the practice record.
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import { OUTCOMES } from '../../../../shared/schemas/commands';
import type { Destination } from '../../../../shared/schemas/domain';
import type { QueueItem } from '../../../../shared/schemas/api';
import { SEX_WORDS, humanise } from '../../format';

const destinationLabel = (id: string) => (id in DESTINATION_RULES ? DESTINATION_RULES[id as Destination].label : humanise(id));
const outcomeLabel = (code: string) => (code in OUTCOMES ? OUTCOMES[code as keyof typeof OUTCOMES] : humanise(code));

/** The hub's outcome codes in words: "advice_given: notes", "routed:self_care", "referred:pharmacy_first", "accepted_by_practice". */
export function outcomeWords(outcome: string | null): string {
  if (!outcome) return 'No outcome recorded.';
  if (outcome === 'accepted_by_practice') return 'Accepted back by the practice.';
  if (outcome.startsWith('routed:')) return `Routed to ${destinationLabel(outcome.slice('routed:'.length))}.`;
  if (outcome.startsWith('referred:')) return `Referred to ${destinationLabel(outcome.slice('referred:'.length))}; the referral was acknowledged.`;
  const split = outcome.indexOf(': ');
  if (split > 0) return `${outcomeLabel(outcome.slice(0, split))}: ${outcome.slice(split + 2)}`;
  return `${outcomeLabel(outcome)}.`;
}

/** "TM, 36, female": enough to find the patient in the practice record with the detail open. */
export const patientWords = (patient: QueueItem['patient']) => `${patient.initials}, ${patient.age}, ${SEX_WORDS[patient.sex]}`;
