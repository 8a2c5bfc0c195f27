// The change feed: one row per committed change, in global sequence. Clients resync from it.
import { sql, type SQL } from 'drizzle-orm';
import { sqliteTable, text, integer, index, type SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * A clinician's finishing moves on a request (complete, escalate, hand back), with the types as
 * literals: the "done today" index is partial, and SQLite uses it only for a query whose condition
 * plainly implies the index's (docs/inbox.md).
 */
export const isClinicianFinish = (type: SQLiteColumn): SQL => sql`${type} in ('complete', 'escalate', 'hand_back')`;

// Read by sequence (resync, the latest seq); every command appends a row, so an index by request
// would be one more page written per command. The one index is partial: only a clinician's
// complete, escalate and hand back enter it, for the inbox's "done today" (by whom, since when).
export const changeFeed = sqliteTable(
  'change_feed',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    consultationId: integer('consultation_id').notNull(),
    type: text('type').notNull(),
    actorId: text('actor_id').notNull(),
    /** No patient-identifiable data: ids, statuses and versions only. */
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('change_feed_clinician_done').on(t.actorId, t.at).where(isClinicianFinish(t.type))],
);

export type ChangeFeedRow = typeof changeFeed.$inferSelect;
