// What a practice's online consultation system submits to POST /api/intake (docs/api.md), and the
// date rules that need the hub's clock. Messages name the field's rule, never its value.
import { z } from 'zod';
import { isValidNhsNumber, normaliseNhsNumber } from '../nhsNumber';
import { londonDateOf } from '../rules/age';
import { kindSchema, odsCodeSchema, severitySchema, sexSchema, symptomAreaSchema } from './domain';

/** No patient or submission predates this; earlier years are typos or placeholders (0001-01-01) and break age arithmetic. */
export const EARLIEST_DATE = '1900-01-01';
const EARLIEST_MS = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
/** A submission clock may run a little ahead of the hub's; more than this is a bad timestamp. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Practice systems forward a request within minutes of the patient sending it. One older than this
 * is a replay or a clock gone wrong: its SLA would be long breached on arrival and its ages skewed,
 * so the practice must look at it rather than the hub queue it as new.
 */
export const SUBMISSION_WINDOW_MS = 30 * 24 * 3600_000;

const isoDate = z.iso
  .date({ message: 'must be a calendar date written YYYY-MM-DD' })
  .refine((d) => d >= EARLIEST_DATE, { message: `must be on or after ${EARLIEST_DATE}` });

export const nhsNumberSchema = z
  .string()
  .transform(normaliseNhsNumber)
  .refine(isValidNhsNumber, { message: 'not a valid NHS number (10 digits with a modulus-11 check digit)' });

export const patientSchema = z.object({
  nhsNumber: nhsNumberSchema,
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  birthDate: isoDate,
  sex: sexSchema,
  phone: z.string().trim().max(40).optional(),
  email: z.email().max(200).optional(),
  preferredContact: z.enum(['phone', 'email', 'sms', 'app']).optional(),
});
export type Patient = z.infer<typeof patientSchema>;

/** Structured answers from the online form; known fields are checked, unknown ones kept as given. */
export const answersSchema = z
  .object({
    symptomArea: symptomAreaSchema.optional(),
    duration: z.string().trim().max(100).optional(),
    severity: severitySchema.optional(),
  })
  .catchall(z.union([z.string().max(2000), z.number(), z.boolean()]));
export type Answers = z.infer<typeof answersSchema>;

export const attachmentSchema = z.object({
  name: z.string().max(200),
  contentType: z.string().max(100),
  sizeBytes: z.number().int().nonnegative(),
});

export const intakeSchema = z.object({
  practiceOds: odsCodeSchema,
  submittedAt: z.iso
    .datetime({ offset: true, message: 'must be an ISO 8601 instant with an offset, e.g. 2026-11-24T10:00:00Z' })
    .refine((at) => Date.parse(at) >= EARLIEST_MS, { message: `must be on or after ${EARLIEST_DATE}` }),
  kind: kindSchema,
  patient: patientSchema,
  text: z.string().trim().min(1, 'the patient’s text is empty').max(20_000),
  answers: answersSchema.optional(),
  attachments: z.array(attachmentSchema).max(20).optional(),
});
export type IntakeRequest = z.infer<typeof intakeSchema>;

export interface FieldProblem {
  path: string;
  message: string;
}

/** The date rules that need the hub's clock: a submission from the last 30 days, not the future, by a patient already born. */
export function intakeDateProblems(request: Pick<IntakeRequest, 'submittedAt' | 'patient'>, now: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const submitted = Date.parse(request.submittedAt);
  if (submitted > now + CLOCK_SKEW_MS) problems.push({ path: 'submittedAt', message: 'must not be in the future' });
  if (submitted < now - SUBMISSION_WINDOW_MS) problems.push({ path: 'submittedAt', message: 'must be within the last 30 days' });
  // Days on the London calendar, as ages are counted (shared/rules/age.ts): a baby born today may be the patient.
  if (request.patient.birthDate > londonDateOf(new Date(submitted))) {
    problems.push({ path: 'patient.birthDate', message: 'must not be after the submission' });
  }
  return problems;
}
