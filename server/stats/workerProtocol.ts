// The messages between the hub and the figures' worker (workerReader.ts ↔ worker.ts): plain data,
// structured-cloned. An HttpError crosses as its code, message and details and is thrown again on the
// hub's side; anything else the worker could not answer is reported, never thrown as a 500.
import type { ErrorCode } from '../../shared/errors';
import type { StatsResource } from '../../shared/schemas/stats';
import type { StatsSettings } from './db';

export interface WorkerAsk {
  id: number;
  endpoint: StatsResource;
  query: unknown;
  now: number;
  settings: StatsSettings;
}

export type WorkerReply =
  | { id: number; ok: true; answer: object }
  | { id: number; ok: false; error: { code: ErrorCode; message: string; details?: unknown } }
  | { id: number; ok: false; failed: string };
