// A bare better-sqlite3 copy of a hub's database for the baselines: the hub's schema as migrated
// (tables, then indexes, the partial open-interval index included, so both sides maintain the
// same indexes), the same durable pragmas, and the starting rows of the tables named.
import Database from 'better-sqlite3';
import type { Hub } from '../../server/app';

export function bareCopyOf(source: Hub, path: string, tables: string[]): Database.Database {
  const src = source.db.orm.$client;
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const schema = src
    .prepare("select sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name not like '__drizzle%' order by type desc")
    .all() as { sql: string }[];
  for (const { sql } of schema) db.exec(sql);
  for (const table of tables) {
    const rows = src.prepare(`select * from ${table} order by rowid`).all() as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const cols = Object.keys(rows[0]!);
    const insert = db.prepare(`insert into ${table} (${cols.join(',')}) values (${cols.map((c) => `@${c}`).join(',')})`);
    db.transaction(() => rows.forEach((r) => insert.run(r)))();
  }
  return db;
}
