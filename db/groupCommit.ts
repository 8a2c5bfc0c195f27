// Group commit: the changes submitted in one turn of the event loop share one BEGIN IMMEDIATE
// transaction and so one fsync of the WAL, which is most of what a durable change costs. Each
// change runs in its own savepoint, so one that throws rolls back alone, and none is answered
// until the shared COMMIT has returned and the log holding it is on disk (`durable`, db/logSync.ts:
// the fsync waits on another thread, so the event loop runs the next turn's changes meanwhile).

/** Runs `work` as one transaction, or as a savepoint when a transaction is already open. */
export type Transact = <T>(work: () => T) => T;

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Enough to share a commit under load while keeping any one change's wait short. */
const MAX_BATCH = 64;

/**
 * `durable` resolves once everything committed before the call is on disk; answers wait for it, in the
 * order the changes were written. A failed fsync fails every change of the transaction it covered:
 * nobody is told a change is kept that may not be.
 */
export function createGroupCommit(transact: Transact, inTransaction: () => boolean, durable: () => Promise<void> = () => Promise.resolve()) {
  let queue: Pending[] = [];
  let scheduled = false;
  /** Changes submitted and not yet answered: in the queue, or committed and waiting for the fsync. */
  let unanswered = 0;
  let idle: (() => void)[] = [];
  const stats = { transactions: 0, changes: 0 };

  /** Each change in its own savepoint inside one transaction; a change alone needs no savepoint. */
  function runTogether(batch: Pending[]): Outcome[] {
    if (batch.length === 1) {
      try {
        return [{ ok: true, value: transact(batch[0]!.work) }];
      } catch (error) {
        return [{ ok: false, error }];
      }
    }
    return transact(() =>
      batch.map((p): Outcome => {
        // A few SQLite errors (a full disk, say) roll back the whole transaction, not just the
        // savepoint; nothing after that may run outside it, and the COMMIT below will fail.
        if (!inTransaction()) return { ok: false, error: new Error('The shared transaction was rolled back.') };
        try {
          return { ok: true, value: transact(p.work) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
  }

  function flush(): void {
    scheduled = false;
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(MAX_BATCH);
    if (queue.length > 0) schedule();
    stats.transactions++;
    stats.changes += batch.length;
    let outcomes: Outcome[];
    try {
      outcomes = runTogether(batch);
    } catch (error) {
      // The COMMIT itself failed: nothing in the batch was kept, so every change hears so.
      outcomes = batch.map(() => ({ ok: false, error }));
    }
    const answer = (kept: Outcome[]) => {
      // Answered in the order the changes were written, so commit order is kept downstream.
      batch.forEach((p, i) => {
        const outcome = kept[i]!;
        if (outcome.ok) p.resolve(outcome.value);
        else p.reject(outcome.error);
      });
      unanswered -= batch.length;
      if (unanswered === 0) {
        const waiting = idle;
        idle = [];
        for (const done of waiting) done();
      }
    };
    if (!outcomes.some((o) => o.ok)) return answer(outcomes);
    // Every transaction's wait is booked in commit order, so their answers come in that order too.
    durable().then(
      () => answer(outcomes),
      (error: unknown) => answer(outcomes.map((o) => (o.ok ? { ok: false, error } : o))),
    );
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  return {
    /** Queues `work` for the next shared transaction; settles once that transaction has committed. */
    submit<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        unanswered++;
        schedule();
      });
    },
    /** How many transactions have carried how many changes, for the benchmarks. */
    stats: () => ({ ...stats }),
    /** Resolves when every change submitted so far has committed or failed. */
    drain(): Promise<void> {
      if (unanswered === 0) return Promise.resolve();
      return new Promise((resolve) => idle.push(resolve));
    },
  };
}

export type GroupCommit = ReturnType<typeof createGroupCommit>;
