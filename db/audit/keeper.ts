// Keeps the audit chain's head outside the database while the hub runs: at open, checks that the
// database still holds the last checkpoint and keys a legacy chain; then checkpoints the head
// every minute while rows are added, and once more at close.
import type { AuditHead, Checkpoint } from './head';
import { checkpointMismatch } from './head';
import type { AuditTip } from '../queries/audit';

interface ChainState {
  head(): AuditTip;
  hashOf(id: number): string | undefined;
  rowsUpTo(id: number): number;
  keyedFrom(): number;
  keyLegacyChain(at: number): void;
}

export interface KeeperOptions {
  audit: ChainState;
  write: <T>(work: () => T) => T;
  /** Makes every commit so far durable: a checkpoint must never claim rows a power cut could take back. */
  durable?: () => void;
  /** `undefined` for a database in memory, which has no outside to keep a head in. */
  head: AuditHead | undefined;
  now: () => number;
  everyMs?: number;
}

const EVERY_MS = 60_000;

export function keepAuditHead({ audit, write, durable = () => undefined, head, now, everyMs = EVERY_MS }: KeeperOptions) {
  if (!head) {
    write(() => audit.keyLegacyChain(now()));
    return { flush: () => undefined, close: () => undefined };
  }
  // A checkpoint the database no longer matches is evidence: starting would overwrite it with
  // the cut database's head, so the hub refuses until someone has looked.
  const previous = head.read();
  if (previous) {
    const tip = audit.head();
    const problem = checkpointMismatch(previous, { ...tip, head: tip.rows > 0 ? tip.hash : undefined, hashOf: audit.hashOf, rowsUpTo: audit.rowsUpTo });
    if (problem) {
      throw new Error(`The audit log does not hold its last checkpoint (${head.where}): ${problem}. Run \`npm run audit:verify\`; to start anyway, move the checkpoint file aside and keep it as evidence.`);
    }
  }
  const keyedFrom = write(() => {
    audit.keyLegacyChain(now());
    const from = audit.keyedFrom();
    // Thrown inside the transaction, so a chain_rekeyed row it would contradict is not kept.
    if (previous && previous.keyedFrom !== from) {
      throw new Error(`The audit log's keyed chain begins at row ${from}, but its last checkpoint (${head.where}) says row ${previous.keyedFrom}. Run \`npm run audit:verify\`.`);
    }
    return from;
  });

  let written: Checkpoint | undefined;
  const flush = (): void => {
    const tip = audit.head();
    if (written && written.lastId === tip.lastId && written.head === tip.hash) return;
    durable();
    const next = { writtenAt: now(), rows: tip.rows, lastId: tip.lastId, head: tip.hash, keyedFrom };
    head.write(next);
    written = next;
  };
  flush();
  const timer = setInterval(() => {
    try {
      flush();
    } catch (err) {
      // Tried again at the next interval and at close; a timer must not take the hub down.
      process.emitWarning(`The audit checkpoint could not be written: ${(err as Error).message}`);
    }
  }, everyMs);
  timer.unref();
  return {
    flush,
    close(): void {
      clearInterval(timer);
      flush();
    },
  };
}
