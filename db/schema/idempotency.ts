// Intake retries: the key a submitting system sent with a request, and what it created. A retry
// with the same key and body gets the same request; the same key with another body is refused.
import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';

export const intakeIdempotency = sqliteTable(
  'intake_idempotency',
  {
    /** Whose key it is: the submitting practice's ODS code, so two practices' keys never collide. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the request body as parsed, so a retry is recognised whatever its formatting. */
    bodyHash: text('body_hash').notNull(),
    consultationId: integer('consultation_id').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

export type IntakeIdempotencyRow = typeof intakeIdempotency.$inferSelect;
