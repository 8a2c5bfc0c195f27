// The hash-chained audit log: append inside the change's transaction; verify the whole chain.
import { hash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { auditLog, type AuditRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;
const GENESIS = '0'.repeat(64);

export type AuditEntry = Omit<AuditRow, 'id' | 'prevHash' | 'hash'>;

/** The hash covers every field of the row and the previous row's hash, in a fixed order. */
export function auditHash(prevHash: string, e: AuditEntry): string {
  const canonical = JSON.stringify([prevHash, e.at, e.actorId, e.actorRole, e.action, e.consultationId, e.subject, e.before, e.after, e.reason]);
  // The one-shot hash: a Hash object per row cost about 10 µs of each command.
  return hash('sha256', canonical, 'hex');
}

export function auditQueries(orm: Orm) {
  const last = orm.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare();
  const append = orm
      .insert(auditLog)
      .values({
        at: ph('at'),
        actorId: ph('actorId'),
        actorRole: ph('actorRole'),
        action: ph('action'),
        consultationId: ph('consultationId'),
        subject: ph('subject'),
        before: ph('before'),
        after: ph('after'),
        reason: ph('reason'),
        prevHash: ph('prevHash'),
        hash: ph('hash'),
      })
      .prepare();
  const page = orm.select().from(auditLog).where(gt(auditLog.id, ph('after'))).orderBy(asc(auditLog.id)).limit(1000).prepare();

  // The chain's last hash, kept in memory by this process (the only writer): read once, then
  // advanced only when a transaction commits, so a rolled-back append never becomes the tip.
  // A second writing process (multi-node) must go back to reading it inside the transaction.
  let committedTip: string | undefined;
  let pendingTip: string | undefined;

  return {
    /** Must run inside a write transaction, so that no other append slips between read and write. */
    append(entry: AuditEntry): void {
      const prevHash = pendingTip ?? committedTip ?? last.get()?.hash ?? GENESIS;
      pendingTip = auditHash(prevHash, entry);
      append.run({ ...entry, prevHash, hash: pendingTip });
    },
    /** The tip as the open transaction sees it, to go back to if a savepoint rolls back. */
    tip: (): string | undefined => pendingTip,
    rewind(tip: string | undefined): void {
      pendingTip = tip;
    },
    /** Called by the database handle after the outermost COMMIT or ROLLBACK. */
    settle(committed: boolean): void {
      if (committed && pendingTip !== undefined) committedTip = pendingTip;
      pendingTip = undefined;
    },
    /** Walks the chain from the start; returns the id of the first row that does not match. */
    verify(): { ok: true; rows: number } | { ok: false; rowId: number; rows: number } {
      let prevHash = GENESIS;
      let rows = 0;
      let after = 0;
      for (;;) {
        const batch: AuditRow[] = page.all({ after });
        if (batch.length === 0) return { ok: true, rows };
        for (const row of batch) {
          if (row.prevHash !== prevHash || row.hash !== auditHash(prevHash, row)) return { ok: false, rowId: row.id, rows };
          prevHash = row.hash;
          rows++;
          after = row.id;
        }
      }
    },
  };
}
