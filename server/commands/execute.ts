// The one path every write takes, for every aggregate: authorise → validate → one transaction
// (the operation's rows, and for a request its machine transition, liability, change feed; always
// the hash-chained audit entry) → commit → in-memory state and broadcast. Routes, the scheduler
// and the demo all call execute(); nothing writes around it (docs/architecture.md).
// Writes arriving together share their transaction's commit (db.commit, group commit), each in its
// own savepoint, so the promise settles only once the change is durable.
import type { HubDatabase } from '../../db/open';
import type { Actor } from '../../shared/lifecycle/events';
import type { NoticeTopic } from '../../shared/schemas/api';
import type { Clock } from '../clock';
import type { Directory } from '../directory';
import { HttpError, validationError } from '../http/errors';
import type { HubSettings } from '../settings';
import { appendAuditNotes } from './auditNotes';
import type { HubServices, Operation, Senders } from './definition';
import type { Committed } from './lifecycleStep';

export interface ExecutorDeps {
  db: HubDatabase;
  clock: Clock;
  directory: Directory;
  settings: () => HubSettings;
  services: HubServices;
  /** Called after commit, never before: only committed changes are broadcast. */
  onCommitted: (change: Committed) => void;
  /** Called after commit for each aggregate other than a request that the operation changed. */
  onNotice: (topic: NoticeTopic) => void;
}

export interface CommandCall {
  actor: Actor;
  body: unknown;
  /** The request a lifecycle command concerns. */
  consultationId?: number;
}

export function authorise(actor: Actor, senders: Senders): void {
  const allowed =
    (actor.kind === 'staff' && (senders.staff ?? []).some((r) => actor.roles.includes(r))) ||
    (actor.kind === 'system' && senders.system === true) ||
    (actor.kind === 'integration' && senders.integration === true);
  if (!allowed) throw new HttpError('FORBIDDEN', 'Your role does not allow this action.');
}

export function createExecutor(deps: ExecutorDeps) {
  const { db, clock, directory } = deps;

  return async function execute<I, R>(operation: Operation<I, R>, call: CommandCall): Promise<R> {
    authorise(call.actor, operation.senders);
    const parsed = operation.input.safeParse(call.body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const settings = deps.settings();
    const { actor } = call;

    // The system's own steps (the dispatcher, the scheduler) have nobody waiting: their fsync may wait
    // off the event loop, so people's commands are not held for it (db/groupCommit.ts).
    const performed = await db.commit(
      () => {
        const now = clock.now();
        const done = operation.perform({ input: parsed.data, actor, now, settings, db, directory, consultationId: call.consultationId });
        appendAuditNotes(db, { actor, operation: operation.name, now, notes: done.audit ?? [] });
        return done;
      },
      { background: actor.kind === 'system' },
    );

    await performed.afterCommit?.(deps.services);
    for (const change of performed.changes ?? []) deps.onCommitted(change);
    for (const topic of new Set(performed.notices ?? [])) deps.onNotice(topic);
    return performed.result;
  };
}

export type Execute = ReturnType<typeof createExecutor>;
