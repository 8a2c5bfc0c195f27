// Pharmacy First clinical pathway eligibility (docs/domain-rules.md): age and sex on the day of submission, and the
// exclusion questions the routing panel must have answered before the pathway may be offered.
import { ALLOWED, refuse, type Verdict } from '../errors';
import { PHARMACY_FIRST_CONDITIONS, type PharmacyFirstCondition, type Sex } from '../schemas/domain';
import { ageInYearsOn } from './age';

export const EXCLUSION_IDS = ['pregnant', 'recurrentUti', 'catheter', 'rashWithin7Days'] as const;
export type ExclusionId = (typeof EXCLUSION_IDS)[number];
export type ExclusionAnswers = Partial<Record<ExclusionId, boolean>>;

export interface ExclusionQuestion {
  id: ExclusionId;
  /** Short noun phrase used in refusals ("pregnancy"). */
  label: string;
  /** What the routing panel asks, answered yes or no. */
  question: string;
  /** The answer that keeps the patient eligible; the other answer excludes them. */
  eligibleAnswer: boolean;
}

export const EXCLUSION_QUESTION_TABLE: Record<ExclusionId, ExclusionQuestion> = {
  pregnant: { id: 'pregnant', label: 'pregnancy', question: 'Is the patient pregnant?', eligibleAnswer: false },
  recurrentUti: {
    id: 'recurrentUti',
    label: 'recurrent UTI (2 in 6 months or 3 in 12 months)',
    question: 'Has the patient had 2 UTIs in the last 6 months, or 3 in the last 12 months?',
    eligibleAnswer: false,
  },
  catheter: { id: 'catheter', label: 'a urinary catheter', question: 'Does the patient have a urinary catheter?', eligibleAnswer: false },
  rashWithin7Days: {
    id: 'rashWithin7Days',
    label: 'a rash that appeared within the last 7 days',
    question: 'Did the shingles rash appear within the last 7 days?',
    eligibleAnswer: true,
  },
};

export interface PharmacyFirstRule {
  id: `pharmacy_first_${PharmacyFirstCondition}`;
  condition: PharmacyFirstCondition;
  /** Names the condition and its eligibility, so a refusal can quote it. */
  label: string;
  conditionName: string;
  /** Inclusive completed years on the day of submission. */
  minAge: number;
  maxAge: number | null;
  /** Null: any sex. */
  sexes: readonly Sex[] | null;
  exclusions: readonly ExclusionQuestion[];
  /** Needs a pharmacy that examines in person (otoscopy), so not a distance-selling one. */
  needsInPersonPharmacy: boolean;
}

const rule = (
  condition: PharmacyFirstCondition,
  conditionName: string,
  eligibility: string,
  r: Pick<PharmacyFirstRule, 'minAge' | 'maxAge' | 'sexes'> & { exclusions?: ExclusionId[]; needsInPersonPharmacy?: boolean },
): PharmacyFirstRule => ({
  id: `pharmacy_first_${condition}`,
  condition,
  conditionName,
  label: `${conditionName}: ${eligibility}`,
  minAge: r.minAge,
  maxAge: r.maxAge,
  sexes: r.sexes,
  exclusions: (r.exclusions ?? []).map((id) => EXCLUSION_QUESTION_TABLE[id]),
  needsInPersonPharmacy: r.needsInPersonPharmacy ?? false,
});

export const PHARMACY_FIRST_RULES: Record<PharmacyFirstCondition, PharmacyFirstRule> = {
  sinusitis: rule('sinusitis', 'acute sinusitis', 'aged 12 and over', { minAge: 12, maxAge: null, sexes: null }),
  sore_throat: rule('sore_throat', 'acute sore throat', 'aged 5 and over', { minAge: 5, maxAge: null, sexes: null }),
  otitis_media: rule('otitis_media', 'acute otitis media', 'aged 1 to 17', {
    minAge: 1,
    maxAge: 17,
    sexes: null,
    needsInPersonPharmacy: true,
  }),
  insect_bite: rule('insect_bite', 'infected insect bite', 'aged 1 and over', { minAge: 1, maxAge: null, sexes: null }),
  impetigo: rule('impetigo', 'impetigo', 'aged 1 and over', { minAge: 1, maxAge: null, sexes: null }),
  shingles: rule('shingles', 'shingles', 'aged 18 and over', { minAge: 18, maxAge: null, sexes: null, exclusions: ['rashWithin7Days'] }),
  // Women only: the service specification covers women; "other" and "unknown" cannot be confirmed eligible.
  uti: rule('uti', 'uncomplicated UTI', 'women aged 16 to 64', {
    minAge: 16,
    maxAge: 64,
    sexes: ['female'],
    exclusions: ['pregnant', 'recurrentUti', 'catheter'],
  }),
};

/** The questions the routing panel must ask, and record answers to, before offering each condition. */
export const EXCLUSION_QUESTIONS: Record<PharmacyFirstCondition, readonly ExclusionQuestion[]> = Object.fromEntries(
  PHARMACY_FIRST_CONDITIONS.map((c) => [c, PHARMACY_FIRST_RULES[c].exclusions]),
) as Record<PharmacyFirstCondition, readonly ExclusionQuestion[]>;

export interface PharmacyFirstPatient {
  birthDate: string;
  sex: Sex;
}

export interface PharmacyRef {
  ods: string;
  distanceSelling: boolean;
}

export interface PharmacyFirstInput {
  condition: PharmacyFirstCondition;
  patient: PharmacyFirstPatient;
  /** ISO instant of the request's submission: age is taken on that London day, not today. */
  submittedAt: string;
  exclusions: ExclusionAnswers;
  /** The chosen pharmacy; required for conditions that need an in-person examination. */
  pharmacy?: PharmacyRef;
}

const notEligible = (reason: string) => refuse('PHARMACY_FIRST_NOT_ELIGIBLE', `Not eligible for Pharmacy First: ${reason}`);

/** Whether age and sex alone allow the condition (the exclusion questions come after). */
function meetsAgeAndSex(r: PharmacyFirstRule, patient: PharmacyFirstPatient, submittedAt: string): boolean {
  const age = ageInYearsOn(patient.birthDate, submittedAt);
  if (age < r.minAge || (r.maxAge !== null && age > r.maxAge)) return false;
  return r.sexes === null || r.sexes.includes(patient.sex);
}

export function checkPharmacyFirst(input: PharmacyFirstInput): Verdict {
  const r = PHARMACY_FIRST_RULES[input.condition];
  if (!meetsAgeAndSex(r, input.patient, input.submittedAt)) return notEligible(r.label);
  for (const q of r.exclusions) {
    const answer = input.exclusions[q.id];
    // An unanswered question is a refusal: the record must show the exclusion was asked, not assumed.
    if (answer === undefined) return notEligible(`${r.label}: the question "${q.question}" must be answered first`);
    if (answer !== q.eligibleAnswer)
      return notEligible(
        q.eligibleAnswer ? `${r.conditionName} needs ${q.label}` : `${r.conditionName} excludes ${q.label}`,
      );
  }
  if (r.needsInPersonPharmacy) {
    if (!input.pharmacy) return notEligible(`${r.conditionName} needs a pharmacy that examines in person; choose the pharmacy first`);
    if (input.pharmacy.distanceSelling)
      return notEligible(`${r.conditionName} needs a pharmacy that examines in person, not a distance-selling pharmacy`);
  }
  return ALLOWED;
}

/** The conditions this patient could be eligible for by age and sex on the day of submission (for the panel). */
export function eligibleConditions(input: { patient: PharmacyFirstPatient; submittedAt: string }): PharmacyFirstCondition[] {
  return PHARMACY_FIRST_CONDITIONS.filter((c) => meetsAgeAndSex(PHARMACY_FIRST_RULES[c], input.patient, input.submittedAt));
}
