// Shared by the commands that answer the pending hand-off (accept, decline, acknowledge, expire):
// only the hand-off the request is waiting on can be answered, and only once.
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow, HandoffRow } from '../../db/schema';
import type { Actor } from '../../shared/lifecycle/events';
import { HttpError } from '../http/errors';
import { actorId } from './actors';

export function answerPendingHandoff(
  db: HubDatabase,
  args: { before: ConsultationRow; handoffId: number; actor: Actor; now: number; status: HandoffRow['status']; reason?: string },
): { handoffId: number } {
  const { before, handoffId, actor, now } = args;
  const answered = before.pendingHandoffId === handoffId && db.q.handoffs.respond(handoffId, {
    status: args.status,
    respondedById: actorId(actor),
    respondedByName: actor.name,
    respondedAt: now,
    responseReason: args.reason ?? null,
  });
  if (!answered) throw new HttpError('ALREADY_RESPONDED', `Hand-off #${handoffId} has already been answered or withdrawn.`);
  return { handoffId };
}
