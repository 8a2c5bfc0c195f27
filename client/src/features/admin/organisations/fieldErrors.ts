// Errors by field for the admin forms: from the shared schema before sending, and from the hub's answer,
// whose message starts with the field it names ("memberUntil: …"), so each shows beside its field.
import type { z } from 'zod';
import { ApiError, messageOf } from '../../../api/errors';

export type FieldErrors = Record<string, string>;

/** The first problem of each field, from a failed parse of a shared schema. */
export function errorsOfIssues(issues: readonly z.core.$ZodIssue[] | readonly { path: readonly PropertyKey[] | string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = typeof issue.path === 'string' ? issue.path : String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A refusal as errors by field: the field it names if the form shows it, else the form's own error. */
export function errorsOfFailure(failure: unknown, fields: readonly string[]): FieldErrors {
  if (failure instanceof ApiError) {
    const named = /^([A-Za-z]+): (.*)$/s.exec(failure.message);
    if (named && fields.includes(named[1]!)) return { [named[1]!]: named[2]! };
  }
  return { form: messageOf(failure) };
}

/** Today as the hub compares membership dates against it (YYYY-MM-DD, UTC). */
export const today = (now: number) => new Date(now).toISOString().slice(0, 10);
