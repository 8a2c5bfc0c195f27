// The checks `npm run seed:history` runs on what it wrote: every request's liability intervals are
// contiguous from its arrival, with exactly one open while the request is open (the same rules as
// the crash test's, tests/crash/checks.ts), and the keyed audit chain verifies (db/audit/verify.ts).
import { walkLiability } from '../../../db/seed/history/queries';
import type { HubDatabase } from '../../../db/open';
import { verifyAuditLog } from '../../../db/audit/verify';
import { FINAL_STATUSES, type ConsultationStatus } from '../../../shared/schemas/domain';

export interface LiabilityVerdict {
  requests: number;
  intervals: number;
  /** The first few problems found (all are counted). */
  problems: string[];
  problemCount: number;
}

export function checkLiability(db: HubDatabase, keep = 20): LiabilityVerdict {
  const verdict: LiabilityVerdict = { requests: 0, intervals: 0, problems: [], problemCount: 0 };
  const problem = (text: string) => {
    verdict.problemCount++;
    if (verdict.problems.length < keep) verdict.problems.push(text);
  };
  let current: { id: number; status: string; receivedAt: number; previousTo: number | null | undefined; open: number; openNotLast: boolean } | undefined;
  const finish = () => {
    if (!current) return;
    const { id, status, open } = current;
    if (current.previousTo === undefined) problem(`request ${id} has no liability intervals`);
    const final = FINAL_STATUSES.includes(status as ConsultationStatus);
    if (final ? open > 1 : open !== 1) problem(`request ${id} (${status}) has ${open} open liability intervals`);
    if (current.openNotLast) problem(`request ${id}: its open interval is not the last one`);
  };
  for (const row of walkLiability(db)) {
    if (current?.id !== row.consultationId) {
      finish();
      verdict.requests++;
      current = { id: row.consultationId, status: row.status, receivedAt: row.receivedAt, previousTo: undefined, open: 0, openNotLast: false };
    }
    if (row.intervalId === null) continue;
    verdict.intervals++;
    const id = current.id;
    if (current.previousTo === undefined && row.fromAt !== current.receivedAt) problem(`request ${id}: liability starts at ${row.fromAt}, not at arrival ${current.receivedAt}`);
    if (current.previousTo !== undefined && row.fromAt !== current.previousTo) problem(`request ${id}: interval ${row.intervalId} starts at ${row.fromAt}, the previous ended at ${current.previousTo}`);
    if (row.toAt !== null && row.fromAt !== null && row.toAt < row.fromAt) problem(`request ${id}: interval ${row.intervalId} ends before it starts`);
    if (current.open > 0) current.openNotLast = true;
    if (row.toAt === null) current.open++;
    current.previousTo = row.toAt;
  }
  finish();
  return verdict;
}

/** The audit chain's verdict on the file, as `npm run audit:verify` gives it. */
export function checkAudit(path: string): { ok: boolean; rows: number; problems: string[] } {
  const report = verifyAuditLog(path);
  return { ok: report.ok, rows: report.rows, problems: report.problems };
}
