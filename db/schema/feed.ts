// The change feed: one row per committed change, in global sequence. Clients resync from it.
import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

// Read only by sequence (resync, the latest seq), so it has no index of its own: every command
// appends a row, and an index by request would be one more page written per command.
export const changeFeed = sqliteTable('change_feed', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  consultationId: integer('consultation_id').notNull(),
  type: text('type').notNull(),
  actorId: text('actor_id').notNull(),
  /** No patient-identifiable data: ids, statuses and versions only. */
  payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  at: integer('at').notNull(),
});

export type ChangeFeedRow = typeof changeFeed.$inferSelect;
