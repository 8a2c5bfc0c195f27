// A clinician confirms the possible red flags the intake screen could not settle: they become red
// flags, and a queued request is then offered to the duty clinician (redFlagDecision.ts).
import { RED_FLAG_CONFIRMED } from '../../shared/lifecycle/events';
import { reasonBodySchema } from '../../shared/schemas/commands';
import { defineUrgentRedFlagDecision } from './redFlagDecision';

export const confirmRedFlag = defineUrgentRedFlagDecision(
  {
    name: 'confirm_red_flag',
    senders: { staff: ['anp', 'pharmacist', 'physio', 'lead'] },
    input: reasonBodySchema,
    toEvent: ({ actor, input }) => ({ type: 'confirm_red_flag', actor, reason: input.reason }),
    reason: (input) => input.reason,
  },
  RED_FLAG_CONFIRMED,
);
