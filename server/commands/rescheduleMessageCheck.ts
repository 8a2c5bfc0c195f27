// The dispatcher's next look at a message it cannot settle yet (docs/notify.md): an accepted message
// whose status is still pending, or a send whose outcome Notify could not be asked about. The status
// does not change, so there is no history row and no audit entry: polling every few minutes would
// bury the journey and the audit log in "still waiting".
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const rescheduleMessageCheck = defineOperation({
  name: 'message_check_rescheduled',
  senders: { system: true },
  input: z.object({
    messageId: z.number().int().positive(),
    /** The status it must still be in; a callback that settled it first wins. */
    status: z.enum(['sending', 'accepted']),
    nextAttemptAt: z.number().int().nonnegative(),
  }),
  perform({ db, input, now }) {
    const message = db.q.messages.byId(input.messageId);
    if (!message) throw new HttpError('NOT_FOUND', `No patient message ${input.messageId}.`);
    return { result: { recorded: db.q.messages.reschedule(message.id, input.status, Math.max(now, input.nextAttemptAt)) } };
  },
});
