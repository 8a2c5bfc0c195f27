// The hub's vocabulary: identifiers that integrations rely on (docs/api.md). Extend, never rename.
import { z } from 'zod';

export const ROLES = ['coordinator', 'anp', 'pharmacist', 'physio', 'lead', 'manager', 'practice', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose holders are registered clinicians and may carry clinical responsibility. */
export const CLINICAL_ROLES: readonly Role[] = ['anp', 'pharmacist', 'physio', 'lead'];
export const isClinician = (roles: readonly Role[]) => roles.some((r) => CLINICAL_ROLES.includes(r));

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const sexSchema = z.enum(SEXES);
export type Sex = z.infer<typeof sexSchema>;

export const KINDS = ['clinical', 'admin'] as const;
export const kindSchema = z.enum(KINDS);
export type ConsultationKind = z.infer<typeof kindSchema>;

export const STATUSES = [
  'queued',
  'in_triage',
  'offered',
  'with_clinician',
  'redirected',
  'returned_to_practice',
  // Routed to self-care or a self-referral service: the hub waits until the patient has the advice (docs/messaging.md).
  'awaiting_delivery',
  'closed',
  'cancelled',
] as const;
export const statusSchema = z.enum(STATUSES);
export type ConsultationStatus = z.infer<typeof statusSchema>;
/** Statuses in which a request is finished and leaves every live view. */
export const FINAL_STATUSES: readonly ConsultationStatus[] = ['closed', 'cancelled'];

/**
 * Queue order, most pressing first: a red flag, a possible red flag (the screen could not settle it; a
 * clinician confirms or clears it, docs/clinical-safety/red-flags.md), routine. The open-queue index orders
 * by the stored text, so these must stay in string order too (tests/unit/rules/priority.test.ts).
 */
export const PRIORITIES = ['red_flag', 'red_flag_possible', 'routine'] as const;
export const prioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof prioritySchema>;

export const DESTINATIONS = [
  'anp',
  'pharmacist',
  'physio',
  'duty_clinician',
  'pharmacy_first',
  'pharmacy_minor_illness',
  'self_referral',
  'self_care',
  'practice_gp',
  'practice_admin',
  'urgent',
] as const;
export const destinationSchema = z.enum(DESTINATIONS);
export type Destination = z.infer<typeof destinationSchema>;

/** Hub teams whose members work an inbox and accept hand-offs. */
export const HUB_TEAMS = ['anp', 'pharmacist', 'physio', 'duty_clinician'] as const satisfies readonly Destination[];
export type HubTeam = (typeof HUB_TEAMS)[number];

export const PHARMACY_FIRST_CONDITIONS = [
  'sinusitis',
  'sore_throat',
  'otitis_media',
  'insect_bite',
  'impetigo',
  'shingles',
  'uti',
] as const;
export const pharmacyFirstConditionSchema = z.enum(PHARMACY_FIRST_CONDITIONS);
export type PharmacyFirstCondition = z.infer<typeof pharmacyFirstConditionSchema>;

export const SELF_REFERRAL_PATHWAYS = [
  'msk_physio',
  'podiatry',
  'audiology',
  'talking_therapies',
  'weight_management',
  'falls',
  'sexual_health',
  'maternity',
] as const;
export const selfReferralPathwaySchema = z.enum(SELF_REFERRAL_PATHWAYS);
export type SelfReferralPathway = z.infer<typeof selfReferralPathwaySchema>;

export const SYMPTOM_AREAS = [
  'respiratory',
  'ent',
  'skin',
  'urinary',
  'musculoskeletal',
  'mental_health',
  'medication',
  'cardiovascular',
  'gastrointestinal',
  'neurological',
  'womens_health',
  'general',
  'admin',
] as const;
export const symptomAreaSchema = z.enum(SYMPTOM_AREAS);
export type SymptomArea = z.infer<typeof symptomAreaSchema>;

export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/** ODS organisation codes: practices like E85001, pharmacies like FA123. */
export const odsCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,10}$/, 'an ODS code is 3 to 10 letters and digits');
