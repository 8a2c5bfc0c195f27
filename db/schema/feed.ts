// The change feed: one row per committed change, in global sequence. Clients resync from it.
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

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
  (t) => [index('change_feed_consultation').on(t.consultationId)],
);

export type ChangeFeedRow = typeof changeFeed.$inferSelect;
