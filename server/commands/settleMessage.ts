// A message's final status (docs/messaging.md): delivered, or failed for good (refused as invalid,
// bounced, given up, or retries exhausted). From a Notify callback, a status check, or the send itself.
// What follows for the patient and the request (a contact task, responsibility moving) is settlement's.
import { z } from 'zod';
import { messageFailureSchema } from '../../shared/schemas/messages';
import { HttpError } from '../http/errors';
import { afterSettled } from '../messaging/settlement';
import { rollUpMessage } from '../stats/rollup';
import { defineOperation } from './definition';

export const settleMessageBodySchema = z.discriminatedUnion('status', [
  z.object({ messageId: z.number().int().positive(), status: z.literal('delivered'), detail: z.string().max(300).optional() }),
  z.object({ messageId: z.number().int().positive(), status: z.literal('failed'), failure: messageFailureSchema, detail: z.string().max(300).optional() }),
]);

export const settleMessage = defineOperation({
  name: 'message_settled',
  senders: { system: true },
  input: settleMessageBodySchema,
  perform(ctx) {
    const { db, input, now } = ctx;
    const message = db.q.messages.byId(input.messageId);
    if (!message) throw new HttpError('NOT_FOUND', `No patient message ${input.messageId}.`);
    // A receipt for a message already settled (Notify retries callbacks): recorded once, answered as done.
    if (message.status !== 'sending' && message.status !== 'accepted') return { result: { recorded: false } };
    const failure = input.status === 'failed' ? input.failure : null;
    db.q.messages.changeStatus({ id: message.id, from: message.status, status: input.status, at: now, failure, detail: input.detail ?? null });
    rollUpMessage(db, message, input.status);
    const effects = afterSettled(ctx, { ...message, status: input.status, failure });
    return {
      result: { recorded: true },
      changes: effects.changes,
      notices: ['messages'],
      audit: [
        { consultationId: message.consultationId, subject: `message:${message.id}`, before: { status: message.status }, after: { status: input.status, failure } },
        ...effects.audit,
      ],
    };
  },
});
