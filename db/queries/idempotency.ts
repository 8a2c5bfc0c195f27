// Intake idempotency keys: what a key created, looked up and recorded inside the admission's
// transaction, so two retries racing each other still create one request.
import { and, eq, lt, sql } from 'drizzle-orm';
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
  const deleteCreatedBefore = orm.delete(intakeIdempotency).where(lt(intakeIdempotency.createdAt, ph('before'))).prepare();
  return {
    find: (scope: string, key: string): IntakeIdempotencyRow | undefined => find.get({ scope, key }),
    record: (row: IntakeIdempotencyRow): void => void record.run(row),
    /** Keys recorded before `before` (epoch ms) are forgotten; returns how many. */
    deleteCreatedBefore: (before: number): number => deleteCreatedBefore.run({ before }).changes,
  };
}
