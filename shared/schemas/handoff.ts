// The body of POST /api/consultations/:id/handoffs: a coded reason plus what each destination needs (docs/api.md).
import { z } from 'zod';
import { odsCodeSchema, pharmacyFirstConditionSchema, selfReferralPathwaySchema } from './domain';

/** Why a request went where it went: coded so reports can count them, labelled so people can read them. */
export const REASON_CODES = {
  protocol_match: 'Matches the care-navigation protocol',
  clinical_assessment_needed: 'Needs a clinical assessment',
  medication_query: 'Medication query',
  msk_problem: 'Muscle, joint or back problem',
  eligible_pharmacy_first: 'Eligible for a Pharmacy First clinical pathway',
  minor_illness: 'Minor illness a community pharmacist can treat',
  self_referral_appropriate: 'A self-referral service fits the need',
  self_care_appropriate: 'Self-care with safety-netting advice is appropriate',
  admin_request: 'Administrative request',
  needs_gp: 'Needs the patient’s own GP',
  red_flag_escalation: 'Red flag: escalated for urgent clinical review',
  urgent_care_needed: 'Needs urgent care now (999, NHS 111 or an urgent treatment centre)',
  other: 'Other (explained in the text)',
} as const;
export type ReasonCode = keyof typeof REASON_CODES;
export const REASON_CODE_IDS = Object.keys(REASON_CODES) as [ReasonCode, ...ReasonCode[]];
export const reasonCodeSchema = z.enum(REASON_CODE_IDS);

/** Reasons only the hub itself records on a hand-off (never sent in a routing body), with their words. */
export const HUB_REASON_CODES = { reassigned_by_lead: 'Reassigned by the clinical lead' } as const;

/** The words for any hand-off reason code, or the code itself if it is unknown. */
export const reasonCodeWords = (code: string): string =>
  (REASON_CODES as Record<string, string>)[code] ?? (HUB_REASON_CODES as Record<string, string>)[code] ?? code;

export const handoffReasonSchema = z
  .object({
    code: reasonCodeSchema,
    text: z.string().trim().max(1000).optional(),
  })
  // "Other" says nothing by itself; the audit trail needs the words.
  .refine((r) => r.code !== 'other' || (r.text !== undefined && r.text.length > 0), {
    message: 'a reason coded "other" needs a text saying why',
    path: ['text'],
  });
export type HandoffReason = z.infer<typeof handoffReasonSchema>;

const yesNo = z.boolean().optional();
/** Episodes counted by the person routing; the rule, not they, compares them with the pathway's threshold. */
const episodes = z.number().int().min(0).max(99).optional();

/**
 * Answers to the Pharmacy First exclusion questions (shared/rules/pharmacyFirstExclusions.ts); which ones are
 * required depends on the condition and the patient.
 */
export const exclusionAnswersSchema = z.object({
  pregnant: yesNo,
  recurrentUti: yesNo,
  catheter: yesNo,
  rashWithin7Days: yesNo,
  immunosuppressed: yesNo,
  sinusitisOver12Weeks: yesNo,
  otitisEpisodes6Months: episodes,
  otitisEpisodes12Months: episodes,
  bullousImpetigo: yesNo,
  impetigoEpisodes12Months: episodes,
  tickBite: yesNo,
  animalOrHumanBite: yesNo,
  biteAcquiredAbroad: yesNo,
  severelyImmunosuppressed: yesNo,
});

/** The sender's own words for the patient: the channel's own limit (shared/rules/patientMessages.ts) is checked later. */
export const patientMessageEditSchema = z.string().trim().min(1).max(5000);

const common = {
  reason: handoffReasonSchema,
  /** The consultation version the sender saw; a mismatch is a 409 STALE_VERSION. */
  expectedVersion: z.number().int().nonnegative(),
  /** Whether the sender took the first decision-support suggestion, for audit and protocol review. */
  suggestionFollowed: z.boolean().optional(),
  note: z.string().trim().max(2000).optional(),
  /**
   * The message to the patient as the sender edited it from the preview (docs/messaging.md); absent, the
   * protocol's template filled in goes. Checked against the same limits either way.
   */
  patientMessage: patientMessageEditSchema.optional(),
};

export const PLAIN_DESTINATIONS = [
  'anp',
  'pharmacist',
  'physio',
  'duty_clinician',
  'practice_gp',
  'practice_admin',
  'urgent',
] as const;

const plainHandoffSchema = z.object({ destination: z.enum(PLAIN_DESTINATIONS), ...common });

const pharmacyFirstHandoffSchema = z.object({
  destination: z.literal('pharmacy_first'),
  ...common,
  condition: pharmacyFirstConditionSchema,
  pharmacyOds: odsCodeSchema,
  exclusions: exclusionAnswersSchema.default({}),
});

const pharmacyMinorIllnessHandoffSchema = z.object({
  destination: z.literal('pharmacy_minor_illness'),
  ...common,
  pharmacyOds: odsCodeSchema,
});

/** Responsibility passes to the patient only once the message carrying this advice reaches them (docs/messaging.md). */
const safetyNettingSchema = z
  .string()
  .trim()
  .min(20, 'safety-netting advice must say what to watch for and when to seek help (at least 20 characters)')
  .max(4000);

const selfReferralHandoffSchema = z.object({
  destination: z.literal('self_referral'),
  ...common,
  pathway: selfReferralPathwaySchema,
  safetyNetting: safetyNettingSchema,
});

const selfCareHandoffSchema = z.object({
  destination: z.literal('self_care'),
  ...common,
  safetyNetting: safetyNettingSchema,
});

export const handoffBodySchema = z.discriminatedUnion('destination', [
  plainHandoffSchema,
  pharmacyFirstHandoffSchema,
  pharmacyMinorIllnessHandoffSchema,
  selfReferralHandoffSchema,
  selfCareHandoffSchema,
]);

/** A parsed hand-off body (defaults applied). */
export type HandoffBody = z.infer<typeof handoffBodySchema>;
/** What a client sends (before defaults). */
export type HandoffInput = z.input<typeof handoffBodySchema>;
export type PlainHandoff = z.infer<typeof plainHandoffSchema>;
export type PharmacyFirstHandoff = z.infer<typeof pharmacyFirstHandoffSchema>;
export type PharmacyMinorIllnessHandoff = z.infer<typeof pharmacyMinorIllnessHandoffSchema>;
export type SelfReferralHandoff = z.infer<typeof selfReferralHandoffSchema>;
export type SelfCareHandoff = z.infer<typeof selfCareHandoffSchema>;
export type ExclusionAnswersBody = z.infer<typeof exclusionAnswersSchema>;
