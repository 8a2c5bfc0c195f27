// A clinician clears a request's red flags, definite and possible, with a reason: it goes back to
// routine priority where it stands. docs/clinical-safety/red-flags.md.
import { reasonBodySchema } from '../../shared/schemas/commands';
import { defineCommand } from './definition';

export const clearRedFlag = defineCommand({
  name: 'clear_red_flag',
  senders: { staff: ['anp', 'pharmacist', 'physio', 'lead'] },
  input: reasonBodySchema,
  toEvent: ({ actor, input }) => ({ type: 'clear_red_flag', actor, reason: input.reason }),
  reason: (input) => input.reason,
});
