// The keyed, hash-chained audit log: append inside the change's transaction; verify the whole chain.
// How a row is chained is in db/audit/chain.ts; the head kept outside the database in db/audit/head.ts.
import type { KeyObject } from 'node:crypto';
import { and, asc, count, desc, eq, gt, inArray, lte, min, sql } from 'drizzle-orm';
import { RED_FLAG_DECISIONS } from '../../shared/schemas/api';
import { auditLog, type AuditRow } from '../schema';
import type { Orm } from '../open';
import { GENESIS, keyedAuditHash, REKEY_ACTION, type AuditEntry } from '../audit/chain';
import { walkChain } from '../audit/walk';

export type { AuditEntry } from '../audit/chain';

const ph = sql.placeholder;

/** The chain's head: how many rows, the last one's id (0 for none) and its hash. */
export interface AuditTip {
  rows: number;
  lastId: number;
  hash: string;
}

/** Statements that read the chain; the read-only verifier prepares them on its own connection. */
export function auditReads(orm: Orm) {
  const page = orm.select().from(auditLog).where(gt(auditLog.id, ph('after'))).orderBy(asc(auditLog.id)).limit(1000).prepare();
  const last = orm.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare();
  const first = orm.select().from(auditLog).orderBy(asc(auditLog.id)).limit(1).prepare();
  const total = orm.select({ n: count() }).from(auditLog).prepare();
  const upTo = orm.select({ n: count() }).from(auditLog).where(lte(auditLog.id, ph('id'))).prepare();
  const byId = orm.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, ph('id'))).prepare();
  const rekeyed = orm.select({ id: min(auditLog.id) }).from(auditLog).where(eq(auditLog.action, REKEY_ACTION)).prepare();
  return {
    page: (after: number): AuditRow[] => page.all({ after }),
    first: (): AuditRow | undefined => first.get(),
    tip(): AuditTip {
      const row = last.get();
      return { rows: total.get()?.n ?? 0, lastId: row?.id ?? 0, hash: row?.hash ?? GENESIS };
    },
    hashOf: (id: number): string | undefined => byId.get({ id })?.hash,
    rowsUpTo: (id: number): number => upTo.get({ id })?.n ?? 0,
    /**
     * The first row chained with the key: the row that keyed a legacy chain, or else the first
     * row (a database keyed from the start).
     */
    keyedFrom: (): number => rekeyed.get()?.id ?? 1,
  };
}

export function auditQueries(orm: Orm, key: KeyObject) {
  const reads = auditReads(orm);
  const redFlagDecisions = orm
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.consultationId, ph('consultationId')), inArray(auditLog.action, [...RED_FLAG_DECISIONS])))
    .orderBy(asc(auditLog.id))
    .prepare();
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

  // The chain's head, kept in memory by this process (the only writer): read once, then
  // advanced only when a transaction commits, so a rolled-back append never becomes the tip.
  // It is also what the checkpoint records, so rows cut from the database's tail while the hub
  // runs stay missing in the next checkpoint and before the next row it appends.
  // A second writing process (multi-node) must go back to reading it inside the transaction.
  let committedTip: AuditTip | undefined;
  let pendingTip: AuditTip | undefined;

  const appendEntry = (entry: AuditEntry): void => {
    const prev = pendingTip ?? (committedTip ??= reads.tip());
    const hash = keyedAuditHash(key, prev.hash, entry);
    const { lastInsertRowid } = append.run({ ...entry, prevHash: prev.hash, hash });
    pendingTip = { rows: prev.rows + 1, lastId: Number(lastInsertRowid), hash };
  };

  return {
    /** Must run inside a write transaction, so that no other append slips between read and write. */
    append: appendEntry,
    /** The tip as the open transaction sees it, to go back to if a savepoint rolls back. */
    tip: (): AuditTip | undefined => pendingTip,
    rewind(tip: AuditTip | undefined): void {
      pendingTip = tip;
    },
    /** Called by the database handle after the outermost COMMIT or ROLLBACK. */
    settle(committed: boolean): void {
      if (committed && pendingTip !== undefined) committedTip = pendingTip;
      pendingTip = undefined;
    },
    /** The committed head, as this process wrote it. */
    head: (): AuditTip => (committedTip ??= reads.tip()),
    hashOf: reads.hashOf,
    /** A request's red-flag decisions, oldest first: its journey shows them (they move no responsibility). */
    redFlagDecisions: (consultationId: number): AuditRow[] => redFlagDecisions.all({ consultationId }),
    rowsUpTo: reads.rowsUpTo,
    keyedFrom: reads.keyedFrom,
    /**
     * Keys a chain written before keyed chains (plain SHA-256): appends a `chain_rekeyed` row whose
     * keyed hash covers the old tip. Nothing to do for an empty chain or one keyed from its first
     * row. Must run inside a write transaction.
     */
    keyLegacyChain(at: number): void {
      const first = reads.first();
      if (!first || reads.keyedFrom() !== 1) return;
      if (first.prevHash === GENESIS && first.hash === keyedAuditHash(key, GENESIS, first)) return;
      const old = reads.tip();
      appendEntry({
        at,
        actorId: 'system',
        actorRole: 'system',
        action: REKEY_ACTION,
        consultationId: null,
        subject: null,
        before: null,
        after: JSON.stringify({ algorithm: 'hmac-sha256', legacyRows: old.rows, legacyLastId: old.lastId, legacyTip: old.hash }),
        reason: 'Rows before this one were chained with plain SHA-256; from this row on, with a keyed HMAC.',
      });
    },
    /** Walks the chain from the start; returns the id of the first row that does not hold. */
    verify(): { ok: true; rows: number } | { ok: false; rowId: number; rows: number } {
      const walk = walkChain(reads.page, key, reads.keyedFrom());
      const problem = walk.problems[0];
      return problem ? { ok: false, rowId: problem.rowId, rows: walk.rows } : { ok: true, rows: walk.rows };
    },
  };
}
