// Staff accounts as the admin screens and their routes see them (docs/admin.md, "Staff"): the bounds the
// server enforces and the client's form checks before sending. Never a password hash.
import { z } from 'zod';
import { accessProblems, REGISTRATION_BODIES } from '../rules/staffAccess';
import { roleSchema, ROLES } from './domain';

/** Lower case so two accounts never differ only by case (the sign-in throttle counts them as one). */
export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'at least 3 characters')
  .max(32, 'at most 32 characters')
  .regex(/^[a-z][a-z0-9._-]*$/, 'lower-case letters, digits, dots, hyphens and underscores, starting with a letter');

export const staffNameSchema = z.string().trim().min(1, 'the name is needed').max(100, 'at most 100 characters');

/**
 * A password an admin sets: long rather than complex (NCSC guidance), and not the username. The
 * username check needs the account, so the route makes it (passwordProblem below).
 */
export const PASSWORD_BOUNDS = { min: 12, max: 200 } as const;
export const passwordSchema = z.string().min(PASSWORD_BOUNDS.min, `at least ${PASSWORD_BOUNDS.min} characters`).max(PASSWORD_BOUNDS.max, `at most ${PASSWORD_BOUNDS.max} characters`);
export const passwordProblem = (password: string, username: string): string | undefined =>
  password.toLowerCase().includes(username.toLowerCase()) ? 'the password must not contain the username' : undefined;

const accessFields = {
  roles: z.array(roleSchema).min(1, 'at least one role').max(ROLES.length),
  practiceOds: z.string().trim().regex(/^[A-Z0-9]{3,10}$/, 'an ODS code: 3 to 10 capital letters and digits').nullable().default(null),
  registrationBody: z.enum(REGISTRATION_BODIES).nullable().default(null),
  registrationNumber: z.string().trim().toUpperCase().max(20, 'at most 20 characters').nullable().default(null),
};

/** The rules about roles together (shared/rules/staffAccess.ts), as issues on the fields they concern. */
function checkAccess(value: z.infer<z.ZodObject<typeof accessFields>>, ctx: z.RefinementCtx) {
  for (const problem of accessProblems(value)) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
}

/** POST /api/admin/staff: a new account; the hub answers with a temporary password, shown once. */
export const createStaffSchema = z.object({ username: usernameSchema, name: staffNameSchema, ...accessFields }).strict().superRefine(checkAccess);
export type CreateStaffBody = z.input<typeof createStaffSchema>;

/** PUT /api/admin/staff/:id: the name, roles, practice and registration, replaced whole. */
export const changeStaffSchema = z.object({ name: staffNameSchema, ...accessFields }).strict().superRefine(checkAccess);
export type ChangeStaffBody = z.input<typeof changeStaffSchema>;

/** POST /api/admin/staff/:id/reset-password: the admin's chosen password, or none for a temporary one. */
export const resetPasswordSchema = z.object({ password: passwordSchema.optional() }).strict();
export type ResetPasswordBody = z.infer<typeof resetPasswordSchema>;

export const staffAccountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  practiceOds: z.string().nullable(),
  registrationBody: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  active: z.boolean(),
  /** Failed sign-ins counted against the username in the throttle's window: an admin may unlock them. */
  recentFailedSignIns: z.number().int().nonnegative(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

export const staffAccountListSchema = z.object({ staff: z.array(staffAccountSchema) });
export const staffAccountReplySchema = z.object({ account: staffAccountSchema });
/** A temporary password travels once, in this reply, and is never stored or logged in clear. */
export const passwordReplySchema = z.object({ account: staffAccountSchema, temporaryPassword: z.string().nullable() });
export type PasswordReply = z.infer<typeof passwordReplySchema>;
