// A community pharmacy acknowledges a referral (by its integration key, or the demo simulator):
// responsibility passes to the pharmacy and the hub's part closes.
import { handoffAnswerSchema } from '../../shared/schemas/commands';
import { answerPendingHandoff } from './answerHandoff';
import { defineCommand } from './definition';

export const acknowledge = defineCommand({
  name: 'acknowledge',
  senders: { integration: true, system: true },
  input: handoffAnswerSchema,
  toEvent: ({ actor }) => ({ type: 'acknowledge', actor }),
  write: ({ db, before, input, actor, now }) => answerPendingHandoff(db, { before, handoffId: input.handoffId, actor, now, status: 'acknowledged' }),
});
