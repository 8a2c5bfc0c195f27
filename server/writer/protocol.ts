// What passes between the hub's main thread and its writer thread: a call names an operation
// (operations.ts) and carries its argument; the reply carries the result or the error, which
// crosses as data (structured clone keeps no classes) and is rebuilt on the main thread.
import type { ErrorCode } from '../../shared/errors';
import { HttpError } from '../http/errors';
import type { HubSettings } from '../settings';
import type { WriteOperation } from './operations';

export interface WriterStart {
  dbPath: string;
  settings: HubSettings;
  /**
   * On the system clock a change is stamped when the writer decides it, inside its transaction,
   * not when the main thread sent it (which would count its wait behind other commits). An
   * injected clock (tests, the bench's seeding) is read on the main thread, where it is moved,
   * and its reading travels with the call.
   */
  stampOnWriter: boolean;
}

export type WriterCall = { id: number; op: WriteOperation | 'close'; arg: unknown };

export type WireError = { http: true; code: ErrorCode; message: string; details?: unknown } | { http: false; message: string; stack?: string };

export type WriterReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

export function toWire(error: unknown): WireError {
  if (error instanceof HttpError) return { http: true, code: error.code, message: error.message, details: error.details };
  const e = error instanceof Error ? error : new Error(String(error));
  return { http: false, message: e.message, stack: e.stack };
}

export function fromWire(wire: WireError): Error {
  if (wire.http) return new HttpError(wire.code, wire.message, wire.details);
  const error = new Error(wire.message);
  // The writer's own stack says where it failed; only the server log ever shows it.
  if (wire.stack) error.stack = wire.stack;
  return error;
}
