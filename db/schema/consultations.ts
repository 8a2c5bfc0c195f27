// Consultation requests: the patient's submission and where it stands in the lifecycle.
// Instants are stored as epoch milliseconds so ordering and range scans stay cheap.
import { isNotNull, sql, type SQL } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Answers } from '../../shared/schemas/intake';
import type { Outcome } from '../../shared/schemas/outcome';
import type { ScreenResult } from '../../shared/schemas/redFlags';
import type { ReturnDetail } from '../../shared/schemas/returnDetail';
import { FINAL_STATUSES, type ConsultationKind, type ConsultationStatus, type Destination, type Priority, type Sex } from '../../shared/schemas/domain';

/**
 * "Still open", written with the final statuses as literals: SQLite uses a partial index only for
 * a query whose condition it can see implies the index's, which bound parameters never do. The
 * open-queue index and the queries that read open requests all use this one expression.
 */
export const isOpenRequest = (status: SQLiteColumn): SQL => sql`${status} not in (${sql.raw(FINAL_STATUSES.map((s) => `'${s}'`).join(', '))})`;

export const consultations = sqliteTable(
  'consultations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /**
     * The human reference, EH-24-00123 (shared/reference.ts): assigned at admission, never changed.
     * Nullable only because SQLite cannot add a NOT NULL column to a filled table; every row has one.
     */
    reference: text('reference'),
    practiceOds: text('practice_ods').notNull(),
    nhsNumber: text('nhs_number').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    /** The family name as search compares it (shared/schemas/search.ts familyKeyOf): lower-cased, no spaces or punctuation. */
    familyKey: text('family_key'),
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
    /** Rules the screen could not settle ("possible"), until a clinician confirms or clears them. */
    possibleRedFlags: text('possible_red_flags', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** What the intake screen found: each hit with its words, and what it set aside and why (docs/clinical-safety/red-flags.md). */
    redFlagScreen: text('red_flag_screen', { mode: 'json' }).$type<ScreenResult>(),
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
    /** Who sent it back and what they wrote (shared/schemas/returnDetail.ts), beside the mark. */
    returnDetail: text('return_detail', { mode: 'json' }).$type<ReturnDetail>(),
    submittedAt: integer('submitted_at').notNull(),
    receivedAt: integer('received_at').notNull(),
    firstActionDue: integer('first_action_due').notNull(),
    outcomeDue: integer('outcome_due').notNull(),
    firstActionAt: integer('first_action_at'),
    /** SLA deadlines already recorded as breached, so each enters the change feed once. */
    slaBreaches: text('sla_breaches', { mode: 'json' }).$type<string[]>().notNull().default([]),
    closedAt: integer('closed_at'),
    /** How the hub's part ended (shared/schemas/outcome.ts), once it has. */
    outcome: text('outcome', { mode: 'json' }).$type<Outcome>(),
    updatedAt: integer('updated_at').notNull(),
    /** When practice staff marked the hub's outcome filed in the patient's record (docs/practice.md); null until then. */
    filedAt: integer('filed_at'),
    filedById: integer('filed_by_id'),
  },
  // Every command rewrites a request's lifecycle columns, so each index here that holds one of them
  // is rewritten too, and each page it touches is one more WAL frame in the commit. So: open
  // requests in the queue's own order (the snapshot reads them in order, and closed requests, most
  // rows in time, are not in it); practice without status (the practice view filters on the
  // practice alone); and only the requests that hold a lease. Search (docs/search.md) reads by
  // columns no command rewrites (reference, NHS number, family name, practice, receipt), so its
  // indexes cost the insert only.
  (t) => [
    index('consultations_open').on(t.priority, t.firstActionDue, t.id).where(isOpenRequest(t.status)),
    index('consultations_practice').on(t.practiceOds),
    index('consultations_lease').on(t.leaseExpiresAt).where(isNotNull(t.leaseExpiresAt)),
    uniqueIndex('consultations_reference').on(t.reference),
    index('consultations_nhs_number').on(t.nhsNumber, t.receivedAt),
    // Every column a name search filters or sorts on, so finding the newest matches reads no table row
    // however many requests share a common name (db/queries/search.ts).
    index('consultations_family_search').on(t.familyKey, t.receivedAt, t.status, t.practiceOds, t.givenName),
    index('consultations_practice_received').on(t.practiceOds, t.receivedAt),
    index('consultations_received').on(t.receivedAt),
  ],
);

export type ConsultationRow = typeof consultations.$inferSelect;
export type NewConsultationRow = typeof consultations.$inferInsert;
