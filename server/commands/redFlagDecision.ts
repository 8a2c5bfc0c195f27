// A person's red-flag decision that makes a request urgent (raise by hand, confirm a possible flag):
// the lifecycle step, then, if the request is waiting in the queue, its offer to the duty clinician
// in the same transaction, as intake does for a definite flag (admit.ts). A request someone already
// holds stays with them: the holder sees the flag. docs/clinical-safety/red-flags.md.
import type { Actor } from '../../shared/lifecycle/events';
import { redFlagLabel } from '../../shared/rules/redFlags';
import type { LifecycleCommand, Operation } from './definition';
import { escalate } from './escalate';
import { stepLifecycle, type Committed } from './lifecycleStep';

/**
 * An operation rather than a LifecycleCommand with a follow-up: the escalation is a second
 * lifecycle step by the hub itself (its own change, audit entry and liability interval), exactly
 * the shape admit already has, so no new hook on defineCommand is needed for two commands.
 */
export function defineUrgentRedFlagDecision<I extends { reason: string }>(
  command: LifecycleCommand<I>,
  /** The hub, named for what happened, as the sender of the escalation that follows. */
  escalatedBy: Actor,
): Operation<I, Committed> & { lifecycle: LifecycleCommand<I> } {
  return {
    name: command.name,
    senders: command.senders,
    input: command.input,
    lifecycle: command,
    perform(ctx) {
      if (ctx.consultationId === undefined) throw new Error(`${command.name} needs a consultation request`);
      const decided = stepLifecycle(ctx, command, ctx.consultationId);
      const changes = [decided];
      if (decided.row.status === 'queued' && decided.row.redFlags.length > 0) {
        const flags = decided.row.redFlags.map(redFlagLabel).join('; ');
        const reason = `${flags} (${ctx.actor.name}: ${ctx.input.reason})`;
        changes.push(stepLifecycle({ ...ctx, actor: escalatedBy, input: { reason } }, escalate.lifecycle, ctx.consultationId));
      }
      return { result: changes.at(-1)!, changes };
    },
  };
}
