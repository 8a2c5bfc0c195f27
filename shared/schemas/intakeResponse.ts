// The answer to POST /api/intake: the request's id, whether the hub is open (and when it reopens), and,
// for a red flag that arrives while it is closed, the urgent-care advice the submitting system shows the
// patient (docs/api.md, docs/clinical-safety/red-flags.md).
import { z } from 'zod';

export const hubOpenSchema = z.object({
  open: z.boolean(),
  /** The next opening (ISO 8601) while the hub is closed; null while it is open. */
  reopensAt: z.string().nullable(),
});
export type HubOpen = z.infer<typeof hubOpenSchema>;

export const patientAdviceSchema = z.object({
  kind: z.literal('urgent_care'),
  /** 999 for a flag of emergency severity, NHS 111 for an urgent one. */
  call: z.enum(['999', '111']),
  text: z.string(),
});
export type PatientAdvice = z.infer<typeof patientAdviceSchema>;

export const intakeResponseSchema = z.object({
  id: z.number().int(),
  hub: hubOpenSchema,
  /** Only when a definite red flag arrived while the hub was closed. */
  patientAdvice: patientAdviceSchema.optional(),
});
export type IntakeResponse = z.infer<typeof intakeResponseSchema>;
