// Structured answers: the red-flag questions a form asks fire their rule on a yes, whatever the text
// says. Other answers are read as words: strings as written, an unknown yes/no key by its name.
import { redFlagAnswersSchema, type RedFlagAnswerKey, type RedFlagAnswers } from '../../schemas/redFlags';
import type { RedFlagId } from './ids';
import { FEVER_C, isFeverReading } from './measures';
import type { PatientFacts } from './types';
import { under3Months } from './rules/helpers';

/** Each yes that fires a rule on its own. */
const YES_FIRES: Partial<Record<RedFlagAnswerKey, RedFlagId>> = {
  chestPainNow: 'chest_pain',
  breathingDifficultyNow: 'breathing_difficulty',
  facialDroopOrSlurredSpeech: 'stroke_signs',
  armOrLegWeakness: 'stroke_signs',
  thoughtsOfSelfHarm: 'suicide_or_self_harm',
  heavyBleeding: 'heavy_bleeding',
  lipsTongueOrThroatSwelling: 'anaphylaxis',
  rashDoesNotFade: 'meningitis_signs',
  seizureOrCollapse: 'seizure_or_collapse',
  numbnessAroundBottomOrGenitals: 'cauda_equina',
  suddenSevereHeadache: 'sudden_severe_headache',
  suddenTesticularPain: 'sudden_testicular_pain',
  bleedingInPregnancy: 'pregnancy_bleeding_or_pain',
  suddenConfusion: 'sudden_confusion',
  choking: 'choking',
  severeAbdominalPain: 'severe_abdominal_pain',
  vomitingBloodOrBlackStools: 'gi_bleeding',
  takenOverdose: 'overdose_or_poisoning',
  suddenVisionLoss: 'sudden_vision_loss',
  unableToPassUrine: 'urinary_retention',
  swollenPainfulCalf: 'blood_clot',
  babyMovingLess: 'reduced_fetal_movements',
  floppyOrUnresponsive: 'unwell_child',
  swallowedBatteryOrMagnet: 'button_battery_or_magnet',
  feelsUnsafeAtHome: 'safeguarding',
};

export interface AnswerHit {
  ruleId: RedFlagId;
  /** The answer key (or keys, joined with " + ") that fired it. */
  answer: string;
}

/** The known red-flag answers, each checked on its own so one malformed answer cannot hide the others. */
export function knownAnswers(answers: Record<string, unknown> | undefined): RedFlagAnswers {
  const known: Record<string, unknown> = {};
  const shape = redFlagAnswersSchema.shape;
  for (const [key, value] of Object.entries(answers ?? {})) {
    const field = shape[key as RedFlagAnswerKey];
    if (field && field.safeParse(value).success) known[key] = value;
  }
  // Forms that predate temperatureC send `temperature`; a reading of 90 or more is Fahrenheit.
  const legacy = answers?.temperature;
  if (known.temperatureC === undefined && typeof legacy === 'number' && Number.isFinite(legacy)) {
    known.temperatureC = legacy >= 90 ? ((legacy - 32) * 5) / 9 : legacy;
  }
  return known as RedFlagAnswers;
}

export function answerHits(answers: RedFlagAnswers, patient: PatientFacts): AnswerHit[] {
  const hits: AnswerHit[] = [];
  for (const [key, ruleId] of Object.entries(YES_FIRES) as [RedFlagAnswerKey, RedFlagId][]) {
    if (answers[key] === true) hits.push({ ruleId, answer: key });
  }
  const fever = answers.temperatureC !== undefined && isFeverReading(answers.temperatureC, 'c');
  if (fever && under3Months(patient)) hits.push({ ruleId: 'baby_fever', answer: 'temperatureC' });
  if (fever && answers.stiffNeck) hits.push({ ruleId: 'meningitis_signs', answer: 'stiffNeck + temperatureC' });
  // Chemotherapy units ask patients to ring at 37.5 °C; the screen uses the same line for this rule.
  if (answers.onChemotherapy && answers.temperatureC !== undefined && answers.temperatureC >= FEVER_C - 0.5)
    hits.push({ ruleId: 'chemo_fever', answer: 'onChemotherapy + temperatureC' });
  if (answers.headInjury && answers.onBloodThinners) hits.push({ ruleId: 'head_injury_anticoagulant', answer: 'headInjury + onBloodThinners' });
  return hits;
}

/** Answers that are not red-flag questions but may hold words: strings as written, an unknown yes by its key. */
export function answerWords(answers: Record<string, unknown> | undefined): { field: string; text: string }[] {
  const shape = redFlagAnswersSchema.shape;
  const words: { field: string; text: string }[] = [];
  for (const [key, value] of Object.entries(answers ?? {})) {
    if (key in shape) continue;
    if (typeof value === 'string' && value.trim()) words.push({ field: key, text: value });
    else if (value === true) words.push({ field: key, text: humaniseKey(key) });
  }
  return words;
}

const humaniseKey = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
