// Verifies the audit log of a database file without changing it: opens it read-only, walks the
// chain with the key, and holds the database to the checkpoint kept beside it. What it reports,
// and what it cannot see, is described in docs/audit.md.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { existsSync } from 'node:fs';
import * as schema from '../schema';
import { auditReads } from '../queries/audit';
import { legacyAuditHash, GENESIS } from './chain';
import { checkpointMismatch, fileAuditHead, headFilePath, type Checkpoint } from './head';
import { findAuditKey, keyFilePath, type AuditKeyEnv } from './key';
import { walkChain, type ChainProblem } from './walk';

/** Verification could not start: no such database, not a hub database, or an unusable key. */
export class AuditVerifyRefused extends Error {}

export interface AuditReport {
  ok: boolean;
  path: string;
  rows: number;
  lastId: number;
  head: string | undefined;
  /** What does not hold, in words, chain problems first. */
  problems: string[];
  /** The chain's own problems, with the row each one was found at. */
  chainProblems: ChainProblem[];
  /** What holds but should be known (e.g. a stretch chained with plain SHA-256 only). */
  notes: string[];
  checkpoint: Checkpoint | undefined;
}

function openReadOnly(path: string) {
  // Checked first: better-sqlite3 would otherwise create an empty file for a mistyped path.
  if (!existsSync(path)) throw new AuditVerifyRefused(`No database at ${path}; nothing was created. Check EHUB_DB or the path given.`);
  try {
    return new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new AuditVerifyRefused(`Cannot open ${path} as a database: ${(err as Error).message}`);
  }
}

export function verifyAuditLog(path: string, env: AuditKeyEnv = process.env): AuditReport {
  const sqlite = openReadOnly(path);
  try {
    let reads: ReturnType<typeof auditReads>;
    try {
      reads = auditReads(drizzle(sqlite, { schema }));
    } catch (err) {
      throw new AuditVerifyRefused(`${path} is not an e-hub database: ${(err as Error).message}`);
    }
    let key;
    try {
      key = findAuditKey(path, env);
    } catch (err) {
      throw new AuditVerifyRefused((err as Error).message);
    }
    const problems: string[] = [];
    const notes: string[] = [];

    let checkpoint: Checkpoint | undefined;
    const headPath = headFilePath(path);
    if (key) {
      try {
        checkpoint = fileAuditHead(headPath, key.key).read();
      } catch (err) {
        problems.push((err as Error).message);
      }
    }

    const rekeyedAt = reads.keyedFrom();
    const first = reads.first();
    // A database the hub has not opened since chains were keyed: plain SHA-256 throughout.
    const neverKeyed = !checkpoint && rekeyedAt === 1 && first !== undefined && first.prevHash === GENESIS && first.hash === legacyAuditHash(GENESIS, first);
    const keyedFrom = neverKeyed ? Number.POSITIVE_INFINITY : (checkpoint?.keyedFrom ?? rekeyedAt);
    if (checkpoint && checkpoint.keyedFrom !== rekeyedAt) {
      problems.push(`the checkpoint says the keyed chain begins at row ${checkpoint.keyedFrom}; in the database it begins at row ${rekeyedAt}`);
    }

    const walk = walkChain(reads.page, key?.key, keyedFrom);
    problems.push(...walk.problems.map((p) => p.message));
    if (walk.moreProblems > 0) problems.push(`and ${walk.moreProblems} more rows that do not hold`);
    if (walk.unchecked > 0) {
      problems.push(`${walk.unchecked} keyed rows cannot be checked: no audit key was found (EHUB_AUDIT_KEY, or the file ${keyFilePath(path, env)})`);
    }

    if (checkpoint) {
      const mismatch = checkpointMismatch(checkpoint, { rows: walk.rows, lastId: walk.lastId, head: walk.head, hashOf: reads.hashOf, rowsUpTo: reads.rowsUpTo });
      if (mismatch) problems.push(`rows are missing at the tail: ${mismatch}`);
    } else if (neverKeyed) {
      problems.push('the chain was never keyed (plain SHA-256 only, which anyone who can write the database can recompute): start the hub once to key it, then verify again');
    } else if (key) {
      problems.push(`there is no checkpoint (${headPath}), which the hub writes when it first opens a database: rows cut from the tail cannot be ruled out`);
    }

    if (walk.legacyRows > 0 && !neverKeyed) {
      notes.push(
        `rows 1–${walk.legacyRows} were written before the chain was keyed (row ${keyedFrom}) and carry plain SHA-256 only: the keyed row pins their end, but they are only as strong as SHA-256 was then`,
      );
    }
    return { ok: problems.length === 0, path, rows: walk.rows, lastId: walk.lastId, head: walk.head, problems, chainProblems: walk.problems, notes, checkpoint };
  } finally {
    sqlite.close();
  }
}
