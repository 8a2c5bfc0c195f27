// The patient-message outbox (docs/messaging.md): each message is written in the same transaction as
// the decision that caused it, then sent by the dispatcher through GOV.UK Notify (or the embedded
// transport), with every status change kept for the journey. Contact tasks are what a person must do
// when no message could go or one did not arrive. Text and addresses are patient data: never logged.
import { sql, type SQL } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ContactTaskKind, ContactTaskResolution, MessageCause, MessageChannel, MessageFailure, MessageStatus } from '../../shared/schemas/messages';

/** "Not yet settled": the dispatcher's partial index holds only these, so finished messages cost it nothing. */
export const isUnsettledMessage = (status: SQLiteColumn): SQL => sql`${status} in ('queued', 'sending', 'accepted')`;

export const patientMessages = sqliteTable(
  'patient_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    consultationId: integer('consultation_id').notNull(),
    /** The hand-off or outcome that caused it (shared/schemas/messages.ts). */
    cause: text('cause', { mode: 'json' }).$type<MessageCause>().notNull(),
    channel: text('channel').$type<MessageChannel>().notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    /** Unique, and sent to Notify with the message: after a crash the dispatcher finds an earlier send by it. */
    reference: text('reference').notNull(),
    status: text('status').$type<MessageStatus>().notNull(),
    failure: text('failure').$type<MessageFailure>(),
    /** Sends tried so far (a temporary failure, 429 or 5xx, is retried with backoff). */
    attempts: integer('attempts').notNull().default(0),
    /** When the dispatcher may next pick it up: a send for `queued`, a status check for `accepted`, a recovery for `sending`. */
    nextAttemptAt: integer('next_attempt_at').notNull(),
    /** Which transport took it ('embedded' or 'notify') and the id it gave the message. */
    transport: text('transport').$type<'embedded' | 'notify'>(),
    providerId: text('provider_id'),
    createdAt: integer('created_at').notNull(),
    createdById: text('created_by_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** The protocol version whose template it was written from ("CN v4"). */
    protocolVersion: text('protocol_version'),
  },
  (t) => [
    index('patient_messages_consultation').on(t.consultationId),
    uniqueIndex('patient_messages_reference').on(t.reference),
    // What is due, per status: the dispatcher reads the sends apart from the status checks and look-ups,
    // so a backlog of checks never fills the read a batch of sends is taken from (server/messaging/dispatcher.ts).
    index('patient_messages_due').on(t.status, t.nextAttemptAt).where(isUnsettledMessage(t.status)),
  ],
);

/** Each status change of a message, with patient-free detail ("Notify answered 429; next attempt in 8 s"). */
export const patientMessageEvents = sqliteTable(
  'patient_message_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: integer('message_id').notNull(),
    at: integer('at').notNull(),
    status: text('status').$type<MessageStatus>().notNull(),
    detail: text('detail'),
  },
  (t) => [index('patient_message_events_message').on(t.messageId)],
);

export const contactTasks = sqliteTable(
  'contact_tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    consultationId: integer('consultation_id').notNull(),
    kind: text('kind').$type<ContactTaskKind>().notNull(),
    /** Patient-free: why a person must contact the patient. */
    reason: text('reason').notNull(),
    messageId: integer('message_id'),
    createdAt: integer('created_at').notNull(),
    resolvedAt: integer('resolved_at'),
    resolvedById: text('resolved_by_id'),
    resolvedByName: text('resolved_by_name'),
    resolution: text('resolution').$type<ContactTaskResolution>(),
    note: text('note'),
  },
  (t) => [
    index('contact_tasks_consultation').on(t.consultationId),
    index('contact_tasks_open').on(t.createdAt).where(sql`${t.resolvedAt} is null`),
  ],
);

export type PatientMessageRow = typeof patientMessages.$inferSelect;
export type NewPatientMessageRow = typeof patientMessages.$inferInsert;
export type PatientMessageEventRow = typeof patientMessageEvents.$inferSelect;
export type ContactTaskRow = typeof contactTasks.$inferSelect;
