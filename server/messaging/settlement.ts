// What a message's outcome means for the patient and the request (docs/messaging.md, docs/liability.md).
// Runs inside the operation that records the outcome, in its transaction.
import type { PatientMessageRow } from '../../db/schema';
import { MESSAGE_FAILURE_WORDS } from '../../shared/schemas/messages';
import type { AuditNote, OperationContext } from '../commands/definition';
import type { Committed } from '../commands/lifecycleStep';

export interface SettlementEffects {
  changes: Committed[];
  audit: AuditNote[];
}

const CHANNEL_WORDS = { sms: 'text message', email: 'email' } as const;

/** Notify has the message. Where the hub's settings let acceptance stand for delivery on its channel, responsibility may move now. */
export function afterAccepted(_ctx: OperationContext<unknown>, _message: PatientMessageRow): SettlementEffects {
  return { changes: [], audit: [] };
}

/** The message was delivered or failed for good. A failure leaves a contact task: a person must reach the patient. */
export function afterSettled(ctx: OperationContext<unknown>, message: PatientMessageRow): SettlementEffects {
  if (message.status !== 'failed' || !message.failure) return { changes: [], audit: [] };
  const reason = `The ${CHANNEL_WORDS[message.channel]} did not reach the patient: ${MESSAGE_FAILURE_WORDS[message.failure]}.`;
  const taskId = ctx.db.q.messages.insertTask({ consultationId: message.consultationId, kind: 'not_reached', reason, messageId: message.id, createdAt: ctx.now });
  return { changes: [], audit: [{ action: 'contact_task_created', consultationId: message.consultationId, subject: `contact_task:${taskId}`, after: { kind: 'not_reached', messageId: message.id } }] };
}
