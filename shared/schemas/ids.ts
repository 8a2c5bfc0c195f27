// Ids in paths (/consultations/:id, /handoffs/:id): one spelling per id. Number() and z.coerce
// read 0x10, 1e1, +10, 010 and 10.0 as real ids, so a typo or a probe could name another record.
import { z } from 'zod';

export const idParamSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, { message: 'must be a positive whole number written plainly, e.g. 42' })
  .transform(Number)
  .refine(Number.isSafeInteger, { message: 'is larger than any id the hub gives' });
