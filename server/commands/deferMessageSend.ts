// A send that did not go, back to the outbox for a later attempt (docs/notify.md):
// - deferred: a reason that may pass (Notify answered 429 or 5xx, or did not answer); the attempt counts
//   towards giving up;
// - held: Notify refused the hub itself (403: the API key; or a template it cannot use). The patient's
//   message is not at fault, so the attempt does not count, and it is tried again until the setup is fixed.
// The detail names the failure in patient-free words.
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
    held: z.boolean().optional(),
  }),
  perform({ db, input, now }) {
    const message = db.q.messages.byId(input.messageId);
    if (!message) throw new HttpError('NOT_FOUND', `No patient message ${input.messageId}.`);
    if (message.status !== 'sending') return { result: { recorded: false } };
    const attempts = input.held === true ? Math.max(0, message.attempts - 1) : message.attempts;
    db.q.messages.changeStatus({ id: message.id, from: 'sending', status: 'queued', at: now, attempts, nextAttemptAt: Math.max(now, input.retryAt), detail: input.detail });
    return {
      result: { recorded: true },
      audit: [
        {
          action: input.held ? 'message_send_held' : 'message_send_deferred',
          consultationId: message.consultationId,
          subject: `message:${message.id}`,
          before: { status: 'sending' },
          after: { status: 'queued', ...(input.held ? { held: true } : {}), retryAt: input.retryAt },
        },
      ],
    };
  },
});
