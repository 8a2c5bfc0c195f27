// Group commit: the changes submitted in one turn of the event loop share one BEGIN IMMEDIATE
// transaction and so one fsync of the WAL, which is most of what a durable change costs. Each
// change runs in its own savepoint, so one that throws rolls back alone, and none is answered
// until the shared COMMIT has returned and the log holding it is on disk (db/logSync.ts):
// - a transaction holding a person's change fsyncs on the event loop at once, the shortest wait for
//   the person (a hop to another thread and back costs more than the fsync on a busy two-core box);
// - one holding only the hub's own background work (the dispatcher's batches, the scheduler's
//   steps) fsyncs on another thread, so the people's commands that arrive meanwhile are not held
//   for its disk wait (docs/benchmarks.md, M2).
// Either way the answers come in the order the changes were written.
// People's changes go first: background work submitted in the same turn waits for the next
// transaction, one turn later at most, rather than lengthen a person's transaction and fsync.

/** Runs `work` as one transaction, or as a savepoint when a transaction is already open. */
export type Transact = <T>(work: () => T) => T;

interface Pending {
  work: () => unknown;
  /** The hub's own work, which nobody is waiting on: its fsync may wait off the event loop. */
  background: boolean;
  /** Background work already left for people's changes once: it goes in the next transaction whatever comes. */
  deferred?: boolean;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** How a committed transaction is made durable: at once on this thread, or on another, resolving when done. */
export interface Durability {
  now(): void;
  later(): Promise<void>;
}

const ALREADY: Durability = { now: () => undefined, later: () => Promise.resolve() };

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Enough to share a commit under load while keeping any one change's wait short. */
const MAX_BATCH = 64;

/**
 * `durable` makes everything committed before the call durable (`now`, or the promise of `later`). A
 * failed fsync fails every change of the transactions it covered: nobody is told a change is kept
 * that may not be.
 */
export function createGroupCommit(transact: Transact, inTransaction: () => boolean, durable: Durability = ALREADY) {
  let queue: Pending[] = [];
  let scheduled = false;
  /** Changes submitted and not yet answered: in the queue, or committed and waiting for the fsync. */
  let unanswered = 0;
  /** Committed transactions whose fsync runs on another thread, in commit order, each answered once it (or a later one) is durable. */
  const waiting: { answer(kept: boolean, error?: unknown): void }[] = [];
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

  /** The next transaction's changes: the queue's head, or its people's changes alone when background work came with them. */
  function take(): Pending[] {
    const head = queue.slice(0, MAX_BATCH);
    const mixed = head.some((p) => p.background) && head.some((p) => !p.background);
    if (!mixed || head.some((p) => p.deferred)) {
      queue = queue.slice(MAX_BATCH);
      return head;
    }
    const people = head.filter((p) => !p.background);
    const left = head.filter((p) => p.background);
    for (const p of left) p.deferred = true;
    queue = [...left, ...queue.slice(MAX_BATCH)];
    return people;
  }

  function flush(): void {
    scheduled = false;
    const batch = take();
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
        const waitingIdle = idle;
        idle = [];
        for (const done of waitingIdle) done();
      }
    };
    const lost = (error: unknown) => outcomes.map((o): Outcome => (o.ok ? { ok: false, error } : o));
    // Nothing kept (all refused, or the COMMIT failed): nothing to make durable.
    if (!outcomes.some((o) => o.ok) && waiting.length === 0) return answer(outcomes);
    const self = { answer: (kept: boolean, error?: unknown) => answer(kept ? outcomes : lost(error)) };
    /** Answers the transactions before this one, and this one: one fsync covers them all. */
    const upToSelf = (kept: boolean, error?: unknown) => {
      const at = waiting.indexOf(self);
      for (const w of waiting.splice(0, at + 1)) w.answer(kept, error);
    };
    waiting.push(self);
    if (batch.some((p) => !p.background)) {
      try {
        durable.now();
        upToSelf(true);
      } catch (error) {
        upToSelf(false, error);
      }
      return;
    }
    durable.later().then(
      () => upToSelf(true),
      (error: unknown) => upToSelf(false, error),
    );
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  return {
    /** Queues `work` for the next shared transaction; settles once that transaction is durable. `background`: nobody waits on it (docs above). */
    submit<T>(work: () => T, background = false): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, background, resolve: resolve as (value: unknown) => void, reject });
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
