// The main thread's side of the writer thread: call an operation by name and get a promise of
// its result, settled once the write has committed (or been refused). Calls reach the writer in
// the order they are made. If the thread dies, what was waiting fails and later calls are refused
// with 503: nothing is acknowledged that was not committed.
import { Worker } from 'node:worker_threads';
import { HttpError } from '../http/errors';
import type { WriteOperation, WriteOperations } from './operations';
import { fromWire, type WriterCall, type WriterReply, type WriterStart } from './protocol';
import { writerThreadFile } from './threadFile';

type Result<K extends WriteOperation> = Awaited<ReturnType<WriteOperations[K]>>;

export interface Writer {
  call<K extends WriteOperation>(op: K, ...arg: Parameters<WriteOperations[K]>): Promise<Result<K>>;
  /**
   * The same without an answer to wait for, for what only keeps the writer's copies in step (names,
   * settings). If the writer has stopped, every write is refused anyway, and that is reported.
   */
  tell<K extends WriteOperation>(op: K, ...arg: Parameters<WriteOperations[K]>): void;
  /** False once the thread has stopped (closed, or died): every call is then refused. */
  running(): boolean;
  /** Lets every write already sent commit, then closes the writer's connection and its thread. */
  close(): Promise<void>;
}

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** `onFailure` hears of the thread stopping unasked (an error in it, or its exit), to log it. */
export async function startWriter(start: WriterStart, onFailure?: (error: Error) => void): Promise<Writer> {
  const worker = new Worker(await writerThreadFile(), { workerData: start, execArgv: [] });
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let stopped: Error | undefined;

  const stop = (reason: Error) => {
    stopped ??= reason;
    for (const w of waiting.values()) w.reject(reason);
    waiting.clear();
  };

  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => {
      worker.off('message', ready);
      worker.off('exit', exited);
      reject(error);
    };
    const exited = (code: number) => failed(new Error(`The database writer stopped as it started (exit ${code}).`));
    const ready = () => {
      worker.off('error', failed);
      worker.off('exit', exited);
      resolve();
    };
    worker.once('message', ready);
    worker.once('error', failed);
    worker.once('exit', exited);
  });
  worker.on('message', (reply: WriterReply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.value);
    else w.reject(fromWire(reply.error));
  });
  const failed = (error: Error) => {
    if (!stopped) onFailure?.(error);
    stop(error);
  };
  worker.on('error', failed);
  worker.on('exit', (code) => failed(new Error(`The database writer stopped (exit ${code}).`)));

  function send(op: WriterCall['op'], arg: unknown): Promise<unknown> {
    if (stopped) return Promise.reject(new HttpError('UNAVAILABLE', 'The hub cannot save changes just now; nothing was changed. Try again shortly.'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, op, arg } satisfies WriterCall);
    });
  }

  return {
    call: (op, ...arg) => send(op, arg[0]) as never,
    tell: (op, ...arg) => void send(op, arg[0]).catch(() => undefined),
    running: () => stopped === undefined,
    async close() {
      if (stopped) return;
      await send('close', undefined);
      stop(new Error('The database writer has closed.'));
      await worker.terminate();
    },
  };
}
