// The clinician hands an accepted request back to the hub's triage queue, with a reason.
import { reasonBodySchema } from '../../shared/schemas/commands';
import { defineCommand } from './definition';

export const handBack = defineCommand({
  name: 'hand_back',
  senders: { staff: ['anp', 'pharmacist', 'physio', 'lead'] },
  input: reasonBodySchema,
  toEvent: ({ actor, input }) => ({ type: 'hand_back', actor, reason: input.reason }),
  reason: (input) => input.reason,
});
