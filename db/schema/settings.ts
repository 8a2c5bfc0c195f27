// Hub settings an admin may change: hours, closures, SLA policy, protocol version in force.
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const hubSettings = sqliteTable('hub_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});
