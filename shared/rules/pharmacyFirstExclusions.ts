// The Pharmacy First exclusion questions the routing panel asks (docs/domain-rules.md): what each asks, how
// it is answered (yes/no, or a count of episodes the rule compares with the pathway's threshold, so the
// person routing never has to remember the definition), and which answer excludes the patient.
import type { ExclusionAnswersBody } from '../schemas/handoff';
import type { Sex } from '../schemas/domain';

export type ExclusionAnswers = ExclusionAnswersBody;
export type ExclusionId = keyof ExclusionAnswers;
type CountId = { [K in ExclusionId]-?: NonNullable<ExclusionAnswers[K]> extends number ? K : never }[ExclusionId];
type YesNoId = Exclude<ExclusionId, CountId>;

interface QuestionWords {
  /** Short noun phrase used in refusals ("pregnancy"). */
  label: string;
  /** What the routing panel asks. */
  question: string;
}
export type ExclusionQuestionDef =
  | (QuestionWords & { id: YesNoId; kind: 'yesNo'; /** The answer that keeps the patient eligible. */ eligibleAnswer: boolean })
  | (QuestionWords & { id: CountId; kind: 'count'; /** The count from which the patient is excluded. */ excludedFrom: number });

/** The patient as a question sees them: completed years on the London day of submission, and recorded sex. */
export interface PatientOnDay {
  age: number;
  sex: Sex;
}

/** A question as one pathway asks it: its own refusal label, and only of the patients it concerns. */
export type ExclusionQuestion = ExclusionQuestionDef & { askedFor(patient: PatientOnDay): boolean };

const yesNo = (id: YesNoId, label: string, question: string, eligibleAnswer = false): ExclusionQuestionDef => ({
  id,
  kind: 'yesNo',
  label,
  question,
  eligibleAnswer,
});
const count = (id: CountId, label: string, question: string, excludedFrom: number): ExclusionQuestionDef => ({
  id,
  kind: 'count',
  label,
  question,
  excludedFrom,
});

const RECURRENT_OTITIS = 'recurrent otitis media (3 or more episodes in 6 months, or 4 or more in 12 months)';
const RECURRENT_IMPETIGO = 'recurrent impetigo (2 or more episodes in a year)';

// Episode counts include the current episode, as the pathways count "episodes" (the one being referred is one).
export const EXCLUSION_QUESTION_TABLE: Record<ExclusionId, ExclusionQuestionDef> = {
  pregnant: yesNo('pregnant', 'pregnancy', 'Is the patient pregnant?'),
  recurrentUti: yesNo(
    'recurrentUti',
    'recurrent UTI (2 in 6 months or 3 in 12 months)',
    'Has the patient had 2 UTIs in the last 6 months, or 3 in the last 12 months?',
  ),
  catheter: yesNo('catheter', 'a urinary catheter', 'Does the patient have a urinary catheter?'),
  rashWithin7Days: yesNo('rashWithin7Days', 'a rash that appeared within the last 7 days', 'Did the shingles rash appear within the last 7 days?', true),
  immunosuppressed: yesNo('immunosuppressed', 'immunosuppression', 'Is the patient immunosuppressed?'),
  sinusitisOver12Weeks: yesNo(
    'sinusitisOver12Weeks',
    'sinus symptoms for over 12 weeks (chronic sinusitis)',
    'Have the sinus symptoms lasted more than 12 weeks?',
  ),
  otitisEpisodes6Months: count(
    'otitisEpisodes6Months',
    RECURRENT_OTITIS,
    'How many ear infections (acute otitis media) in the last 6 months, counting this one?',
    3,
  ),
  otitisEpisodes12Months: count(
    'otitisEpisodes12Months',
    RECURRENT_OTITIS,
    'How many ear infections (acute otitis media) in the last 12 months, counting this one?',
    4,
  ),
  bullousImpetigo: yesNo('bullousImpetigo', 'bullous impetigo', 'Is it bullous impetigo (fluid-filled blisters)?'),
  impetigoEpisodes12Months: count(
    'impetigoEpisodes12Months',
    RECURRENT_IMPETIGO,
    'How many episodes of impetigo in the last 12 months, counting this one?',
    2,
  ),
  tickBite: yesNo('tickBite', 'a tick bite', 'Is it a tick bite?'),
  animalOrHumanBite: yesNo('animalOrHumanBite', 'an animal or human bite', 'Is it an animal or human bite?'),
  biteAcquiredAbroad: yesNo('biteAcquiredAbroad', 'a bite or sting acquired abroad', 'Was the bite or sting acquired abroad?'),
  severelyImmunosuppressed: yesNo('severelyImmunosuppressed', 'severe immunosuppression', 'Is the patient severely immunosuppressed?'),
};

export const everyone = (): boolean => true;
/** Pregnancy is asked unless the record says male: "other" or "unknown" cannot rule it out. */
export const mayBePregnant = (p: PatientOnDay): boolean => p.sex !== 'male';
/**
 * The under-16 pregnancy exclusion concerns those aged 12 to 15 who may be pregnant: from 16 pregnancy is not
 * an exclusion on these pathways, and the hub does not ask it of younger children (docs/domain-rules.md).
 */
export const mayBePregnantUnder16 = (p: PatientOnDay): boolean => mayBePregnant(p) && p.age >= 12 && p.age <= 15;

/** A question as a pathway asks it; the label may name the pathway's own rule ("pregnancy under 16"). */
export function ask(id: ExclusionId, opts: { label?: string; askedFor?: (p: PatientOnDay) => boolean } = {}): ExclusionQuestion {
  const def = EXCLUSION_QUESTION_TABLE[id];
  return { ...def, label: opts.label ?? def.label, askedFor: opts.askedFor ?? everyone };
}

/** The recorded answer if it has the question's shape; anything else counts as unanswered. */
export function answerTo(q: ExclusionQuestionDef, answers: ExclusionAnswers): boolean | number | undefined {
  const a = answers[q.id];
  return (q.kind === 'yesNo' && typeof a === 'boolean') || (q.kind === 'count' && typeof a === 'number') ? a : undefined;
}

/** Whether an answer, once given, excludes the patient. */
export function excludes(q: ExclusionQuestionDef, answer: boolean | number): boolean {
  return q.kind === 'yesNo' ? answer !== q.eligibleAnswer : typeof answer === 'number' && answer >= q.excludedFrom;
}
