// The routing panel's form as data: what the coordinator or clinician has chosen so far, the hand-off
// body it makes, the human errors for what is missing, and whether it follows the first suggestion.
import type {
  Destination,
  PharmacyFirstCondition,
  SelfReferralPathway,
} from '../../../../shared/schemas/domain';
import { exclusionQuestionsFor, type ExclusionAnswers, type PharmacyFirstPatient } from '../../../../shared/rules/pharmacyFirst';
import type { Suggestion } from '../../../../shared/rules/suggestions';
import type { HandoffBody, HandoffInput, ReasonCode } from '../../../../shared/schemas/handoff';

export interface RoutingForm {
  destination: Destination | null;
  reasonCode: ReasonCode | '';
  reasonText: string;
  condition: PharmacyFirstCondition | '';
  exclusions: ExclusionAnswers;
  pharmacyOds: string;
  pathway: SelfReferralPathway | '';
  templateId: string;
  safetyNetting: string;
  note: string;
  /** The sender's words for the message to the patient, or null while they keep the template's. */
  patientMessage: string | null;
}

export const EMPTY_FORM: RoutingForm = {
  destination: null,
  reasonCode: '',
  reasonText: '',
  condition: '',
  exclusions: {},
  pharmacyOds: '',
  pathway: '',
  templateId: '',
  safetyNetting: '',
  note: '',
  patientMessage: null,
};

/** The patient on the day of submission: which exclusion questions are asked depends on their age and sex. */
export interface Asked {
  patient: PharmacyFirstPatient;
  submittedAt: string;
}

export type Field = 'destination' | 'reasonCode' | 'reasonText' | 'condition' | 'exclusions' | 'pharmacyOds' | 'pathway' | 'safetyNetting';

/** The reason a destination most often goes with; choosing a suggestion fills it in (it can be changed). */
export const USUAL_REASON: Record<Destination, ReasonCode> = {
  anp: 'clinical_assessment_needed',
  pharmacist: 'medication_query',
  physio: 'msk_problem',
  duty_clinician: 'red_flag_escalation',
  pharmacy_first: 'eligible_pharmacy_first',
  pharmacy_minor_illness: 'minor_illness',
  self_referral: 'self_referral_appropriate',
  self_care: 'self_care_appropriate',
  practice_gp: 'needs_gp',
  practice_admin: 'admin_request',
  urgent: 'urgent_care_needed',
};

/** The form after taking a suggestion: its destination, condition or pathway, and the usual reason. */
export function applySuggestion(form: RoutingForm, s: Suggestion): RoutingForm {
  const condition = s.condition ?? '';
  return {
    ...form,
    destination: s.destination,
    condition,
    exclusions: condition === form.condition ? form.exclusions : {},
    pathway: s.pathway ?? form.pathway,
    reasonCode: USUAL_REASON[s.destination],
    // Another destination has another template: an edit of the old one would not fit it.
    patientMessage: s.destination === form.destination ? form.patientMessage : null,
  };
}

/** True when the form goes where the first suggestion said (and to its condition or pathway). */
export function followsFirstSuggestion(form: RoutingForm, suggestions: readonly Suggestion[]): boolean | undefined {
  const first = suggestions[0];
  if (!first) return undefined;
  return (
    form.destination === first.destination &&
    (first.condition === undefined || first.condition === form.condition) &&
    (first.pathway === undefined || first.pathway === form.pathway)
  );
}

/** Only the questions asked of this patient for the chosen condition are recorded. */
const askedExclusions = (form: RoutingForm, asked: Asked): ExclusionAnswers =>
  form.condition
    ? Object.fromEntries(
        exclusionQuestionsFor(form.condition, asked).flatMap((q) => (form.exclusions[q.id] === undefined ? [] : [[q.id, form.exclusions[q.id]]])),
      )
    : {};

/**
 * The details the shared rules read, from the form as filled so far. The rules look only at the
 * destination and, for Pharmacy First, the condition, answers and pharmacy; missing words elsewhere
 * are the field checks' business, so a refusal can be shown before the form is complete.
 */
export function detailsForRules(form: RoutingForm, destination: Destination, asked: Asked): HandoffBody | null {
  const common = { reason: { code: form.reasonCode || ('other' as const), text: form.reasonText }, expectedVersion: 0 };
  switch (destination) {
    case 'pharmacy_first':
      if (!form.condition) return null;
      return { destination, ...common, condition: form.condition, pharmacyOds: form.pharmacyOds, exclusions: askedExclusions(form, asked) };
    case 'pharmacy_minor_illness':
      return { destination, ...common, pharmacyOds: form.pharmacyOds };
    case 'self_referral':
      return { destination, ...common, pathway: form.pathway || 'msk_physio', safetyNetting: form.safetyNetting };
    case 'self_care':
      return { destination, ...common, safetyNetting: form.safetyNetting };
    default:
      return { destination, ...common };
  }
}

/** What is missing or too short, in words, by field. Empty when the form can be sent. */
export function fieldErrorsOf(form: RoutingForm, asked: Asked): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const d = form.destination;
  if (!d) errors.destination = 'Choose where the request goes.';
  if (!form.reasonCode) errors.reasonCode = 'Choose a reason.';
  if (form.reasonCode === 'other' && !form.reasonText.trim()) errors.reasonText = 'A reason coded “Other” needs a few words saying why.';
  if (d === 'pharmacy_first' && !form.condition) errors.condition = 'Choose the Pharmacy First condition.';
  if (d === 'pharmacy_first' && form.condition && exclusionQuestionsFor(form.condition, asked).some((q) => form.exclusions[q.id] === undefined)) {
    errors.exclusions = 'Answer every exclusion question.';
  }
  if ((d === 'pharmacy_first' || d === 'pharmacy_minor_illness') && !form.pharmacyOds) errors.pharmacyOds = 'Choose the pharmacy.';
  if (d === 'self_referral' && !form.pathway) errors.pathway = 'Choose the self-referral pathway.';
  if ((d === 'self_referral' || d === 'self_care') && form.safetyNetting.trim().length < 20) {
    errors.safetyNetting = 'Safety-netting advice must say what to watch for and when to seek help (at least 20 characters).';
  }
  return errors;
}

/** The body for POST /handoffs; call only when fieldErrorsOf(form) is empty. */
export function handoffInputOf(form: RoutingForm, asked: Asked, expectedVersion: number, suggestionFollowed: boolean | undefined): HandoffInput {
  const details = detailsForRules(form, form.destination!, asked)!;
  const reason = { code: form.reasonCode || ('other' as const), ...(form.reasonText.trim() ? { text: form.reasonText.trim() } : {}) };
  const note = form.note.trim() ? { note: form.note.trim() } : {};
  return { ...details, reason, expectedVersion, ...(suggestionFollowed === undefined ? {} : { suggestionFollowed }), ...note };
}
