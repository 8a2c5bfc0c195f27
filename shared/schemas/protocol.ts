// The care-navigation protocol as data the GP clinical lead edits and signs off (docs/protocol.md):
// who may route where, which decision-support rules are on, safety-netting and patient message
// templates, and the Pharmacy First rule table in use. Bounded, so a stored version is always usable.
import { z } from 'zod';
import { PHARMACY_FIRST_SPEC } from '../rules/pharmacyFirst';
import { SUGGESTION_RULES, type SuggestionRuleId } from '../rules/suggestions';
import { DESTINATIONS, roleSchema, type Destination } from './domain';
import { OUTCOME_CODES, type OutcomeCode } from './outcome';

const MAX_TEMPLATES = 100;

export const safetyNettingTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'expected a short id of lower-case letters, digits, _ or -'),
  title: z.string().trim().min(1).max(120),
  // Long enough for a full leaflet paragraph, short enough to read aloud to a patient on the phone.
  text: z.string().trim().min(20).max(4000),
});
export type SafetyNettingTemplate = z.infer<typeof safetyNettingTemplateSchema>;

/** Starting templates; the hub edits its own, signed off with the protocol. */
export const DEFAULT_SAFETY_NETTING_TEMPLATES: SafetyNettingTemplate[] = [
  {
    id: 'general',
    title: 'General worsening advice',
    text: 'If your symptoms get worse, new symptoms appear, or you are not improving in 5 days, contact your GP practice. If you feel very unwell, call NHS 111; in an emergency call 999.',
  },
  {
    id: 'sore_throat',
    title: 'Sore throat',
    text: 'Most sore throats get better in a week. Drink plenty, rest and take paracetamol or ibuprofen. Call NHS 111 or your practice if you cannot swallow fluids, have a high temperature that will not settle, or it is no better after a week. Call 999 if you have difficulty breathing.',
  },
  {
    id: 'back_pain',
    title: 'Back pain',
    text: 'Keep moving gently and take simple pain relief. Call 999 or go to A&E at once if you have numbness around your bottom or genitals, cannot control your bladder or bowels, or have weakness in both legs. Contact your practice if it is no better in 6 weeks.',
  },
  {
    id: 'mental_health',
    title: 'Low mood',
    text: 'If you feel unable to keep yourself safe, call 999 or go to A&E now. For urgent mental health help call NHS 111 and choose the mental health option, or text SHOUT to 85258. Contact your practice if things are not improving.',
  },
];

export const safetyNettingTemplatesSchema = z
  .array(safetyNettingTemplateSchema)
  .max(MAX_TEMPLATES, `at most ${MAX_TEMPLATES} templates`)
  // The routing panel picks a template by id; two with one id would make the choice ambiguous.
  .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'two templates share an id');

/**
 * Destinations the protocol may open or close to care coordinators. The safety floor stays in code
 * (shared/rules/destinations.ts): escalation to the duty clinician and hand-back to the practice are always
 * open, urgent advice is never a coordinator's, and red flags go to clinicians whatever the protocol says.
 */
export const COORDINATOR_CHOOSABLE = ['anp', 'pharmacist', 'physio', 'pharmacy_first', 'pharmacy_minor_illness', 'self_referral'] as const satisfies readonly Destination[];
export type CoordinatorChoosable = (typeof COORDINATOR_CHOOSABLE)[number];

/** Suggestion rules a protocol cannot switch off: red flags, admin requests, and the fallback to a hub clinician. */
export const ALWAYS_ON_SUGGESTIONS = ['red_flag_to_duty_clinician', 'red_flag_urgent_advice', 'admin_to_practice_admin', 'default_to_anp'] as const satisfies readonly SuggestionRuleId[];
export const SWITCHABLE_SUGGESTIONS = (Object.keys(SUGGESTION_RULES) as SuggestionRuleId[]).filter(
  (id) => !(ALWAYS_ON_SUGGESTIONS as readonly string[]).includes(id),
);

/** Pharmacy First rule tables this code implements; a protocol may name only one of them. */
export const KNOWN_PHARMACY_FIRST_SPECS = [PHARMACY_FIRST_SPEC.version] as const;

/** Words a patient message may stand in for; the messaging step fills them in. */
export const MESSAGE_PLACEHOLDERS = [
  'practiceName',
  'pharmacyName',
  'pharmacyAddress',
  'pharmacyPhone',
  'pharmacyHours',
  'pathwayName',
  'pathwayContact',
  'patientFirstName',
  'hubName',
  /** When the hub team expects to contact the patient: "by 6:30pm today", from the offer's own deadline. */
  'contactBy',
] as const;
const placeholderPattern = /\{([^{}]*)\}/g;

const messageTemplateSchema = z
  .string()
  .trim()
  .min(20)
  .max(1000)
  .refine(
    (text) => [...text.matchAll(placeholderPattern)].every((m) => (MESSAGE_PLACEHOLDERS as readonly string[]).includes(m[1]!)),
    `a placeholder must be one of ${MESSAGE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
  );

/** What the patient is told when their request goes to each destination, in plain English (NHS style). */
export const DEFAULT_PATIENT_MESSAGES: Record<Destination, string> = {
  anp: 'Thank you for contacting {practiceName}. An advanced nurse practitioner from our local hub will contact you {contactBy}. If you get worse before then, call NHS 111; in an emergency call 999.',
  pharmacist: 'Thank you for contacting {practiceName}. A clinical pharmacist from our local hub will contact you about your medicines. If you feel unwell, call NHS 111; in an emergency call 999.',
  physio: 'Thank you for contacting {practiceName}. A physiotherapist from our local hub will contact you to talk about your symptoms. If you get worse, contact your practice or call NHS 111.',
  duty_clinician: 'Thank you for contacting {practiceName}. A doctor from our local hub will contact you soon. If you get worse before then, call NHS 111; in an emergency call 999.',
  pharmacy_first: '{practiceName} has referred you to {pharmacyName}, {pharmacyAddress}, for a consultation with a pharmacist. Please call them on {pharmacyPhone} or go in today ({pharmacyHours}). If you get worse, call NHS 111; in an emergency call 999.',
  pharmacy_minor_illness: '{practiceName} has referred you to {pharmacyName}, {pharmacyAddress}. A pharmacist can help with your symptoms; please call them on {pharmacyPhone} or go in today ({pharmacyHours}). If you get worse, call NHS 111.',
  self_referral: 'You can refer yourself to {pathwayName} without seeing a GP: refer yourself {pathwayContact}. If your symptoms get worse, contact {practiceName} or call NHS 111.',
  self_care: 'Your symptoms can usually be looked after at home. Read the advice below on what to do and when to get help. If you get worse, contact {practiceName} or call NHS 111.',
  practice_gp: 'Your request has been passed to a GP at {practiceName}, who will contact you. If you get worse before then, call NHS 111; in an emergency call 999.',
  practice_admin: 'Your request has been passed to the admin team at {practiceName}, who will contact you.',
  urgent: 'You need to be seen urgently. Please call NHS 111 now, or go to an urgent treatment centre. If it is an emergency, call 999 or go to A&E.',
};

/** What the patient is told when a hub clinician records the outcome of their request. */
export const DEFAULT_OUTCOME_MESSAGES: Record<OutcomeCode, string> = {
  advice_given: 'Thank you for speaking with our local hub team on behalf of {practiceName}. Follow the advice you were given. If you get worse, contact {practiceName} or call NHS 111; in an emergency call 999.',
  appointment_booked_at_practice: 'An appointment has been booked for you at {practiceName}. The practice will confirm the time. If you get worse before then, call NHS 111.',
  prescription_issued: 'A prescription has been sent for you. Your pharmacy will tell you when it is ready. If you get worse, contact {practiceName} or call NHS 111.',
  referred_on: 'You have been referred to another service, which will contact you. If you get worse before then, contact {practiceName} or call NHS 111.',
  redirected: 'Your request has been passed to another service, which will contact you. If you get worse, contact {practiceName} or call NHS 111.',
};

const booleansFor = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<K, z.ZodBoolean>).strict();

export const protocolContentSchema = z
  .object({
    routing: z
      .object({
        /** Whether coordinators may close a request with self-care advice (never for red flags). */
        coordinatorMaySelfCare: z.boolean(),
        /** Per destination a coordinator may use under code's rules: whether this protocol allows it. */
        coordinatorDestinations: booleansFor(COORDINATOR_CHOOSABLE),
      })
      .strict(),
    decisionSupport: z.object({ rules: booleansFor(SWITCHABLE_SUGGESTIONS) }).strict(),
    safetyNettingTemplates: safetyNettingTemplatesSchema,
    patientMessageTemplates: z.object(Object.fromEntries(DESTINATIONS.map((d) => [d, messageTemplateSchema])) as Record<Destination, typeof messageTemplateSchema>).strict(),
    /** Absent from versions signed off before outcome messages existed: they take the defaults. */
    outcomeMessageTemplates: z
      .object(Object.fromEntries(OUTCOME_CODES.map((o) => [o, messageTemplateSchema])) as Record<OutcomeCode, typeof messageTemplateSchema>)
      .strict()
      .default(DEFAULT_OUTCOME_MESSAGES),
    pharmacyFirstSpec: z.enum(KNOWN_PHARMACY_FIRST_SPECS, { message: `expected a Pharmacy First rule table this hub knows: ${KNOWN_PHARMACY_FIRST_SPECS.join(', ')}` }),
  })
  .strict();
export type ProtocolContent = z.infer<typeof protocolContentSchema>;

export const DEFAULT_PROTOCOL_CONTENT: ProtocolContent = {
  routing: {
    coordinatorMaySelfCare: false,
    coordinatorDestinations: Object.fromEntries(COORDINATOR_CHOOSABLE.map((d) => [d, true])) as Record<CoordinatorChoosable, boolean>,
  },
  decisionSupport: { rules: Object.fromEntries(SWITCHABLE_SUGGESTIONS.map((id) => [id, true])) as ProtocolContent['decisionSupport']['rules'] },
  safetyNettingTemplates: DEFAULT_SAFETY_NETTING_TEMPLATES,
  patientMessageTemplates: DEFAULT_PATIENT_MESSAGES,
  outcomeMessageTemplates: DEFAULT_OUTCOME_MESSAGES,
  pharmacyFirstSpec: PHARMACY_FIRST_SPEC.version,
};

export const PROTOCOL_STATUSES = ['draft', 'in_force', 'superseded', 'discarded'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

export const signOffSchema = z.object({
  /** Null for the sign-off carried over from the settings of a hub before versioning. */
  staffId: z.number().int().nullable(),
  name: z.string(),
  role: roleSchema,
  at: z.string().nullable(),
});
export type SignOff = z.infer<typeof signOffSchema>;

export const protocolVersionViewSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  label: z.string(),
  status: z.enum(PROTOCOL_STATUSES),
  content: protocolContentSchema,
  createdBy: z.string(),
  createdAt: z.string(),
  signOffs: z.array(signOffSchema),
  inForceFrom: z.string().nullable(),
});
export type ProtocolVersionView = z.infer<typeof protocolVersionViewSchema>;

export const protocolChangeSchema = z.object({
  /** Dotted path into the content, e.g. "routing.coordinatorMaySelfCare". */
  path: z.string(),
  /** The change in words: "Coordinators may route to self-care: no → yes". */
  words: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type ProtocolChange = z.infer<typeof protocolChangeSchema>;

/** Bodies of the protocol commands. */
export const startDraftBodySchema = z.object({ content: protocolContentSchema.optional() }).strict();
export const editDraftBodySchema = z.object({ content: protocolContentSchema }).strict();
export const emptyBodySchema = z.object({}).strict();
