// Versions of the care-navigation protocol (docs/protocol.md): at most one draft and one in force at a time;
// a version's content never changes once signed off, so past decisions can be read against it.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ProtocolContent, ProtocolStatus, SignOff } from '../../shared/schemas/protocol';

export const protocolVersions = sqliteTable(
  'protocol_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 4 for "CN v4"; a discarded draft keeps its number, so a label never names two contents. */
    number: integer('number').notNull(),
    label: text('label').notNull(),
    status: text('status').$type<ProtocolStatus>().notNull(),
    content: text('content', { mode: 'json' }).$type<ProtocolContent>().notNull(),
    createdById: text('created_by_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: integer('created_at').notNull(),
    signOffs: text('sign_offs', { mode: 'json' }).$type<SignOff[]>().notNull(),
    inForceFrom: integer('in_force_from'),
  },
  // The database itself keeps "one draft at a time" and "one version in force", whatever a command does.
  (t) => [
    uniqueIndex('protocol_one_draft').on(t.status).where(sql`${t.status} = 'draft'`),
    uniqueIndex('protocol_one_in_force').on(t.status).where(sql`${t.status} = 'in_force'`),
    uniqueIndex('protocol_label').on(t.label),
    index('protocol_number').on(t.number),
  ],
);

export type ProtocolVersionRow = typeof protocolVersions.$inferSelect;
