// Human references (shared/reference.ts): the next number in a year of receipt, taken in the
// admitting transaction. A counter row per year here; PostgreSQL could use a sequence per year instead.
import { sql } from 'drizzle-orm';
import { referenceCounters } from '../schema';
import { formatReference, referenceYear } from '../../shared/reference';
import type { Orm } from '../open';

export function referenceQueries(orm: Orm) {
  const next = orm
    .insert(referenceCounters)
    .values({ year: sql.placeholder('year'), last: 1 })
    .onConflictDoUpdate({ target: referenceCounters.year, set: { last: sql`${referenceCounters.last} + 1` } })
    .returning({ last: referenceCounters.last })
    .prepare();
  return {
    /** The next number in `year`, never given before (the caller's transaction keeps it if it commits). */
    next: (year: number): number => next.get({ year })!.last,
    /** The reference for a request received at `receivedAt`: its year on the hub's calendar, and that year's next number. */
    assign(receivedAt: number, timeZone: string): string {
      const year = referenceYear(receivedAt, timeZone);
      return formatReference(year, next.get({ year })!.last);
    },
  };
}
