// The few reads and settings `npm run seed:history` needs beyond the hub's own queries: whether a
// file already holds requests, durability while generating, and a streaming walk of every
// request's liability intervals for the check at the end (docs/history.md).
import { sql } from 'drizzle-orm';
import type { HubDatabase } from '../../open';

export const requestCount = (db: HubDatabase): number => db.orm.get<{ n: number }>(sql`select count(*) as n from consultations`).n;

/**
 * `off` while generating: a crash mid-run loses the file's tail, and the run is simply repeated, so
 * no commit waits for the disk. `full` fsyncs inside every COMMIT: the bulk path commits without the
 * hub's group commit, so the hub's own fsync after each commit (db/logSync.ts) never runs for it.
 * At the end it is set with a checkpoint, which leaves everything generated on disk.
 *
 * While generating, the connection also keeps up to 2 GiB of pages: a two-year file grows to ~12 GB
 * and every request inserts into a dozen indexes, so with SQLite's 2 MB default almost every index
 * insert read its page back through a syscall, and the rate halved as the file grew (docs/benchmarks.md, G1).
 * The cache is a per-connection ceiling, taken only as pages are read, and gone with the process.
 */
export function setGenerationDurability(db: HubDatabase, mode: 'off' | 'full'): void {
  db.orm.run(mode === 'off' ? sql`pragma synchronous = OFF` : sql`pragma synchronous = FULL`);
  if (mode === 'off') db.orm.run(sql`pragma cache_size = -2097152`);
  if (mode === 'full') db.orm.run(sql`pragma wal_checkpoint(TRUNCATE)`);
}

export interface IntervalWalkRow {
  consultationId: number;
  status: string;
  receivedAt: number;
  fromAt: number | null;
  toAt: number | null;
  intervalId: number | null;
}

/** Every request with its liability intervals in the order they were written, one row each, streamed. */
export function* walkLiability(db: HubDatabase): Generator<IntervalWalkRow> {
  const client = (db.orm as unknown as { $client: { prepare(q: string): { iterate(): IterableIterator<IntervalWalkRow> } } }).$client;
  yield* client
    .prepare(
      `select c.id as consultationId, c.status as status, c.received_at as receivedAt, l.from_at as fromAt, l.to_at as toAt, l.id as intervalId
       from consultations c left join liability_intervals l on l.consultation_id = c.id
       order by c.id, l.from_at, l.id`,
    )
    .iterate();
}
