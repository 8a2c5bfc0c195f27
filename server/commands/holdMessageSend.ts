// Notify refused the hub itself (403: the API key; or a template it cannot use): nothing was sent and
// the patient's message is not at fault, so it goes back to the outbox without the attempt counting
// towards giving up, and is tried again with backoff until the setup is fixed (docs/notify.md).
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const holdMessageSend = defineOperation({
  name: 'message_send_held',
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
    const attempts = Math.max(0, message.attempts - 1);
    db.q.messages.changeStatus({ id: message.id, from: 'sending', status: 'queued', at: now, attempts, nextAttemptAt: Math.max(now, input.retryAt), detail: input.detail });
    return {
      result: { recorded: true },
      audit: [{ consultationId: message.consultationId, subject: `message:${message.id}`, before: { status: 'sending' }, after: { status: 'queued', held: true, retryAt: input.retryAt } }],
    };
  },
});
