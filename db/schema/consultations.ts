// Consultation requests: the patient's submission and where it stands in the lifecycle.
// Instants are stored as epoch milliseconds so ordering and range scans stay cheap.
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import type { Answers } from '../../shared/schemas/intake';
import type { ConsultationKind, ConsultationStatus, Destination, Priority, Sex } from '../../shared/schemas/domain';

export const consultations = sqliteTable(
  'consultations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    practiceOds: text('practice_ods').notNull(),
    nhsNumber: text('nhs_number').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: text('birth_date').notNull(),
    sex: text('sex').$type<Sex>().notNull(),
    phone: text('phone'),
    email: text('email'),
    preferredContact: text('preferred_contact'),
    kind: text('kind').$type<ConsultationKind>().notNull(),
    text: text('text').notNull(),
    answers: text('answers', { mode: 'json' }).$type<Answers>().notNull(),
    attachments: text('attachments', { mode: 'json' }).$type<{ name: string; contentType: string; sizeBytes: number }[]>().notNull(),
    /** Ids of the red-flag rules that fired at intake, plus 'raised_by_hand'. */
    redFlags: text('red_flags', { mode: 'json' }).$type<string[]>().notNull(),
    priority: text('priority').$type<Priority>().notNull(),
    status: text('status').$type<ConsultationStatus>().notNull(),
    /** Optimistic concurrency: every committed change adds one. */
    version: integer('version').notNull(),
    claimedBy: integer('claimed_by'),
    leaseExpiresAt: integer('lease_expires_at'),
    assigneeId: integer('assignee_id'),
    pendingDestination: text('pending_destination').$type<Destination>(),
    pendingOrganisationOds: text('pending_organisation_ods'),
    /** The hand-off waiting for acceptance or acknowledgement, when there is one. */
    pendingHandoffId: integer('pending_handoff_id'),
    /** Why a request came back to the queue (declined, offer expired, safety-net follow-up, handed back). */
    returnedBecause: text('returned_because'),
    submittedAt: integer('submitted_at').notNull(),
    receivedAt: integer('received_at').notNull(),
    firstActionDue: integer('first_action_due').notNull(),
    outcomeDue: integer('outcome_due').notNull(),
    firstActionAt: integer('first_action_at'),
    /** SLA deadlines already recorded as breached, so each enters the change feed once. */
    slaBreaches: text('sla_breaches', { mode: 'json' }).$type<string[]>().notNull().default([]),
    closedAt: integer('closed_at'),
    outcome: text('outcome'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('consultations_open').on(t.status, t.priority, t.firstActionDue),
    index('consultations_practice').on(t.practiceOds, t.status),
    index('consultations_lease').on(t.leaseExpiresAt),
  ],
);

export type ConsultationRow = typeof consultations.$inferSelect;
export type NewConsultationRow = typeof consultations.$inferInsert;
