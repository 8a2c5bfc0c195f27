// Words for the inbox's "Sent, awaiting acceptance" and "Done today" rows (docs/inbox.md).
import type { DoneToday, SentAwaiting } from '../../../../shared/schemas/clinicianLists';
import type { ConsultationStatus } from '../../../../shared/schemas/domain';
import { OUTCOMES } from '../../../../shared/schemas/outcome';
import { DESTINATION_WORDS, SEX_WORDS } from '../../format';

/** "TM, 36, female". */
export const whoWords = (row: Pick<SentAwaiting, 'patient'>) => `${row.patient.initials}, ${row.patient.age}, ${SEX_WORDS[row.patient.sex]}`;

/** "the duty clinician", "the practice GP (Riverside Surgery)", "Pharmacy First (High Street Pharmacy)". */
export const whereWords = (row: Pick<SentAwaiting, 'destination' | 'organisationName'>) =>
  row.organisationName ? `${DESTINATION_WORDS[row.destination]} (${row.organisationName})` : DESTINATION_WORDS[row.destination];

/** Where the request stands now, after the clinician let it go. */
const NOW_WORDS: Record<ConsultationStatus, string> = {
  queued: 'back in the hub’s queue',
  in_triage: 'being triaged by a coordinator',
  offered: 'offered, not yet accepted',
  with_clinician: 'with a clinician',
  redirected: 'sent to a pharmacy, awaiting acknowledgement',
  returned_to_practice: 'with the practice, awaiting acceptance',
  awaiting_delivery: 'awaiting the patient’s message',
  closed: 'closed',
  cancelled: 'cancelled',
};

/** "Completed: Prescription issued", "Escalated to the duty clinician; now with a clinician", "Handed on to …". */
export function doneWords(row: DoneToday): string {
  switch (row.action) {
    case 'complete':
      return row.outcome?.kind === 'completed' ? `Completed: ${OUTCOMES[row.outcome.code]}` : `Completed; now ${NOW_WORDS[row.status]}`;
    case 'escalate':
      return `Escalated to the duty clinician; now ${NOW_WORDS[row.status]}`;
    case 'hand_back':
      return `Handed back to the hub; now ${NOW_WORDS[row.status]}`;
    case 'route':
      return `Handed on to ${row.destination ? DESTINATION_WORDS[row.destination] : 'another service'}; now ${NOW_WORDS[row.status]}`;
  }
}
