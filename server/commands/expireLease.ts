// Sent by the scheduler when a claim's lease runs out: the request returns to the queue.
import { z } from 'zod';
import { defineCommand } from './definition';

export const expireLease = defineCommand({
  name: 'lease_expired',
  senders: { system: true },
  input: z.object({}),
  toEvent: ({ actor }) => ({ type: 'lease_expired', actor }),
});
