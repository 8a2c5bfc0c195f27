// The API calls behind a clinician's tasks; each reply goes straight into the store, so the inbox
// moves at once rather than when the broadcast arrives.
import type { QueueItem } from '../../../../shared/schemas/api';
import { ApiError } from '../../api/errors';
import type { CommandReply } from '../../api/http';
import type { HubDeps } from '../../deps';
import type { TaskBody } from '../../machines/clinicianTasks';

type Deps = Pick<HubDeps, 'api' | 'queue'>;

function applied(deps: Deps, reply: CommandReply): QueueItem {
  deps.queue.getState().applyItem(reply.item);
  return reply.item;
}

export async function acceptOffer(deps: Deps, handoffId: number): Promise<QueueItem> {
  return applied(deps, await deps.api.accept(handoffId));
}

export async function submitTask(deps: Deps, id: number, body: TaskBody): Promise<QueueItem> {
  switch (body.kind) {
    case 'decline': {
      // Declining answers the hand-off the request waits on, as the live queue knows it now.
      const handoff = deps.queue.getState().items[id]?.pendingHandoff;
      if (!handoff) throw new ApiError('ALREADY_RESPONDED', 'This offer has already been answered or withdrawn.', 409);
      return applied(deps, await deps.api.decline(handoff.id, body.reason));
    }
    case 'complete':
      return applied(
        deps,
        await deps.api.complete(id, {
          outcome: body.outcome,
          ...(body.notes ? { notes: body.notes } : {}),
          ...(body.patientMessage === undefined ? {} : { patientMessage: body.patientMessage }),
        }),
      );
    case 'hand_back':
      return applied(deps, await deps.api.handBack(id, body.reason));
    case 'escalate':
      return applied(deps, await deps.api.escalate(id, body.reason));
    case 'route':
      return applied(deps, await deps.api.route(id, body.handoff));
  }
}
