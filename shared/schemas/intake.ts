// What a practice's online consultation system submits to POST /api/intake (docs/api.md).
import { z } from 'zod';
import { isValidNhsNumber, normaliseNhsNumber } from '../nhsNumber';
import { kindSchema, odsCodeSchema, severitySchema, sexSchema, symptomAreaSchema } from './domain';

const isoDate = z.iso.date({ message: 'a date is YYYY-MM-DD' });

export const nhsNumberSchema = z
  .string()
  .transform(normaliseNhsNumber)
  .refine(isValidNhsNumber, { message: 'not a valid NHS number (10 digits with a modulus-11 check digit)' });

export const patientSchema = z.object({
  nhsNumber: nhsNumberSchema,
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  birthDate: isoDate.refine((d) => new Date(`${d}T00:00:00Z`).getTime() <= Date.now(), {
    message: 'birth date is in the future',
  }),
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
  submittedAt: z.iso.datetime({ offset: true, message: 'submittedAt is an ISO 8601 instant' }),
  kind: kindSchema,
  patient: patientSchema,
  text: z.string().trim().min(1, 'the patient’s text is empty').max(20_000),
  answers: answersSchema.optional(),
  attachments: z.array(attachmentSchema).max(20).optional(),
});
export type IntakeRequest = z.infer<typeof intakeSchema>;
