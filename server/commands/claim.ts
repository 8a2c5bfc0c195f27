// Claim a request for triage: exclusive, with a lease. The holder claiming again renews the lease.
import { z } from 'zod';
import { defineCommand } from './definition';

export const claim = defineCommand({
  name: 'claim',
  senders: { staff: ['coordinator', 'lead'] },
  input: z.object({ expectedVersion: z.number().int().optional() }).strict(),
  toEvent: ({ actor }) => ({ type: 'claim', actor }),
});
