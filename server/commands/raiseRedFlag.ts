// A coordinator or clinician raises a red flag by hand, naming the rule when they can, with a reason;
// a queued request is then offered to the duty clinician (redFlagDecision.ts).
import { RED_FLAG_RAISED } from '../../shared/lifecycle/events';
import { raiseRedFlagBodySchema } from '../../shared/schemas/commands';
import { defineUrgentRedFlagDecision } from './redFlagDecision';

export const raiseRedFlag = defineUrgentRedFlagDecision(
  {
    name: 'raise_red_flag',
    senders: { staff: ['coordinator', 'anp', 'pharmacist', 'physio', 'lead'] },
    input: raiseRedFlagBodySchema,
    toEvent: ({ actor, input }) => ({ type: 'raise_red_flag', actor, reason: input.reason, ruleId: input.ruleId }),
    reason: (input) => input.reason,
  },
  RED_FLAG_RAISED,
);
