// Patient messages (docs/messaging.md): what the hub tells the patient after each decision, sent
// through GOV.UK Notify from a transactional outbox, and the contact tasks left for a person when a
// message cannot be sent or does not arrive. Message text and addresses are patient data.
import { z } from 'zod';
import { destinationSchema } from './domain';
import { outcomeCodeSchema } from './outcome';

/** How a message reaches the patient; Notify's own words for its two channels we use. */
export const MESSAGE_CHANNELS = ['sms', 'email'] as const;
export const messageChannelSchema = z.enum(MESSAGE_CHANNELS);
export type MessageChannel = z.infer<typeof messageChannelSchema>;

/**
 * Where a message stands in the outbox:
 * - `queued`: written with the decision, waiting for the dispatcher (or for its next attempt);
 * - `sending`: a dispatcher has claimed it and may have called Notify; what happened is not yet recorded
 *   (after a crash the dispatcher asks Notify by the message's reference before sending again);
 * - `accepted`: Notify has it (its id recorded); waiting for the delivery receipt;
 * - `delivered`: the phone or mailbox has it (final);
 * - `failed`: it will not arrive: number or address invalid, bounced, or Notify gave up (final).
 */
export const MESSAGE_STATUSES = ['queued', 'sending', 'accepted', 'delivered', 'failed'] as const;
export const messageStatusSchema = z.enum(MESSAGE_STATUSES);
export type MessageStatus = z.infer<typeof messageStatusSchema>;
export const FINAL_MESSAGE_STATUSES: readonly MessageStatus[] = ['delivered', 'failed'];

/**
 * Why a message failed, in the patient-free words the journey and the contact task show:
 * - `invalid_recipient`: Notify refused the number or address (400);
 * - `permanent_failure`: the network or mailbox said it does not exist (Notify's permanent-failure);
 * - `temporary_failure`: the phone was off or the inbox full until Notify gave up (Notify's temporary-failure);
 * - `technical_failure`: Notify could not send it, and the dispatcher's retries ran out.
 */
export const MESSAGE_FAILURES = ['invalid_recipient', 'permanent_failure', 'temporary_failure', 'technical_failure'] as const;
export const messageFailureSchema = z.enum(MESSAGE_FAILURES);
export type MessageFailure = z.infer<typeof messageFailureSchema>;

export const MESSAGE_FAILURE_WORDS: Record<MessageFailure, string> = {
  invalid_recipient: 'the number or address was refused as invalid',
  permanent_failure: 'the number or address does not exist',
  temporary_failure: 'the phone was off or the inbox full until delivery was given up',
  technical_failure: 'the messaging service could not send it after several attempts',
};

/** What a message is about: the routing decision (its destination) or a clinician's recorded outcome. */
export const messageCauseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('handoff'), handoffId: z.number().int(), destination: destinationSchema }),
  z.object({ kind: z.literal('outcome'), outcome: outcomeCodeSchema }),
]);
export type MessageCause = z.infer<typeof messageCauseSchema>;

/** One status change of a message, for the journey: never the text or the address. */
export const messageEventViewSchema = z.object({
  at: z.string(),
  status: messageStatusSchema,
  /** Patient-free detail: "Notify answered 429 (rate limited); next attempt in 8 s". */
  detail: z.string().nullable(),
});
export type MessageEventView = z.infer<typeof messageEventViewSchema>;

/** A message as staff who may see the request see it (an audited read). */
export const patientMessageViewSchema = z.object({
  id: z.number().int(),
  consultationId: z.number().int(),
  cause: messageCauseSchema,
  channel: messageChannelSchema,
  /** The number or address it went to, as the patient gave it. */
  to: z.string(),
  /** The email subject; null for SMS. */
  subject: z.string().nullable(),
  body: z.string(),
  status: messageStatusSchema,
  failure: messageFailureSchema.nullable(),
  /** The reference Notify holds it under: a retry finds an earlier send by it rather than sending twice. */
  reference: z.string(),
  createdAt: z.string(),
  sentBy: z.string(),
  /** The embedded transport (no Notify account) or GOV.UK Notify. */
  transport: z.enum(['embedded', 'notify']).nullable(),
  events: z.array(messageEventViewSchema),
});
export type PatientMessageView = z.infer<typeof patientMessageViewSchema>;

/** A message in the journey: what went, how, and what became of it; not its text or the address. */
export const journeyMessageSchema = patientMessageViewSchema.omit({ to: true, subject: true, body: true });
export type JourneyMessage = z.infer<typeof journeyMessageSchema>;

/**
 * Contact tasks: a person must reach the patient because no message could go (`not_told`: no usable
 * mobile number or email) or it did not arrive (`not_reached`). They wait at the top of the hub queue.
 */
export const CONTACT_TASK_KINDS = ['not_told', 'not_reached'] as const;
export type ContactTaskKind = (typeof CONTACT_TASK_KINDS)[number];

/**
 * How a contact task ends: the patient was told by phone (for self-care and self-referral, responsibility
 * passes to the patient on that basis); the request goes back to the queue for a new decision (only while
 * the hub waits on a message to the patient); or nothing more is needed, with a note (the receiving team
 * contacts the patient themselves).
 */
export const CONTACT_TASK_RESOLUTIONS = ['told_by_phone', 'back_to_queue', 'no_action_needed'] as const;
export const contactTaskResolutionSchema = z.enum(CONTACT_TASK_RESOLUTIONS);
export type ContactTaskResolution = z.infer<typeof contactTaskResolutionSchema>;

export const resolveContactTaskBodySchema = z
  .object({
    resolution: contactTaskResolutionSchema,
    note: z.string().trim().min(3, 'say what was done (at least 3 characters)').max(1000),
  })
  .strict();
export type ResolveContactTaskBody = z.infer<typeof resolveContactTaskBodySchema>;

export const contactTaskViewSchema = z.object({
  id: z.number().int(),
  consultationId: z.number().int(),
  kind: z.enum(CONTACT_TASK_KINDS),
  /** Patient-free: "No mobile number or email to send the self-care advice to". */
  reason: z.string(),
  messageId: z.number().int().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolution: contactTaskResolutionSchema.nullable(),
  note: z.string().nullable(),
});
export type ContactTaskView = z.infer<typeof contactTaskViewSchema>;

/**
 * A delivery receipt as GOV.UK Notify posts it to the callback URL (its "delivery receipts" callback),
 * bearer token in the Authorization header. Only the fields the hub reads are checked; others are ignored.
 */
export const notifyCallbackBodySchema = z.object({
  id: z.string().min(1).max(100),
  reference: z.string().max(200).nullable().optional(),
  status: z.string().min(1).max(40),
  notification_type: z.enum(['sms', 'email', 'letter']).optional(),
  completed_at: z.string().nullable().optional(),
});
export type NotifyCallbackBody = z.infer<typeof notifyCallbackBodySchema>;
