// Hand-offs: each offer or route of a request, and how it was answered (accepted, declined,
// expired, acknowledged, or withdrawn when the clinical lead reopens the request after a review).
// The liability map cites them as its basis.
import { sql, type SQL } from 'drizzle-orm';
import { sqliteTable, text, integer, index, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Destination } from '../../shared/schemas/domain';

/**
 * "Still waiting for an answer", with the status as a literal: the waiting-offers index is partial,
 * and SQLite uses it only for a query whose condition plainly implies the index's.
 */
export const isAwaitingAnswer = (status: SQLiteColumn): SQL => sql`${status} = 'offered'`;

export const handoffs = sqliteTable(
  'handoffs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    consultationId: integer('consultation_id').notNull(),
    destination: text('destination').$type<Destination>().notNull(),
    /** Destination specifics: condition, exclusions, pharmacy, pathway, safety-netting text. */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    reasonCode: text('reason_code').notNull(),
    reasonText: text('reason_text'),
    suggestionFollowed: integer('suggestion_followed', { mode: 'boolean' }),
    offeredById: text('offered_by_id').notNull(),
    offeredByName: text('offered_by_name').notNull(),
    offeredAt: integer('offered_at').notNull(),
    /** When an unanswered offer or referral comes back to the hub, in working time. */
    expiresAt: integer('expires_at'),
    status: text('status').$type<'offered' | 'accepted' | 'declined' | 'expired' | 'acknowledged' | 'sent' | 'withdrawn'>().notNull(),
    respondedById: text('responded_by_id'),
    respondedByName: text('responded_by_name'),
    respondedAt: integer('responded_at'),
    responseReason: text('response_reason'),
    /**
     * When a red flag offered to the duty clinician, not accepted in time, was escalated to the clinical
     * lead (docs/clinical-safety/red-flags.md): it stays offered, and no longer falls due.
     */
    escalatedAt: integer('escalated_at'),
    /** The label of the care-navigation protocol in force when the hand-off was made ("CN v4"); null before versioning. */
    protocolVersion: text('protocol_version'),
  },
  // Only offers still waiting are in handoffs_open: an answer takes its entry out, where an index
  // on (status, expires_at) moved it to another page.
  // handoffs_offered reads the decisions of a period for the clinical lead's review sample; offered_at never
  // changes once written, so the index costs one entry per offer and nothing on answers.
  (t) => [
    index('handoffs_consultation').on(t.consultationId),
    index('handoffs_open').on(t.expiresAt).where(isAwaitingAnswer(t.status)),
    index('handoffs_offered').on(t.offeredAt),
  ],
);

export type HandoffRow = typeof handoffs.$inferSelect;
