// The one error the client's API layer throws: the server's shared code, its sentence and the HTTP status.
import type { ErrorCode } from '../../../shared/errors';

/** Codes the client adds for failures that never reached the hub's error handler. */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'NOTHING_WAITING';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | ClientErrorCode | (string & {}),
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (error: unknown, ...codes: string[]): error is ApiError =>
  error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));

/** A sentence to show for anything thrown, without leaking internals. */
export const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
