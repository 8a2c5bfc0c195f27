// Hub settings an admin edits (hours, closures, SLA policy, claim lease, how many clinical sign-offs a
// protocol version needs), bounded to what a hub can mean. The care-navigation protocol and its
// templates are no longer settings: they are versions the lead signs off (shared/schemas/protocol.ts).
import { z } from 'zod';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY, hubCalendarSchema, slaPolicySchema } from '../time/hubCalendar';
import { destinationSchema } from './domain';

export { safetyNettingTemplateSchema, type SafetyNettingTemplate } from './protocol';

export const DEFAULT_HUB_NAME = 'your local GP hub';

/** Minutes without activity before a workstation locks: shorter nags, longer leaves patient data on an unattended screen. */
export const IDLE_LOCK_BOUNDS = { min: 2, max: 120, default: 15 } as const;

/**
 * What counts as the patient having a message, per channel (docs/messaging.md): Notify's delivery receipt, or
 * its acceptance where the hub decides a channel's receipts cannot be waited for. Responsibility for self-care
 * and self-referral passes to the patient on it.
 */
export const DELIVERY_EVIDENCE = ['delivered', 'accepted'] as const;
const deliveryEvidenceSchema = z.enum(DELIVERY_EVIDENCE).default('delivered');
export const messagingSettingsSchema = z
  .object({ deliveryEvidence: z.object({ sms: deliveryEvidenceSchema, email: deliveryEvidenceSchema }).strict().prefault({}) })
  .strict();
export type MessagingSettings = z.infer<typeof messagingSettingsSchema>;

/**
 * The admin-edited settings. Settings stored before protocols were versioned also carry `protocol` and
 * `safetyNettingTemplates`: parsing drops them (they were carried into the first protocol version at start).
 */
export const hubSettingsSchema = z.object({
  calendar: hubCalendarSchema.default(DEFAULT_HUB_CALENDAR),
  sla: slaPolicySchema.default(DEFAULT_SLA_POLICY),
  /** A claim lapses after this long without activity from its holder: a minute to two hours. */
  leaseMinutes: z.number().int().min(1).max(120).default(10),
  /**
   * A shared workstation locks, and its session ends, after this long without the user's hand on it
   * (docs/admin.md, "Idle lock"): two minutes to two hours.
   */
  idleLockMinutes: z.number().int().min(IDLE_LOCK_BOUNDS.min).max(IDLE_LOCK_BOUNDS.max).default(IDLE_LOCK_BOUNDS.default),
  /** Clinical sign-offs a protocol draft needs before it is in force: the lead's, or the lead's and a second lead's. */
  protocolSignOffsRequired: z.union([z.literal(1), z.literal(2)]).default(1),
  /** The hub's name as patients read it in messages ({hubName}, docs/messaging.md). */
  hubName: z.string().trim().min(1).max(80).default(DEFAULT_HUB_NAME),
  messaging: messagingSettingsSchema.prefault({}),
});
export type HubSettings = z.infer<typeof hubSettingsSchema>;

/** The protocol in force as every signed-in user reads it with the hub's settings (GET /api/hub). */
export const hubProtocolSchema = z.object({
  version: z.string(),
  signedOffBy: z.string(),
  /** When the last sign-off made it in force; null for a version carried over from before versioning. */
  signedOffAt: z.string().nullable().optional(),
  coordinatorMaySelfCare: z.boolean(),
  /** Destinations this protocol closes to care coordinators (within what code allows them). */
  closedToCoordinators: z.array(destinationSchema).optional(),
  /** Decision-support rules this protocol switches off (ids from shared/rules/suggestions.ts). */
  suggestionRulesOff: z.array(z.string()).optional(),
});
export type HubProtocol = z.infer<typeof hubProtocolSchema>;

/** GET /api/hub: the settings in force that every signed-in user may read (no templates: they have their own list). */
export const hubSettingsViewSchema = hubSettingsSchema.pick({ calendar: true, sla: true, leaseMinutes: true, idleLockMinutes: true }).extend({ protocol: hubProtocolSchema });
export type HubSettingsView = z.infer<typeof hubSettingsViewSchema>;
