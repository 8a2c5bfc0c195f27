// The per-year sequence behind human references (EH-24-00123): the last number given out in each
// year of receipt, so a number is never given twice, even if a request were ever deleted.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const referenceCounters = sqliteTable('reference_counters', {
  /** The full year of receipt, hub-local (2024). */
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
