// The clinical lead reopens a request after disagreeing with a decision on it: back to the queue,
// marked with the lead's instruction, responsibility back to the hub. A referral or hand-back still
// waiting for its answer is withdrawn. Sent only from reviewDecision.ts, in the review's transaction.
import { z } from 'zod';
import { answerPendingHandoff } from './answerHandoff';
import { defineCommand } from './definition';

export const reopenAfterReview = defineCommand({
  name: 'reopen',
  senders: { staff: ['lead'] },
  input: z.object({ instruction: z.string().trim().min(1).max(500) }),
  toEvent: ({ actor, input }) => ({ type: 'reopen', actor, reason: input.instruction, afterReview: true }),
  write: ({ db, before, input, actor, now }) => {
    if (before.pendingHandoffId === null) return;
    return answerPendingHandoff(db, { before, handoffId: before.pendingHandoffId, actor, now, status: 'withdrawn', reason: `reopened after review: ${input.instruction}` });
  },
  reason: (input) => `after review: ${input.instruction}`,
});
