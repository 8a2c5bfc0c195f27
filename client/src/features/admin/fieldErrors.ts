// Errors shown beside the field they concern: the form's own check with the shared zod schema before
// sending, and the hub's refusal, whose message starts with the field's path ("registrationNumber: …").
import type { z } from 'zod';
import { ApiError, messageOf } from '../../api/errors';

export type FieldErrors = Record<string, string>;

/** Each field's first problem, keyed by its dotted path. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

/**
 * The hub's refusal as field errors when it names a field the form shows, else as a sentence for the
 * whole form (a 409 or a 422 names a rule, not a field, unless its message says otherwise).
 */
export function refusalOf(failure: unknown, fields: readonly string[]): { fields: FieldErrors; form: string | null } {
  if (failure instanceof ApiError) {
    const match = /^([A-Za-z][\w.]*): (.+)$/.exec(failure.message);
    if (match && fields.some((f) => match[1] === f || match[1]!.startsWith(`${f}.`))) return { fields: { [match[1]!]: match[2]! }, form: null };
  }
  return { fields: {}, form: messageOf(failure) };
}
