// The clinician who accepted a request records its outcome; the hub's part closes.
import { completeBodySchema } from '../../shared/schemas/commands';
import { defineCommand } from './definition';

export const complete = defineCommand({
  name: 'complete',
  senders: { staff: ['anp', 'pharmacist', 'physio', 'lead'] },
  input: completeBodySchema,
  toEvent: ({ actor, input }) => ({ type: 'complete', actor, outcome: input.outcome, ...(input.notes ? { notes: input.notes } : {}) }),
  reason: (input) => input.outcome,
});
