// The change feed: append in a command's transaction, read back by sequence to resync clients.
import { desc, gt, sql } from 'drizzle-orm';
import { changeFeed, type ChangeFeedRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;

export function feedQueries(orm: Orm) {
  const append = orm
    .insert(changeFeed)
    .values({
      consultationId: ph('consultationId'),
      type: ph('type'),
      actorId: ph('actorId'),
      // Drizzle encodes JSON columns itself, placeholders included.
      payload: ph('payload'),
      at: ph('at'),
    })
    .prepare();
  const since = orm.select().from(changeFeed).where(gt(changeFeed.seq, ph('seq'))).orderBy(changeFeed.seq).limit(ph('limit')).prepare();
  const latest = orm.select({ seq: changeFeed.seq }).from(changeFeed).orderBy(desc(changeFeed.seq)).limit(1).prepare();

  return {
    // seq is the table's INTEGER PRIMARY KEY, so the rowid SQLite hands back is the seq, with no
    // RETURNING row to build and map.
    append: (entry: Omit<ChangeFeedRow, 'seq'>): number => Number(append.run(entry).lastInsertRowid),
    since: (seq: number, limit: number): ChangeFeedRow[] => since.all({ seq, limit }),
    latestSeq: (): number => latest.get()?.seq ?? 0,
  };
}
