// The two ways the history generator writes each step (docs/history.md, "Two paths"). The simulator
// plans the same journeys and sends the same calls, in the same order, to either:
// - `commands`: through the hub's executor, as a person or the scheduler would (group commit, broadcast);
// - `bulk` (the default): each operation's own perform() with the same rules, the same audit notes
//   chained by the same function the executor uses, in a savepoint inside a transaction held open
//   across thousands of changes; no executor, no broadcast, no promise per change, and the figures'
//   rollups deferred to one rebuild at the end (server/commands/rebuildStats.ts).
import { bulkTransactions, generationConnection } from '../../../db/queries/historyBulk';
import type { Hub } from '../../app';
import { appendAuditNotes } from '../../commands/auditNotes';
import type { Operation } from '../../commands/definition';
import { authorise } from '../../commands/execute';
import { expireSessions } from '../../commands/sessions';
import { HttpError, validationError } from '../../http/errors';
import { dueEvents } from '../../scheduler';
import { deferRollups } from '../../stats/rollup';
import { SYSTEM_ACTOR, type Actor } from '../../../shared/lifecycle/events';

export type HistoryPath = 'bulk' | 'commands';

export interface Call {
  operation: Operation<unknown, unknown>;
  actor: Actor;
  consultationId?: number;
  body: unknown;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface HistoryBackend {
  /** Sends the calls in order; one refused leaves the others. */
  send(calls: readonly Call[]): Promise<Outcome[]>;
  /** The scheduler's pass at the clock's time: what has run out, most urgent first. */
  tick(): Promise<void>;
  /** A simulated minute is done (the bulk path commits every so many changes). */
  slotDone(): void;
  /** Everything written is committed. */
  finish(): Promise<void>;
}

const settle = (work: () => unknown): Outcome => {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error };
  }
};

export function commandBackend(hub: Hub): HistoryBackend {
  return {
    send: (calls) =>
      Promise.all(
        calls.map((c) =>
          hub.execute(c.operation, c).then(
            (value): Outcome => ({ ok: true, value }),
            (error: unknown): Outcome => ({ ok: false, error }),
          ),
        ),
      ),
    tick: async () => {
      await hub.scheduler.tick();
    },
    slotDone: () => {},
    finish: () => hub.db.drain(),
  };
}

/** Changes per shared transaction: large enough that commits cost nothing, small enough to keep the WAL modest. */
const CHANGES_PER_COMMIT = 20_000;

export function bulkBackend(hub: Hub): HistoryBackend {
  const { db, directory } = hub;
  const tx = bulkTransactions(db);
  let changes = 0;
  deferRollups(db, true);
  const restoreConnection = generationConnection(db);

  /** What execute() does, minus the group commit, the promise and the broadcast (docs/history.md). */
  function perform(call: Call): unknown {
    const { operation } = call;
    authorise(call.actor, operation.senders);
    const parsed = operation.input.safeParse(call.body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    tx.begin();
    changes++;
    const now = hub.clock.now();
    // A savepoint: a refused change rolls back alone, its audit tip with it.
    return db.write(() => {
      const done = operation.perform({ input: parsed.data, actor: call.actor, now, settings: hub.settings(), db, directory, consultationId: call.consultationId });
      appendAuditNotes(db, { actor: call.actor, operation: operation.name, now, notes: done.audit ?? [] });
      return done.result;
    });
  }

  return {
    send: async (calls) => calls.map((c) => settle(() => perform(c))),
    tick: async () => {
      const now = hub.clock.now();
      const calls: Call[] = dueEvents(db, now).map((e) => ({ operation: e.operation, actor: SYSTEM_ACTOR, consultationId: e.consultationId, body: e.body }));
      calls.push({ operation: expireSessions, actor: SYSTEM_ACTOR, body: {} });
      for (const c of calls) {
        // A refusal (someone acted first) is the scheduler's ordinary case; anything else stops the run.
        const outcome = settle(() => perform(c));
        if (!outcome.ok && !(outcome.error instanceof HttpError)) throw outcome.error;
      }
    },
    slotDone: () => {
      if (changes < CHANGES_PER_COMMIT) return;
      tx.commit();
      changes = 0;
    },
    finish: async () => {
      tx.commit();
      restoreConnection();
      deferRollups(db, false);
    },
  };
}
