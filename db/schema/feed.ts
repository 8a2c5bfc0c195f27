// The change feed: one row per committed change, in global sequence. Clients resync from it.
import { sql, type SQL } from 'drizzle-orm';
import { sqliteTable, text, integer, index, type SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * The moves by which a clinician lets a request go (complete, escalate, hand back, route it on), with the
 * types as literals: the "done today" index is partial, and SQLite uses it only for a query whose
 * condition plainly implies the index's (docs/inbox.md). Routes enter it whoever made them (most are a
 * coordinator's); the query keeps those made from a clinician's acceptance.
 */
export const isClinicianFinish = (type: SQLiteColumn): SQL => sql`${type} in ('complete', 'escalate', 'hand_back', 'route')`;

// Read by sequence (resync, the latest seq); every command appends a row, so an index by request
// would be one more page written per command. The one index is partial: only complete, escalate,
// hand back and route enter it, for the inbox's "done today" (by whom, since when).
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
