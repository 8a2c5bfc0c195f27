// Who sent a request back to the hub queue and what they wrote, beside the mark of why
// (`returnedBecause`): the queue says "Declined by the clinical pharmacist team (Pat Ng): needs bloods",
// not a code. Set by the transition that returns it (shared/lifecycle/effects.ts), stored on the request.
import { z } from 'zod';
import { destinationSchema } from './domain';

export const returnDetailSchema = z.object({
  /** The team or service the request had been offered or referred to, when it came back from one. */
  from: destinationSchema.nullable(),
  /** The person who sent it back (declined, handed back, could not reach the patient), when a person did. */
  by: z.string().nullable(),
  /** What they wrote when they sent it back. */
  note: z.string().nullable(),
});
export type ReturnDetail = z.infer<typeof returnDetailSchema>;
