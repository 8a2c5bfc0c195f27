// What must hold in the database after a crash and a restart: every acknowledged change is there,
// the file is intact, the audit chain verifies, and every request's liability map is whole.
import { sql } from 'drizzle-orm';
import { openDatabase, type HubDatabase } from '../../db/open';
import { FINAL_STATUSES } from '../../shared/schemas/domain';
import type { Ack } from './load';

/**
 * The audit chain's verdict. One function, so that a keyed chain (a key file beside the database)
 * changes only this: e.g. `verifyAuditChain(db, readKey(dirname(dbPath)))`.
 */
export function verifyAuditChain(db: HubDatabase, _dbPath: string): { ok: boolean; rows: number; detail?: string } {
  const verdict = db.q.audit.verify();
  return verdict.ok ? { ok: true, rows: verdict.rows } : { ok: false, rows: verdict.rows, detail: `first bad row ${verdict.rowId}` };
}

/** Contiguous from arrival, no overlaps, one open interval while the request is open. */
function liabilityProblems(db: HubDatabase, id: number): string[] {
  const row = db.q.consultations.byId(id)!;
  const intervals = db.q.liability.all(id);
  if (intervals.length === 0) return [`request ${id} has no liability intervals`];
  const problems: string[] = [];
  if (intervals[0]!.fromAt !== row.receivedAt) problems.push(`request ${id}: liability starts at ${intervals[0]!.fromAt}, not at arrival ${row.receivedAt}`);
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i]!.fromAt !== intervals[i - 1]!.toAt) problems.push(`request ${id}: interval ${intervals[i]!.id} starts at ${intervals[i]!.fromAt}, the previous ended at ${intervals[i - 1]!.toAt}`);
  }
  for (const interval of intervals) {
    if (interval.toAt !== null && interval.toAt < interval.fromAt) problems.push(`request ${id}: interval ${interval.id} ends before it starts`);
  }
  const open = intervals.filter((i) => i.toAt === null).length;
  const final = FINAL_STATUSES.includes(row.status);
  if (final ? open > 1 : open !== 1) problems.push(`request ${id} (${row.status}) has ${open} open liability intervals`);
  if (open === 1 && intervals.at(-1)!.toAt !== null) problems.push(`request ${id}: its open interval is not the last one`);
  return problems;
}

export interface CheckResult {
  problems: string[];
  requests: number;
  auditRows: number;
  lost: number;
}

export function checkAfterRestart(dbPath: string, acks: Ack[]): CheckResult {
  const db = openDatabase(dbPath);
  try {
    const problems: string[] = [];
    const integrity = db.orm.all<{ integrity_check: string }>(sql`pragma integrity_check`).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`);

    let lost = 0;
    for (const ack of acks) {
      const row = db.q.consultations.byId(ack.consultationId);
      const seqKept = ack.seq === undefined || db.orm.get<{ n: number }>(sql`select count(*) as n from change_feed where seq = ${ack.seq}`).n === 1;
      if (!row || row.version < ack.version || !seqKept) {
        lost++;
        problems.push(`lost ${ack.what} of request ${ack.consultationId} (version ${ack.version}, seq ${ack.seq ?? '-'}): now ${row ? `version ${row.version}` : 'missing'}${seqKept ? '' : ', feed entry missing'}`);
      }
    }

    const audit = verifyAuditChain(db, dbPath);
    if (!audit.ok) problems.push(`audit chain does not verify: ${audit.detail}`);

    const ids = db.orm.all<{ id: number }>(sql`select id from consultations order by id`).map((r) => r.id);
    for (const id of ids) problems.push(...liabilityProblems(db, id));
    return { problems, requests: ids.length, auditRows: audit.rows, lost };
  } finally {
    db.close();
  }
}
