// Decline a hand-off, with a reason: the request goes back to the triage queue, marked.
import { handoffDeclineSchema } from '../../shared/schemas/commands';
import { answerPendingHandoff } from './answerHandoff';
import { defineCommand } from './definition';

export const decline = defineCommand({
  name: 'decline',
  senders: { staff: ['anp', 'pharmacist', 'physio', 'lead', 'practice'] },
  input: handoffDeclineSchema,
  toEvent: ({ actor, input }) => ({ type: 'decline', actor, reason: input.reason }),
  write: ({ db, before, input, actor, now }) =>
    answerPendingHandoff(db, { before, handoffId: input.handoffId, actor, now, status: 'declined', reason: input.reason }),
  reason: (input) => input.reason,
});
