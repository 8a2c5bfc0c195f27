// The commands sent on the hostile-input table's command routes (hostileRoutes.ts): a request's
// (`POST /api/consultations/:id/<command>`) and a hand-off's (`POST /api/handoffs/:id/<command>`), some
// that do not exist, who may send each and at which request, and a valid body for each.
import type { BodyArgs, Sender } from './hostileRoutes';

export const CONSULTATION_COMMANDS = ['claim', 'release', 'handoffs', 'complete', 'hand-back', 'escalate', 'raise-red-flag', 'confirm-red-flag', 'clear-red-flag', 'reassign', 'file'] as const;
export const HANDOFF_COMMANDS = ['accept', 'decline'] as const;
export const UNKNOWN_COMMANDS = ['cancel', 'delete', 'reopen', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'CLAIM', 'claim%00', '%E0%A4%A', 'consultations', 'acknowledge'] as const;

/** Who may send each command of the command routes, and the status of the requests it acts on. */
const COMMAND_SENDERS: Record<string, Sender> = {
  claim: { who: 'coordinator', pool: 'queued' },
  release: { who: 'coordinator', pool: 'in_triage' },
  handoffs: { who: 'coordinator', pool: 'in_triage' },
  complete: { who: 'anp', pool: 'with_clinician' },
  'hand-back': { who: 'anp', pool: 'with_clinician' },
  escalate: { who: 'anp', pool: 'with_clinician' },
  'raise-red-flag': { who: 'coordinator', pool: 'queued' },
  'confirm-red-flag': { who: 'anp', pool: 'queued' },
  'clear-red-flag': { who: 'anp', pool: 'in_triage' },
  reassign: { who: 'lead', pool: 'in_triage' },
  file: { who: 'practice', pool: 'closed' },
  accept: { who: 'anp', pool: 'offered' },
  decline: { who: 'anp', pool: 'offered' },
  // Not a request's command but a hand-off's, by a pharmacy's key: sent as the pharmacy would send it.
  acknowledge: { who: 'signedOut', pool: 'redirected' },
};
export const commandSender = (command: string) => (Object.hasOwn(COMMAND_SENDERS, command) ? COMMAND_SENDERS[command] : undefined);

const SAFETY = 'If it gets worse or you are worried, call NHS 111 or your practice.';
const HANDOFF_BODIES = [
  { destination: 'anp', reason: { code: 'clinical_assessment_needed' } },
  { destination: 'physio', reason: { code: 'msk_problem' } },
  { destination: 'duty_clinician', reason: { code: 'red_flag_escalation' } },
  { destination: 'practice_gp', reason: { code: 'needs_gp' } },
  { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101', reason: { code: 'minor_illness' } },
  { destination: 'pharmacy_first', condition: 'uti', pharmacyOds: 'FA101', exclusions: { pregnant: false, recurrentUti: false, catheter: false }, reason: { code: 'eligible_pharmacy_first' } },
  { destination: 'self_care', safetyNetting: SAFETY, reason: { code: 'self_care_appropriate' } },
  { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY, reason: { code: 'other', text: 'physio self-referral suits' } },
  { destination: 'urgent', reason: { code: 'urgent_care_needed' } },
];

export function consultationCommandBody({ command, pick, expectedVersion, patient }: BodyArgs): Record<string, unknown> {
  switch (command) {
    case 'handoffs':
      return { ...HANDOFF_BODIES[pick % HANDOFF_BODIES.length]!, expectedVersion, suggestionFollowed: false };
    case 'complete':
      return { outcome: 'advice_given', notes: patient.text, expectedVersion };
    case 'hand-back':
    case 'escalate':
    case 'confirm-red-flag':
    case 'clear-red-flag':
      return { reason: 'needs another look by someone', expectedVersion };
    case 'raise-red-flag':
      return { reason: 'sounds clammy and mottled', ruleId: 'sepsis_signs', expectedVersion };
    case 'reassign':
      return { reason: 'the lead reassigns it', to: pick % 2 === 0 ? { team: 'anp' } : { staffId: 1 + (pick % 30) }, expectedVersion };
    default:
      return { expectedVersion };
  }
}

