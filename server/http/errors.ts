// One way to fail: HttpError carries a shared error code; one middleware turns anything thrown
// into { error: { code, message } }, and never leaks a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { ERROR_CODES, type ErrorCode, type Verdict } from '../../shared/errors';
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

export const fail = (code: ErrorCode, message: string, details?: unknown): never => {
  throw new HttpError(code, message, details);
};

export function assertAllowed(verdict: Verdict): void {
  if (!verdict.ok) throw new HttpError(verdict.code, verdict.message);
}

/** Names the first bad field so the caller can fix it: "patient.nhsNumber: not a valid NHS number". */
export function validationError(error: ZodError, codeFor?: (path: string) => ErrorCode | undefined): HttpError {
  const issue = error.issues[0]!;
  const path = issue.path.join('.');
  const code = codeFor?.(path) ?? 'VALIDATION_FAILED';
  return new HttpError(code, path ? `${path}: ${issue.message}` : issue.message, {
    fields: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}

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
      log.error({ err: { message: err?.message, stack: err?.stack }, method: req.method, path: req.route?.path ?? 'unmatched' }, 'unhandled error');
      error = new HttpError('INTERNAL', 'Something went wrong in the hub; the change was not made.');
    }
    const body: { error: { code: string; message: string; details?: unknown } } = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    res.status(error.status).json(body);
  };
}
