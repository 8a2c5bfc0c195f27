// The one path every change takes: authorise → validate → (on the writer thread) load with
// version → pure transition through the shared machine → one transaction (row, change feed,
// audit, and what the command adds; apply.ts) → commit → broadcast. Routes and the scheduler call
// this; nothing writes around it. The writer thread shares its commits between the changes that
// reach it together (group commit), so the promise settles only once the change is durable.
import type { Actor } from '../../shared/lifecycle/events';
import type { Clock } from '../clock';
import { HttpError, validationError } from '../http/errors';
import type { Writer } from '../writer/client';
import type { CommandCall, Committed } from './apply';
import type { CommandDefinition } from './definition';
import { actorId, actorRole } from './actors';

export { actorId, actorRole };
export { assertVisible, type CommandCall, type Committed } from './apply';

export interface ExecutorDeps {
  writer: Writer;
  clock: Clock;
  /** Called after commit, never before: only committed changes are broadcast. */
  onCommitted: (change: Committed) => void;
}

export function authorise(actor: Actor, senders: CommandDefinition['senders']): void {
  const allowed =
    (actor.kind === 'staff' && (senders.staff ?? []).some((r) => actor.roles.includes(r))) ||
    (actor.kind === 'system' && senders.system === true) ||
    (actor.kind === 'integration' && senders.integration === true);
  if (!allowed) throw new HttpError('FORBIDDEN', 'Your role does not allow this action.');
}

export function createExecutor(deps: ExecutorDeps) {
  return async function execute<I>(definition: CommandDefinition<I>, call: CommandCall): Promise<Committed> {
    // Refusals that need no data are given here, without a trip to the writer.
    authorise(call.actor, definition.senders);
    const parsed = definition.input.safeParse(call.body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const committed = await deps.writer.call('command', {
      name: definition.name,
      call: { actor: call.actor, consultationId: call.consultationId, body: parsed.data },
      now: deps.clock.now(),
    });
    deps.onCommitted(committed);
    return committed;
  };
}

export type Execute = ReturnType<typeof createExecutor>;
