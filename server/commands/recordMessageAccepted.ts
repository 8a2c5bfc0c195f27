// Notify (or the embedded transport) has the message: its id is recorded, and the dispatcher checks
// for a delivery receipt later if no callback brings one first (docs/messaging.md).
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { afterAccepted } from '../messaging/settlement';
import { defineOperation } from './definition';

/** When to ask Notify for the status of an accepted message that no callback has settled. */
export const STATUS_CHECK_DELAY_MS = 30_000;

export const recordMessageAccepted = defineOperation({
  name: 'message_accepted',
  senders: { system: true },
  input: z.object({
    messageId: z.number().int().positive(),
    transport: z.enum(['embedded', 'notify']),
    providerId: z.string().min(1).max(100),
  }),
  perform(ctx) {
    const { db, input, now } = ctx;
    const message = db.q.messages.byId(input.messageId);
    if (!message) throw new HttpError('NOT_FOUND', `No patient message ${input.messageId}.`);
    // Already past sending (a callback raced the send's reply): nothing to record.
    if (message.status !== 'sending') return { result: { recorded: false } };
    db.q.messages.changeStatus({
      id: message.id,
      from: 'sending',
      status: 'accepted',
      at: now,
      transport: input.transport,
      providerId: input.providerId,
      nextAttemptAt: now + STATUS_CHECK_DELAY_MS,
      detail: input.transport === 'notify' ? 'accepted by GOV.UK Notify' : 'accepted by the embedded transport (no Notify account)',
    });
    const effects = afterAccepted(ctx, { ...message, status: 'accepted', transport: input.transport, providerId: input.providerId });
    return {
      result: { recorded: true },
      changes: effects.changes,
      notices: ['messages'],
      audit: [{ consultationId: message.consultationId, subject: `message:${message.id}`, before: { status: 'sending' }, after: { status: 'accepted', transport: input.transport } }],
    };
  },
});
