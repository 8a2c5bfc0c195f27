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
  /** Lets every write already sent commit, then closes the writer's connection and its thread. */
  close(): Promise<void>;
}

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export async function startWriter(start: WriterStart): Promise<Writer> {
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
  worker.on('error', (error) => stop(error));
  worker.on('exit', (code) => stop(new Error(`The database writer stopped (exit ${code}).`)));

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
    async close() {
      if (stopped) return;
      await send('close', undefined);
      stop(new Error('The database writer has closed.'));
      await worker.terminate();
    },
  };
}
