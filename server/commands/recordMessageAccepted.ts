// Notify (or the embedded transport) has the message: its id is recorded, and the dispatcher checks
// for a delivery receipt later if no callback brings one first (docs/messaging.md).
// recordMessagesAccepted.ts records a batch's acceptances in one commit, each exactly as here.
import { z } from 'zod';
import type { PatientMessageRow } from '../../db/schema';
import { HttpError } from '../http/errors';
import { afterAccepted } from '../messaging/settlement';
import { defineOperation, type AuditNote, type OperationContext } from './definition';
import type { Committed } from './lifecycleStep';

/** When to ask Notify for the status of an accepted message that no callback has settled. */
export const STATUS_CHECK_DELAY_MS = 30_000;

export const acceptanceSchema = z.object({
  messageId: z.number().int().positive(),
  transport: z.enum(['embedded', 'notify']),
  providerId: z.string().min(1).max(100),
  /** The first status check after acceptance, when the transport asks for its own (the embedded one: sooner). */
  firstCheckAfterMs: z.number().int().positive().optional(),
});
export type Acceptance = z.infer<typeof acceptanceSchema>;

export interface Accepted {
  recorded: boolean;
  changes: Committed[];
  audit: AuditNote[];
}

/** Records one acceptance, and what it means for the request, if the message is still `sending`. */
export function recordAcceptance(ctx: OperationContext<unknown>, message: PatientMessageRow, input: Acceptance): Accepted {
  const { db, now } = ctx;
  // Already past sending (a callback raced the send's reply): nothing to record.
  if (message.status !== 'sending') return { recorded: false, changes: [], audit: [] };
  db.q.messages.changeStatus({
    id: message.id,
    from: 'sending',
    status: 'accepted',
    at: now,
    transport: input.transport,
    providerId: input.providerId,
    nextAttemptAt: now + (input.firstCheckAfterMs ?? STATUS_CHECK_DELAY_MS),
    detail: input.transport === 'notify' ? 'accepted by GOV.UK Notify' : 'accepted by the embedded transport (no Notify account)',
  });
  const effects = afterAccepted(ctx, { ...message, status: 'accepted', transport: input.transport, providerId: input.providerId });
  return {
    recorded: true,
    changes: effects.changes,
    audit: [{ consultationId: message.consultationId, subject: `message:${message.id}`, before: { status: 'sending' }, after: { status: 'accepted', transport: input.transport } }],
  };
}

export const recordMessageAccepted = defineOperation({
  name: 'message_accepted',
  senders: { system: true },
  input: acceptanceSchema,
  perform(ctx) {
    const message = ctx.db.q.messages.byId(ctx.input.messageId);
    if (!message) throw new HttpError('NOT_FOUND', `No patient message ${ctx.input.messageId}.`);
    const done = recordAcceptance(ctx, message, ctx.input);
    if (!done.recorded) return { result: { recorded: false } };
    return { result: { recorded: true }, changes: done.changes, notices: ['messages'], audit: done.audit };
  },
});
