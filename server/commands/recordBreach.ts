// Sent by the scheduler when an SLA deadline passes: the breach enters the change feed once, so
// every connected queue shows it at once.
import { z } from 'zod';
import { defineCommand } from './definition';

export const recordBreach = defineCommand({
  name: 'sla_breached',
  senders: { system: true },
  input: z.object({ deadline: z.enum(['first_action', 'outcome']) }),
  toEvent: ({ actor, input }) => ({ type: 'sla_breached', actor, deadline: input.deadline }),
  reason: (input) => `${input.deadline.replace('_', ' ')} deadline passed`,
});
