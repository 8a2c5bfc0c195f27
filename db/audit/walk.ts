// Walks the audit chain from its first row, page by page, and names what does not hold: a row
// whose hash does not match (edited or forged), and rows missing before a row or between ids.
import type { KeyObject } from 'node:crypto';
import type { AuditRow } from '../schema';
import { expectedHash, GENESIS } from './chain';

export interface ChainProblem {
  kind: 'mismatch' | 'missing';
  rowId: number;
  message: string;
}

export interface ChainWalk {
  rows: number;
  /** 0 when there are no rows. */
  lastId: number;
  /** The last row's hash, `undefined` when there are no rows. */
  head: string | undefined;
  /** The first problems found, in order (at most `MAX_PROBLEMS`); `moreProblems` counts the rest. */
  problems: ChainProblem[];
  moreProblems: number;
  /** Keyed rows that could not be checked because no key was given. */
  unchecked: number;
  /** Rows before `keyedFrom`: chained with plain SHA-256 only. */
  legacyRows: number;
}

const MAX_PROBLEMS = 20;

/** `page(afterId)` returns the next rows in id order (an empty page ends the walk). */
export function walkChain(page: (afterId: number) => AuditRow[], key: KeyObject | undefined, keyedFrom: number): ChainWalk {
  const walk: ChainWalk = { rows: 0, lastId: 0, head: undefined, problems: [], moreProblems: 0, unchecked: 0, legacyRows: 0 };
  const report = (p: ChainProblem) => (walk.problems.length < MAX_PROBLEMS ? walk.problems.push(p) : walk.moreProblems++);
  let prevHash = GENESIS;
  // After a row that does not match, whether the next one links to it says nothing more.
  let afterMismatch = false;
  for (let batch = page(0); batch.length > 0; batch = page(walk.lastId)) {
    for (const row of batch) {
      const gap = row.id !== walk.lastId + 1;
      if (gap) {
        const first = walk.lastId + 1;
        report({ kind: 'missing', rowId: row.id, message: `row${row.id - 1 > first ? `s ${first}–${row.id - 1} are` : ` ${first} is`} missing (ids jump from ${walk.lastId} to ${row.id})` });
      }
      const expected = expectedHash(key, keyedFrom, row);
      if (expected === undefined) walk.unchecked++;
      if (row.id < keyedFrom) walk.legacyRows++;
      const matches = expected === undefined || expected === row.hash;
      if (!matches) {
        const how = row.id < keyedFrom ? 'its SHA-256 hash (a row written before the chain was keyed)' : 'its keyed hash';
        report({ kind: 'mismatch', rowId: row.id, message: `row ${row.id} does not match ${how}: it was edited, or forged` });
      } else if (!gap && !afterMismatch && row.prevHash !== prevHash) {
        // The row itself is whole, but it was chained to a row that is no longer there.
        const where = walk.lastId === 0 ? 'at the start of the log' : `between row ${walk.lastId} and row ${row.id}`;
        report({ kind: 'missing', rowId: row.id, message: `rows are missing ${where}: row ${row.id} was chained to a hash that row ${walk.lastId || '(none)'} does not carry` });
      }
      // Carry on from this row as it stands, so one break is reported once, not at every row after it.
      afterMismatch = !matches;
      prevHash = row.hash;
      walk.rows++;
      walk.lastId = row.id;
      walk.head = row.hash;
    }
  }
  return walk;
}
