// How to read a table's rows in a stable order: by rowid, or, for a table stored WITHOUT ROWID
// (stats_counts, db/schema/stats.ts), by its primary key, since it has no rowid to order by.
import type Database from 'better-sqlite3';

export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** True when the table is stored WITHOUT ROWID. */
export function withoutRowid(db: Database.Database, table: string): boolean {
  const row = db.prepare('select wr from pragma_table_list where name = ?').get(table) as { wr: number } | undefined;
  return row?.wr === 1;
}

/** An ORDER BY list that reads the table's rows in the same order every time. */
export function rowOrder(db: Database.Database, table: string): string {
  if (!withoutRowid(db, table)) return 'rowid';
  const key = db.prepare('select name from pragma_table_info(?) where pk > 0 order by pk').all(table) as { name: string }[];
  return key.map((c) => quoted(c.name)).join(', ');
}
