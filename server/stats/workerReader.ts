// The figures on a worker thread (docs/metrics.md): asks go to worker.ts, which answers on its own
// read-only connection, so the event loop stays free for people's commands. Started at the first ask;
// if it dies (or an ask runs past its time, when it is stopped), the asks waiting on it are answered
// 503 STATS_UNAVAILABLE and the next ask starts a new one.
import type { Worker } from 'node:worker_threads';
import { HttpError } from '../http/errors';
import type { Logger } from '../logger';
import { spawnWorker } from '../spawnWorker';
import type { StatsReader } from './reader';
import type { WorkerAsk, WorkerReply } from './workerProtocol';

const ASK_TIMEOUT_MS = 60_000;

/** The bundle's sibling statsWorker.js when running from dist/ (npm start), else the TypeScript source. */
const spawn = (path: string): Worker => spawnWorker('server/stats/worker.ts', 'statsWorker.js', { path });

const unavailable = () => new HttpError('STATS_UNAVAILABLE', 'The figures could not be computed just now; try again in a moment.');

export function workerStatsReader(path: string, options: { log?: Logger; timeoutMs?: number } = {}): StatsReader {
  const timeoutMs = options.timeoutMs ?? ASK_TIMEOUT_MS;
  let worker: Worker | null = null;
  const stopped = new WeakSet<Worker>();
  const stop = (w: Worker) => {
    stopped.add(w);
    return w.terminate();
  };
  let nextId = 1;
  const pending = new Map<number, { resolve(answer: object): void; reject(err: Error): void; timer: NodeJS.Timeout }>();

  function settle(id: number): { resolve(answer: object): void; reject(err: Error): void } | undefined {
    const ask = pending.get(id);
    if (!ask) return undefined;
    pending.delete(id);
    clearTimeout(ask.timer);
    return ask;
  }

  function failAll() {
    for (const id of [...pending.keys()]) settle(id)!.reject(unavailable());
  }

  function started(): Worker {
    if (worker) return worker;
    const w = spawn(path);
    // The hub may exit with the worker still running: it holds no one's change.
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      const ask = settle(reply.id);
      if (!ask) return;
      if (reply.ok) ask.resolve(reply.answer);
      else if ('error' in reply) ask.reject(new HttpError(reply.error.code, reply.error.message, reply.error.details));
      else {
        options.log?.error({ err: reply.failed }, 'the figures worker could not answer');
        ask.reject(unavailable());
      }
    });
    w.on('error', (err) => options.log?.error({ err }, 'the figures worker failed'));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      if (!stopped.has(w)) options.log?.warn({ code }, 'the figures worker stopped; the next ask starts another');
      failAll();
    });
    worker = w;
    return w;
  }

  return {
    answer(endpoint, ask) {
      const w = started();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          options.log?.error({ endpoint, timeoutMs }, 'a figure took too long; the figures worker is stopped and will be started again');
          settle(id)?.reject(unavailable());
          void stop(w);
        }, timeoutMs);
        pending.set(id, { resolve, reject, timer });
        const message: WorkerAsk = { id, endpoint, query: ask.query, now: ask.now, settings: { calendar: ask.settings.calendar, sla: ask.settings.sla } };
        w.postMessage(message);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await stop(w);
    },
  };
}
