// What an admin may set on a member practice or a community pharmacy (docs/admin.md): the bounds the
// API enforces and the admin forms check before sending, so both refuse the same things in the same words.
import { z } from 'zod';
import { odsCodeSchema } from './domain';

/** No control characters, braces or angle brackets: these values are written into patient messages,
 * whose placeholders are `{…}` and which must stay plain text (shared/rules/patientMessages.ts). */
const plainWords = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} is at most ${max} characters`)
    .refine((s) => !/[\p{Cc}{}<>]/u.test(s), `${field} is plain words, without braces, angle brackets or control characters`);

/** A calendar day, YYYY-MM-DD, that exists (no 31 June, no 29 February outside a leap year). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((s) => {
    const day = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
  }, 'not a date in the calendar');

/**
 * How far from today a join or leave date may lie: a practice's membership is recorded when it is
 * agreed, so a date more than 10 years back or 2 years ahead is a typing mistake, not a plan.
 */
export const MEMBERSHIP_YEARS_BACK = 10;
export const MEMBERSHIP_YEARS_AHEAD = 2;

export const practiceNameSchema = plainWords('name', 80);

export const addPracticeBodySchema = z
  .object({
    ods: odsCodeSchema,
    name: practiceNameSchema,
    /** The first day the hub takes the practice's requests. */
    memberSince: calendarDateSchema,
    /** The last day it takes them; null or absent while the practice stays. */
    memberUntil: calendarDateSchema.nullable().optional(),
  })
  .strict();
export type AddPracticeBody = z.infer<typeof addPracticeBodySchema>;

/** The fields alone, for the server to add the ODS code from the path before the whole-body check. */
export const editPracticeFieldsSchema = z.object({ name: practiceNameSchema.optional(), memberUntil: calendarDateSchema.nullable().optional() }).strict();
export const somethingToChange = (b: object) => Object.values(b).some((v) => v !== undefined);
export const editPracticeBodySchema = editPracticeFieldsSchema.refine(somethingToChange, 'send name, memberUntil or both');
export type EditPracticeBody = z.infer<typeof editPracticeBodySchema>;

const shiftYears = (day: string, years: number) => `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

/**
 * The membership dates' problems against today (YYYY-MM-DD): within the bounds above, and leaving
 * no earlier than joining. Each names its field, for the API's answer and the form alike.
 */
export function membershipDateProblems(dates: { memberSince: string; memberUntil?: string | null }, today: string): { path: string; message: string }[] {
  const earliest = shiftYears(today, -MEMBERSHIP_YEARS_BACK);
  const latest = shiftYears(today, MEMBERSHIP_YEARS_AHEAD);
  const problems: { path: string; message: string }[] = [];
  const check = (path: string, day: string) => {
    if (day < earliest) problems.push({ path, message: `a date no more than ${MEMBERSHIP_YEARS_BACK} years ago (from ${earliest})` });
    else if (day > latest) problems.push({ path, message: `a date no more than ${MEMBERSHIP_YEARS_AHEAD} years ahead (until ${latest})` });
  };
  check('memberSince', dates.memberSince);
  if (dates.memberUntil) {
    check('memberUntil', dates.memberUntil);
    if (dates.memberUntil < dates.memberSince) problems.push({ path: 'memberUntil', message: `the practice cannot leave before it joins (${dates.memberSince})` });
  }
  return problems;
}

/** UK telephone numbers as patients dial them: digits, spaces and an optional leading +44. */
const phoneSchema = z
  .string()
  .trim()
  .max(20, 'phone is at most 20 characters')
  .regex(/^(\+44\s?|0)[\d ]{9,16}$/, 'phone is a UK number: 0 or +44, then digits and spaces');

/** Bounded so the longest pharmacy still fits a text message's referral template (918 characters). */
const pharmacyDetails = {
  name: plainWords('name', 80),
  address: plainWords('address', 150).nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  openingHours: plainWords('openingHours', 120).nullable().optional(),
  /** Online-only: no examination in person, so not for otitis media (Pharmacy First). */
  distanceSelling: z.boolean().optional(),
};

export const addPharmacyBodySchema = z.object({ ods: odsCodeSchema, ...pharmacyDetails }).strict();
export type AddPharmacyBody = z.infer<typeof addPharmacyBodySchema>;

export const editPharmacyFieldsSchema = z.object({ ...pharmacyDetails, name: pharmacyDetails.name.optional() }).strict();
export const editPharmacyBodySchema = editPharmacyFieldsSchema.refine(somethingToChange, 'send at least one field to change');
export type EditPharmacyBody = z.infer<typeof editPharmacyBodySchema>;

/** GET /api/admin/practices: whether a key is set, never the key nor its hash. */
export const adminPracticeSchema = z.object({
  ods: z.string(),
  name: z.string(),
  memberSince: z.string(),
  memberUntil: z.string().nullable(),
  listSize: z.number().nullable(),
  keySet: z.boolean(),
});
export type AdminPractice = z.infer<typeof adminPracticeSchema>;
export const adminPracticesAnswerSchema = z.object({ practices: z.array(adminPracticeSchema) });

export const adminPharmacySchema = z.object({
  ods: z.string(),
  name: z.string(),
  distanceSelling: z.boolean(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  openingHours: z.string().nullable(),
  keySet: z.boolean(),
});
export type AdminPharmacy = z.infer<typeof adminPharmacySchema>;
export const adminPharmaciesAnswerSchema = z.object({ pharmacies: z.array(adminPharmacySchema) });

/** A new key, in the one answer that ever carries it. */
export const newKeyAnswerSchema = z.object({ ods: z.string(), key: z.string() });
export type NewKeyAnswer = z.infer<typeof newKeyAnswerSchema>;
