// The clinician who accepted a request records its outcome; the hub's part closes.
import { completeBodySchema } from '../../shared/schemas/commands';
import { defineCommand } from './definition';

export const complete = defineCommand({
  name: 'complete',
  senders: { staff: ['anp', 'pharmacist', 'physio', 'lead'] },
  input: completeBodySchema,
  toEvent: ({ actor, input }) => ({ type: 'complete', actor, outcome: input.outcome }),
  patch: ({ input, now }) => ({ closedAt: now, outcome: input.notes ? `${input.outcome}: ${input.notes}` : input.outcome }),
  reason: (input) => input.outcome,
});
