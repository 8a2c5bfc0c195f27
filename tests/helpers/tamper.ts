// What someone with write access to the database file can do to its audit log: open it beside
// (or after) the hub and delete, edit, recompute and append rows with hashes they can compute.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { asc, eq, gte, max } from 'drizzle-orm';
import { chmodSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as schema from '../../db/schema';
import { auditLog, type AuditRow } from '../../db/schema';
import type { AuditEntry } from '../../db/audit/chain';

export type RowHash = (prevHash: string, row: AuditEntry) => string;

export function tamper<T>(path: string, work: (t: ReturnType<typeof tamperer>) => T): T {
  const sqlite = new Database(path);
  try {
    return work(tamperer(drizzle(sqlite, { schema })));
  } finally {
    sqlite.close();
  }
}

function tamperer(orm: ReturnType<typeof drizzle<typeof schema>>) {
  const lastId = (): number => orm.select({ id: max(auditLog.id) }).from(auditLog).get()?.id ?? 0;
  const rows = (): AuditRow[] => orm.select().from(auditLog).orderBy(asc(auditLog.id)).all();
  return {
    lastId,
    rows,
    deleteFrom: (id: number) => orm.delete(auditLog).where(gte(auditLog.id, id)).run(),
    deleteRow: (id: number) => orm.delete(auditLog).where(eq(auditLog.id, id)).run(),
    edit: (id: number, change: Partial<AuditEntry>) => orm.update(auditLog).set(change).where(eq(auditLog.id, id)).run(),
    /** Recomputes every row's hash from `fromId` (to `toId`), so each one links to the one before it. */
    rechain(fromId: number, hashOf: RowHash, toId = Number.POSITIVE_INFINITY): void {
      let prevHash = rows().find((r) => r.id === fromId - 1)?.hash;
      for (const row of rows().filter((r) => r.id >= fromId && r.id <= toId)) {
        prevHash ??= row.prevHash;
        const hash = hashOf(prevHash, row);
        orm.update(auditLog).set({ prevHash, hash }).where(eq(auditLog.id, row.id)).run();
        prevHash = hash;
      }
    },
    /** Appends a row chained to the current last one with `hashOf`. */
    append(entry: AuditEntry, hashOf: RowHash): number {
      const prevHash = rows().at(-1)!.hash;
      orm.insert(auditLog).values({ ...entry, prevHash, hash: hashOf(prevHash, entry) }).run();
      return lastId();
    },
  };
}

/** A copy of a closed hub's database with its key file and checkpoint, in a directory of its own. */
export function copyOfHub(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ehub-audit-'));
  const copy = join(dir, basename(path));
  for (const suffix of ['', '.audit-key', '.audit-head.json']) copyFileSync(`${path}${suffix}`, `${copy}${suffix}`);
  chmodSync(`${copy}.audit-key`, 0o600);
  return copy;
}
