// What a message's outcome means for the patient and the request (docs/messaging.md, docs/liability.md).
// Runs inside the operation that records the outcome, in its transaction: a request waiting for its
// self-care or self-referral advice to arrive closes on delivery (responsibility to the patient), and a
// message that will not arrive leaves a contact task and puts responsibility back on the hub.
import { z } from 'zod';
import type { PatientMessageRow } from '../../db/schema';
import { SYSTEM_ACTOR, type LifecycleEvent } from '../../shared/lifecycle/events';
import { MESSAGE_FAILURE_WORDS } from '../../shared/schemas/messages';
import type { AuditNote, LifecycleCommand, OperationContext } from '../commands/definition';
import { stepLifecycle, type Committed } from '../commands/lifecycleStep';

export interface SettlementEffects {
  changes: Committed[];
  audit: AuditNote[];
}

const NONE: SettlementEffects = { changes: [], audit: [] };
const CHANNEL_WORDS = { sms: 'text message', email: 'email' } as const;

/** The hub's own lifecycle step about a message: sent by the system, in the settling operation's transaction. */
const systemStep = (name: string, event: LifecycleEvent): LifecycleCommand<unknown> => ({
  name,
  senders: { system: true },
  input: z.unknown(),
  toEvent: () => event,
});

/**
 * Whether this message decides the request: it is waiting for the patient to have advice, and the
 * message is the one its pending hand-off sent (an older message, from a decision since reopened, is not).
 */
function decidesRequest(ctx: OperationContext<unknown>, message: PatientMessageRow): boolean {
  const row = ctx.db.q.consultations.byId(message.consultationId);
  return row?.status === 'awaiting_delivery' && message.cause.kind === 'handoff' && message.cause.handoffId === row.pendingHandoffId;
}

function delivered(ctx: OperationContext<unknown>, message: PatientMessageRow, evidence: 'delivered' | 'accepted'): SettlementEffects {
  if (!decidesRequest(ctx, message)) return NONE;
  const event: LifecycleEvent = { type: 'message_delivered', actor: SYSTEM_ACTOR, messageId: message.id, channel: message.channel, evidence };
  const change = stepLifecycle({ ...ctx, actor: SYSTEM_ACTOR, input: {} }, systemStep('message_delivered', event), message.consultationId);
  return { changes: [change], audit: [] };
}

/** Notify has the message. Where the hub's settings let acceptance stand for delivery on its channel, responsibility moves now. */
export function afterAccepted(ctx: OperationContext<unknown>, message: PatientMessageRow): SettlementEffects {
  if (ctx.settings.messaging.deliveryEvidence[message.channel] !== 'accepted') return NONE;
  return delivered(ctx, message, 'accepted');
}

/** The message was delivered or failed for good. A failure leaves a contact task: a person must reach the patient. */
export function afterSettled(ctx: OperationContext<unknown>, message: PatientMessageRow): SettlementEffects {
  if (message.status === 'delivered') return delivered(ctx, message, 'delivered');
  if (message.status !== 'failed' || !message.failure) return NONE;
  const reason = `The ${CHANNEL_WORDS[message.channel]} did not reach the patient: ${MESSAGE_FAILURE_WORDS[message.failure]}.`;
  const taskId = ctx.db.q.messages.insertTask({ consultationId: message.consultationId, kind: 'not_reached', reason, messageId: message.id, createdAt: ctx.now });
  const audit: AuditNote[] = [{ action: 'contact_task_created', consultationId: message.consultationId, subject: `contact_task:${taskId}`, after: { kind: 'not_reached', messageId: message.id } }];
  if (!decidesRequest(ctx, message)) return { changes: [], audit };
  // The request stays waiting, now on a person; responsibility is back with the hub until they reach the patient.
  const event: LifecycleEvent = { type: 'message_failed', actor: SYSTEM_ACTOR, messageId: message.id, failure: message.failure, taskId };
  const change = stepLifecycle({ ...ctx, actor: SYSTEM_ACTOR, input: {} }, systemStep('message_failed', event), message.consultationId);
  return { changes: [change], audit };
}
