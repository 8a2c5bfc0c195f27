// WAL checkpoints away from the event loop. SQLite copies the write-ahead log back into the database
// file in a checkpoint, and by default the connection that commits past 1,000 pages of log does it
// inside that commit: on the hub's one writing connection that is a person's command waiting 10-30 ms
// while pages are copied and the file is fsynced, every few seconds under load (docs/benchmarks.md, M2).
// Here a thread of its own, with its own connection to the file, checkpoints a little and often
// (PASSIVE: it never waits for, or blocks, the writer or a reader), so the log restarts while it is
// small and the writer's own automatic checkpoint, left at SQLite's default, is only a fallback for
// when this thread falls behind (a long read holding old pages, say).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The thread's whole program, as source: plain CommonJS needs no TypeScript loader, so it starts in
 * milliseconds for every hub, tests' included, whether the hub runs from source or from dist/.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
let failed = false;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failed = false;
  } catch (err) {
    // Said once until one succeeds again: SQLite's words name no row and no patient.
    if (!failed) parentPort.postMessage({ failed: String(err && err.message) });
    failed = true;
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Often enough that the log rarely passes a few hundred pages between two checkpoints. */
const INTERVAL_MS = 100;

export interface Checkpoints {
  /** Stops the thread after its current checkpoint and closes its connection (before the hub's own closes). */
  stop(): Promise<void>;
}

export function startCheckpoints(path: string, onFailure: (message: string) => void, intervalMs = INTERVAL_MS): Checkpoints {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { path, driver, intervalMs } });
  worker.on('message', (m: { failed: string }) => onFailure(m.failed));
  // A thread that fails to start leaves the writer's own automatic checkpoints, as before.
  worker.on('error', (err) => onFailure(err.message));
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop() {
      // Held while it finishes: an unreferenced thread would let a process with nothing else to do exit under it.
      worker.ref();
      worker.postMessage('stop');
      return exited;
    },
  };
}
