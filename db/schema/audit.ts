// The append-only, hash-chained audit log: every change and every read of patient detail.
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    consultationId: integer('consultation_id'),
    /** What else the entry concerns, when it is not a request: "settings", "staff:12", "session". */
    subject: text('subject'),
    before: text('before'),
    after: text('after'),
    reason: text('reason'),
    /** Hash of the previous row; a changed or deleted row breaks every hash after it. */
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_consultation').on(t.consultationId)],
);

export type AuditRow = typeof auditLog.$inferSelect;
