// Pharmacy First clinical pathway eligibility (docs/domain-rules.md): age and sex on the day of submission, and the
// exclusion questions the routing panel must have answered before the pathway may be offered.
import { ALLOWED, refuse, type Verdict } from '../errors';
import { PHARMACY_FIRST_CONDITIONS, type PharmacyFirstCondition, type Sex } from '../schemas/domain';
import { ageInYearsOn } from './age';
import {
  answerTo,
  ask,
  excludes,
  type ExclusionAnswers,
  type ExclusionQuestion,
  mayBePregnant,
  mayBePregnantUnder16,
  type PatientOnDay,
} from './pharmacyFirstExclusions';

export { EXCLUSION_QUESTION_TABLE, type ExclusionAnswers, type ExclusionId, type ExclusionQuestion } from './pharmacyFirstExclusions';

/**
 * The NHS England specification this table follows. Each Pharmacy First hand-off records its version, so a
 * decision can be read against the table in force when it was made. Change the version with the table.
 */
export const PHARMACY_FIRST_SPEC = {
  name: 'NHS England Pharmacy First clinical pathways',
  version: '2.5',
  // NHS England published v2.5 to suppliers on 23 July 2025, in force from 30 September 2025.
  published: '2025-07-23',
} as const;

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
  r: Pick<PharmacyFirstRule, 'minAge' | 'maxAge' | 'sexes'> & { exclusions?: ExclusionQuestion[]; needsInPersonPharmacy?: boolean },
): PharmacyFirstRule => ({
  id: `pharmacy_first_${condition}`,
  condition,
  conditionName,
  label: `${conditionName}: ${eligibility}`,
  minAge: r.minAge,
  maxAge: r.maxAge,
  sexes: r.sexes,
  exclusions: r.exclusions ?? [],
  needsInPersonPharmacy: r.needsInPersonPharmacy ?? false,
});

// The pathways exclude pregnancy under 16 on the pathways open to 12- to 15-year-olds; it is asked only of them.
const pregnantUnder16 = ask('pregnant', { label: 'pregnancy under 16', askedFor: mayBePregnantUnder16 });

export const PHARMACY_FIRST_RULES: Record<PharmacyFirstCondition, PharmacyFirstRule> = {
  sinusitis: rule('sinusitis', 'acute sinusitis', 'aged 12 and over', {
    minAge: 12,
    maxAge: null,
    sexes: null,
    exclusions: [pregnantUnder16, ask('immunosuppressed'), ask('sinusitisOver12Weeks')],
  }),
  sore_throat: rule('sore_throat', 'acute sore throat', 'aged 5 and over', { minAge: 5, maxAge: null, sexes: null, exclusions: [pregnantUnder16] }),
  otitis_media: rule('otitis_media', 'acute otitis media', 'aged 1 to 17', {
    minAge: 1,
    maxAge: 17,
    sexes: null,
    // Both counts are asked: either threshold alone makes the otitis recurrent.
    exclusions: [pregnantUnder16, ask('otitisEpisodes6Months'), ask('otitisEpisodes12Months')],
    needsInPersonPharmacy: true,
  }),
  // The insect bite patient group direction's exclusions the hub can know before referring.
  insect_bite: rule('insect_bite', 'infected insect bite', 'aged 1 and over', {
    minAge: 1,
    maxAge: null,
    sexes: null,
    exclusions: [pregnantUnder16, ask('tickBite'), ask('animalOrHumanBite'), ask('biteAcquiredAbroad'), ask('severelyImmunosuppressed')],
  }),
  impetigo: rule('impetigo', 'impetigo', 'aged 1 and over', {
    minAge: 1,
    maxAge: null,
    sexes: null,
    exclusions: [pregnantUnder16, ask('bullousImpetigo'), ask('impetigoEpisodes12Months')],
  }),
  // Pregnancy at any age excludes shingles; asked of every adult who may be pregnant.
  shingles: rule('shingles', 'shingles', 'aged 18 and over', {
    minAge: 18,
    maxAge: null,
    sexes: null,
    exclusions: [ask('pregnant', { askedFor: mayBePregnant }), ask('rashWithin7Days')],
  }),
  // Women only: the service specification covers women; "other" and "unknown" cannot be confirmed eligible.
  uti: rule('uti', 'uncomplicated UTI', 'women aged 16 to 64', {
    minAge: 16,
    maxAge: 64,
    sexes: ['female'],
    exclusions: [ask('pregnant'), ask('recurrentUti'), ask('catheter')],
  }),
};

/** Every question a pathway may ask; exclusionQuestionsFor says which of them this patient is asked. */
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

const onDay = (patient: PharmacyFirstPatient, submittedAt: string): PatientOnDay => ({
  age: ageInYearsOn(patient.birthDate, submittedAt),
  sex: patient.sex,
});

/** The questions the routing panel must ask this patient, and record answers to, before offering the condition. */
export function exclusionQuestionsFor(
  condition: PharmacyFirstCondition,
  input: { patient: PharmacyFirstPatient; submittedAt: string },
): readonly ExclusionQuestion[] {
  const who = onDay(input.patient, input.submittedAt);
  return PHARMACY_FIRST_RULES[condition].exclusions.filter((q) => q.askedFor(who));
}

/** Whether an answer already given rules the condition out (unanswered questions do not). */
export function excludedByAnswers(
  condition: PharmacyFirstCondition,
  input: { patient: PharmacyFirstPatient; submittedAt: string; exclusions: ExclusionAnswers },
): boolean {
  return exclusionQuestionsFor(condition, input).some((q) => {
    const answer = answerTo(q, input.exclusions);
    return answer !== undefined && excludes(q, answer);
  });
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
  for (const q of exclusionQuestionsFor(input.condition, input)) {
    const answer = answerTo(q, input.exclusions);
    // An unanswered question is a refusal: the record must show the exclusion was asked, not assumed.
    if (answer === undefined) return notEligible(`${r.label}: the question "${q.question}" must be answered first`);
    if (excludes(q, answer))
      return notEligible(
        q.kind === 'yesNo' && q.eligibleAnswer ? `${r.conditionName} needs ${q.label}` : `${r.conditionName} excludes ${q.label}`,
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
