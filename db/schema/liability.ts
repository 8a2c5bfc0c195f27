// The liability map: contiguous [from, to) intervals naming who owned and who was accountable
// for a request, and on what basis. Written in the same transaction as the change that moves it.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

export const liabilityIntervals = sqliteTable(
  'liability_intervals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    consultationId: integer('consultation_id').notNull(),
    fromAt: integer('from_at').notNull(),
    toAt: integer('to_at'),
    ownerKind: text('owner_kind').notNull(),
    ownerId: text('owner_id').notNull(),
    ownerName: text('owner_name').notNull(),
    accountableKind: text('accountable_kind').notNull(),
    accountableId: text('accountable_id').notNull(),
    accountableName: text('accountable_name').notNull(),
    basis: text('basis').notNull(),
  },
  (t) => [
    index('liability_consultation').on(t.consultationId, t.fromAt),
    // Every change reads the one open interval; this finds it without walking the past ones.
    index('liability_open').on(t.consultationId).where(sql`${t.toAt} is null`),
  ],
);

export type LiabilityRow = typeof liabilityIntervals.$inferSelect;
