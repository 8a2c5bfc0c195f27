// Intake idempotency keys: what a key created, looked up and recorded inside the admission's
// transaction, so two retries racing each other still create one request.
import { and, eq, sql } from 'drizzle-orm';
import { intakeIdempotency, type IntakeIdempotencyRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;

export function idempotencyQueries(orm: Orm) {
  const find = orm
    .select()
    .from(intakeIdempotency)
    .where(and(eq(intakeIdempotency.scope, ph('scope')), eq(intakeIdempotency.key, ph('key'))))
    .prepare();
  const record = orm
    .insert(intakeIdempotency)
    .values({ scope: ph('scope'), key: ph('key'), bodyHash: ph('bodyHash'), consultationId: ph('consultationId'), createdAt: ph('createdAt') })
    .prepare();
  return {
    find: (scope: string, key: string): IntakeIdempotencyRow | undefined => find.get({ scope, key }),
    record: (row: IntakeIdempotencyRow): void => void record.run(row),
  };
}
