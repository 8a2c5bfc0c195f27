// The dispatcher takes a message from the outbox to send it (docs/messaging.md): committed before
// Notify is called, so a crash after this point is seen at restart as a send whose outcome is unknown
// ("sending"), and the dispatcher asks Notify by the message's reference before it sends again.
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

/** How long a send may take before the dispatcher treats its outcome as unknown and recovers it. */
export const SEND_OUTCOME_TIMEOUT_MS = 60_000;

export const startMessageSend = defineOperation({
  name: 'message_send_started',
  senders: { system: true },
  input: z.object({ messageId: z.number().int().positive() }),
  perform({ db, input, now }) {
    const message = db.q.messages.byId(input.messageId);
    if (!message) throw new HttpError('NOT_FOUND', `No patient message ${input.messageId}.`);
    if (message.status !== 'queued' && message.status !== 'sending') {
      throw new HttpError('INVALID_TRANSITION', `Patient message ${message.id} is ${message.status}, not waiting to be sent.`);
    }
    const attempts = message.attempts + 1;
    const recovering = message.status === 'sending';
    db.q.messages.changeStatus({
      id: message.id,
      from: message.status,
      status: 'sending',
      at: now,
      attempts,
      nextAttemptAt: now + SEND_OUTCOME_TIMEOUT_MS,
      detail: recovering ? `attempt ${attempts}: the previous attempt's outcome was not recorded` : `attempt ${attempts}`,
    });
    return {
      result: { ...message, status: 'sending' as const, attempts, recovering },
      audit: [{ consultationId: message.consultationId, subject: `message:${message.id}`, before: { status: message.status }, after: { status: 'sending', attempts } }],
    };
  },
});
