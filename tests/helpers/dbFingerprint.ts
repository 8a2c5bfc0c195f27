// A fingerprint of everything the hub has stored: equal before and after a request proves that the
// request wrote nothing. Tables are listed from the database itself, so a table added later is
// covered without touching this file.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { HubDatabase } from '../../db/open';
import { quoted, rowOrder, withoutRowid } from './tableOrder';

export interface DbFingerprint {
  /**
   * Per table: row count and highest rowid (an insert then a delete still moves the rowid on); a
   * table without a rowid (counters, updated in place) has its content hashed instead.
   */
  tables: Record<string, { rows: number; maxRowid: number | null } | { rows: number; contentHash: string }>;
  /** Every successful command bumps one request's version. */
  versionSum: number;
  /** The audit chain's last hash: any appended row changes it. */
  auditTip: string | null;
  /** Settings are updated in place (same key, same row count), so their content is hashed. */
  settingsHash: string;
}

export function dbFingerprint(db: HubDatabase): DbFingerprint {
  const names = db.orm
    .all<{ name: string }>(sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name`)
    .map((t) => t.name);
  const tables: DbFingerprint['tables'] = {};
  const raw = db.orm.$client;
  for (const name of names) {
    if (withoutRowid(raw, name)) {
      const rows = raw.prepare(`select * from ${quoted(name)} order by ${rowOrder(raw, name)}`).all();
      tables[name] = { rows: rows.length, contentHash: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
    } else {
      tables[name] = db.orm.get<{ rows: number; maxRowid: number | null }>(sql.raw(`select count(*) as rows, max(rowid) as maxRowid from ${quoted(name)}`));
    }
  }
  const versionSum = db.orm.get<{ v: number | null }>(sql`select sum(version) as v from consultations`).v ?? 0;
  const auditTip = db.orm.get<{ hash: string } | undefined>(sql`select hash from audit_log order by id desc limit 1`)?.hash ?? null;
  const settings = db.orm.all<{ key: string; value: string }>(sql`select key, value from hub_settings order by key`);
  const settingsHash = createHash('sha256').update(JSON.stringify(settings)).digest('hex');
  return { tables, versionSum, auditTip, settingsHash };
}
