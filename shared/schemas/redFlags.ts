// Wire shapes of red-flag screening (docs/clinical-safety/red-flags.md): the red-flag questions an online
// consultation form may ask, and what the screen found, which the hub stores on the request.
import { z } from 'zod';
import { RED_FLAG_IDS } from '../rules/redFlags/ids';

export const redFlagIdSchema = z.enum(RED_FLAG_IDS);

/**
 * The red-flag questions online consultation forms ask per symptom area. A yes fires its rule whatever
 * the free text says; a no or a missing answer says nothing (the text is still screened).
 */
export const redFlagAnswersSchema = z
  .object({
    chestPainNow: z.boolean(),
    breathingDifficultyNow: z.boolean(),
    facialDroopOrSlurredSpeech: z.boolean(),
    armOrLegWeakness: z.boolean(),
    thoughtsOfSelfHarm: z.boolean(),
    heavyBleeding: z.boolean(),
    lipsTongueOrThroatSwelling: z.boolean(),
    rashDoesNotFade: z.boolean(),
    stiffNeck: z.boolean(),
    seizureOrCollapse: z.boolean(),
    numbnessAroundBottomOrGenitals: z.boolean(),
    suddenSevereHeadache: z.boolean(),
    suddenTesticularPain: z.boolean(),
    pregnant: z.boolean(),
    bleedingInPregnancy: z.boolean(),
    suddenConfusion: z.boolean(),
    choking: z.boolean(),
    headInjury: z.boolean(),
    onBloodThinners: z.boolean(),
    severeAbdominalPain: z.boolean(),
    vomitingBloodOrBlackStools: z.boolean(),
    takenOverdose: z.boolean(),
    suddenVisionLoss: z.boolean(),
    unableToPassUrine: z.boolean(),
    swollenPainfulCalf: z.boolean(),
    onChemotherapy: z.boolean(),
    babyMovingLess: z.boolean(),
    floppyOrUnresponsive: z.boolean(),
    swallowedBatteryOrMagnet: z.boolean(),
    feelsUnsafeAtHome: z.boolean(),
    /** Highest temperature measured, in °C. */
    temperatureC: z.number().min(25).max(45),
  })
  .partial();
export type RedFlagAnswers = z.infer<typeof redFlagAnswersSchema>;
export type RedFlagAnswerKey = keyof RedFlagAnswers;

/** Where a flag came from: words in the text (offsets into it, or into a string answer named by `field`), or an answer. */
export const redFlagEvidenceSchema = z.union([
  z.object({
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** Absent for the request's free text; the answer's key for words found in a string answer. */
    field: z.string().optional(),
  }),
  z.object({ answer: z.string() }),
]);
export type RedFlagEvidence = z.infer<typeof redFlagEvidenceSchema>;

export const redFlagHitSchema = z.object({
  ruleId: redFlagIdSchema,
  severity: z.enum(['emergency', 'urgent']),
  /** `possible`: the screen could not settle it (a doubtful context, "feels hot" without a number); a person must look. */
  certainty: z.enum(['definite', 'possible']),
  evidence: redFlagEvidenceSchema,
});
export type RedFlagHit = z.infer<typeof redFlagHitSchema>;

export const redFlagSetAsideSchema = z.object({
  ruleId: redFlagIdSchema,
  evidence: redFlagEvidenceSchema,
  /** Why the match did not count, naming the trigger: "negated: 'no'", "past: 'in 2019'". */
  reason: z.string(),
});
export type RedFlagSetAside = z.infer<typeof redFlagSetAsideSchema>;

export const screenResultSchema = z.object({
  hits: z.array(redFlagHitSchema),
  setAside: z.array(redFlagSetAsideSchema),
});
export type ScreenResult = z.infer<typeof screenResultSchema>;
