// Release a claimed request back to the queue untouched.
import { z } from 'zod';
import { defineCommand } from './definition';

export const release = defineCommand({
  name: 'release',
  senders: { staff: ['coordinator', 'lead'] },
  input: z.object({ expectedVersion: z.number().int().optional() }).strict(),
  toEvent: ({ actor }) => ({ type: 'release', actor }),
});
