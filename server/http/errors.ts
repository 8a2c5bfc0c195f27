// One way to fail: HttpError carries a shared error code; one middleware turns anything thrown
// into { error: { code, message } }, and never leaks a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError, type core } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors';
import { WorkingTimeLimitError } from '../../shared/time/workingTime';
import type { Logger } from '../logger';

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_CODES[code];
  }
}

/**
 * What was wrong, in words that name the rule and never the submitted value (answers reach logs,
 * screens and support tickets). Zod's own messages name types, limits and allowed values; the
 * exception is an unknown key, whose name the sender chose.
 */
function ruleOf(issue: core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'only the documented fields are accepted';
  return issue.message;
}

/** Names the first bad field so the caller can fix it: "patient.nhsNumber: not a valid NHS number". */
export function validationError(error: ZodError, codeFor?: (path: string) => ErrorCode | undefined): HttpError {
  const issue = error.issues[0]!;
  const path = issue.path.join('.');
  const code = codeFor?.(path) ?? 'VALIDATION_FAILED';
  return new HttpError(code, path ? `${path}: ${ruleOf(issue)}` : ruleOf(issue), {
    fields: error.issues.map((i) => ({ path: i.path.join('.'), message: ruleOf(i) })),
  });
}

/** An unexpected error for the log: its kind and where it was thrown. Not its message, which may quote a submitted value. */
export const loggableError = (err: unknown) => {
  if (!(err instanceof Error)) return { name: typeof err, frames: [] };
  // V8 writes "Name: message" and then the frames; a stack that does not start so is not split.
  const head = String(err);
  const frames = err.stack?.startsWith(head) ? err.stack.slice(head.length).split('\n').map((line) => line.trim()).filter((line) => line.startsWith('at ')) : [];
  const code = (err as { code?: unknown }).code;
  return { name: err.name, code: typeof code === 'string' ? code : undefined, frames };
};

export const notFound: RequestHandler = (req, _res, next) => next(new HttpError('NOT_FOUND', `No such endpoint: ${req.method} ${req.path}`));

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let error: HttpError;
    if (err instanceof HttpError) error = err;
    else if (err instanceof ZodError) error = validationError(err);
    // Bounded settings keep every walk inside its horizon; if one still meets it, say so rather than 500.
    else if (err instanceof WorkingTimeLimitError) error = new HttpError('CALENDAR_HAS_NO_OPENING', 'The hub calendar leaves no working time for this deadline; ask an admin to check the hours and closures.');
    else if (err?.type === 'entity.too.large') error = new HttpError('PAYLOAD_TOO_LARGE', 'The request body is larger than the hub accepts.');
    else if (err?.type === 'entity.parse.failed') error = new HttpError('INVALID_JSON', 'The request body is not valid JSON.');
    else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) error = new HttpError('BAD_REQUEST', 'The request could not be read.');
    else {
      log.error({ err: loggableError(err), method: req.method, path: req.route?.path ?? 'unmatched' }, 'unhandled error');
      error = new HttpError('INTERNAL', 'Something went wrong in the hub; the change was not made.');
    }
    const body: { error: { code: string; message: string; details?: unknown } } = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    res.status(error.status).json(body);
  };
}
