// Hand-offs: each offer or route of a request, and how it was answered (accepted, declined,
// expired, acknowledged). The liability map cites them as its basis.
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import type { Destination } from '../../shared/schemas/domain';

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
    status: text('status').$type<'offered' | 'accepted' | 'declined' | 'expired' | 'acknowledged' | 'sent'>().notNull(),
    respondedById: text('responded_by_id'),
    respondedByName: text('responded_by_name'),
    respondedAt: integer('responded_at'),
    responseReason: text('response_reason'),
  },
  (t) => [index('handoffs_consultation').on(t.consultationId), index('handoffs_open').on(t.status, t.expiresAt)],
);

export type HandoffRow = typeof handoffs.$inferSelect;
