// Accept a hand-off: a hub clinician takes the offer (and with it the responsibility), or the
// practice accepts a request handed back to it.
import { handoffAnswerSchema } from '../../shared/schemas/commands';
import { answerPendingHandoff } from './answerHandoff';
import { defineCommand } from './definition';

export const accept = defineCommand({
  name: 'accept',
  senders: { staff: ['anp', 'pharmacist', 'physio', 'lead', 'practice'] },
  input: handoffAnswerSchema,
  toEvent: ({ actor }) => ({ type: 'accept', actor }),
  write: ({ db, before, input, actor, now }) => answerPendingHandoff(db, { before, handoffId: input.handoffId, actor, now, status: 'accepted' }),
});
