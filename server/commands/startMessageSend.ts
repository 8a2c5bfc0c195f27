// The dispatcher takes a message from the outbox to send it (docs/messaging.md): committed before
// Notify is called, so a crash after this point is seen at restart as a send whose outcome is unknown
// ("sending"), and the dispatcher asks Notify by the message's reference before it sends again.
// startMessageSends.ts takes several at once, in one commit, with the same row, history and audit entry each.
import { z } from 'zod';
import type { HubDatabase } from '../../db/open';
import type { PatientMessageRow } from '../../db/schema';
import { HttpError } from '../http/errors';
import { defineOperation, type AuditNote } from './definition';

/** How long a send may take before the dispatcher treats its outcome as unknown and recovers it. */
export const SEND_OUTCOME_TIMEOUT_MS = 60_000;

/** A message taken to send: the row as now written, and whether an earlier attempt's outcome was lost. */
export type StartedSend = PatientMessageRow & { status: 'sending'; recovering: boolean };

/** Whether a message may be taken to send: waiting in the outbox, or a send whose outcome was never recorded. */
export const mayStartSend = (message: PatientMessageRow) => message.status === 'queued' || message.status === 'sending';

/** Marks one message `sending` (attempt + 1), with its history row; returns it and its audit entry. */
export function markSending(db: HubDatabase, message: PatientMessageRow, now: number): { started: StartedSend; audit: AuditNote } {
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
    started: { ...message, status: 'sending', attempts, recovering },
    audit: { consultationId: message.consultationId, subject: `message:${message.id}`, before: { status: message.status }, after: { status: 'sending', attempts } },
  };
}

export const startMessageSend = defineOperation({
  name: 'message_send_started',
  senders: { system: true },
  input: z.object({ messageId: z.number().int().positive() }),
  perform({ db, input, now }) {
    const message = db.q.messages.byId(input.messageId);
    if (!message) throw new HttpError('NOT_FOUND', `No patient message ${input.messageId}.`);
    if (!mayStartSend(message)) throw new HttpError('INVALID_TRANSITION', `Patient message ${message.id} is ${message.status}, not waiting to be sent.`);
    const { started, audit } = markSending(db, message, now);
    return { result: started, audit: [audit] };
  },
});
