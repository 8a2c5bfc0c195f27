// A send failed for a reason that may pass (Notify answered 429 or 5xx, or did not answer): the
// message goes back to the outbox for a later attempt (docs/messaging.md). The detail names the
// failure in patient-free words.
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const deferMessageSend = defineOperation({
  name: 'message_send_deferred',
  senders: { system: true },
  input: z.object({
    messageId: z.number().int().positive(),
    retryAt: z.number().int().nonnegative(),
    detail: z.string().min(1).max(300),
  }),
  perform({ db, input, now }) {
    const message = db.q.messages.byId(input.messageId);
    if (!message) throw new HttpError('NOT_FOUND', `No patient message ${input.messageId}.`);
    if (message.status !== 'sending') return { result: { recorded: false } };
    db.q.messages.changeStatus({ id: message.id, from: 'sending', status: 'queued', at: now, nextAttemptAt: Math.max(now, input.retryAt), detail: input.detail });
    return {
      result: { recorded: true },
      audit: [{ consultationId: message.consultationId, subject: `message:${message.id}`, before: { status: 'sending' }, after: { status: 'queued', retryAt: input.retryAt } }],
    };
  },
});
