// Moves a request's patient messages through the outbox as the dispatcher would (docs/messaging.md):
// taken for sending, accepted by the transport, then delivered or failed, each through its operation.
import { recordMessageAccepted } from '../../server/commands/recordMessageAccepted';
import { settleMessage } from '../../server/commands/settleMessage';
import { startMessageSend } from '../../server/commands/startMessageSend';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import type { MessageFailure } from '../../shared/schemas/messages';
import type { TestHub } from './hub';

export type Settlement = { status: 'delivered' } | { status: 'failed'; failure: MessageFailure } | { status: 'accepted' };

/** The request's messages still waiting in the outbox, oldest first. */
export const queuedMessagesOf = (hub: TestHub, consultationId: number) =>
  hub.db.q.messages.forConsultation(consultationId).filter((m) => m.status === 'queued');

/** Sends every queued message of the request and settles it as `outcome` ('accepted' stops at Notify's acceptance). */
export async function settleMessagesOf(hub: TestHub, consultationId: number, outcome: Settlement = { status: 'delivered' }) {
  const messages = queuedMessagesOf(hub, consultationId);
  for (const message of messages) {
    const send = { actor: SYSTEM_ACTOR };
    await hub.execute(startMessageSend, { ...send, body: { messageId: message.id } });
    await hub.execute(recordMessageAccepted, { ...send, body: { messageId: message.id, transport: 'embedded', providerId: `embedded-${message.id}` } });
    if (outcome.status !== 'accepted') await hub.execute(settleMessage, { ...send, body: { messageId: message.id, ...outcome } });
  }
  return messages.map((m) => m.id);
}
