// Moves SQLite's WAL checkpoints off the hub's event loop. SQLite's own checkpoint runs inside
// the COMMIT that crosses the WAL's size limit: it copies the WAL back into the database file and
// fsyncs it there, on the one thread that answers everybody, and stalled every request for
// 40–200 ms (issue #3, H3). A worker thread with its own connection checkpoints instead, on a
// timer; the writer's own automatic checkpoint is switched off while the worker runs, and back on
// if the worker ever fails, so the WAL cannot grow without bound.
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { INSTALL_ROOT } from './installRoot';

export interface CheckpointProgress {
  checkpoints: number;
  /** Frames in the WAL, and how many of them were in the database file, after the last checkpoint. */
  walFrames: number;
  copiedFrames: number;
}

/** SQLite's default: checkpoint when the WAL reaches this many pages. */
const AUTO_CHECKPOINT_PAGES = 1000;

export function startCheckpointer(sqlite: Database, path: string, options: { intervalMs?: number } = {}) {
  sqlite.pragma('wal_autocheckpoint = 0');
  let last: CheckpointProgress = { checkpoints: 0, walFrames: 0, copiedFrames: 0 };
  const listeners = new Set<(progress: CheckpointProgress) => void>();
  const worker = new Worker(join(INSTALL_ROOT, 'db', 'checkpointWorker.js'), {
    workerData: { path, intervalMs: options.intervalMs ?? 250 },
  });
  worker.unref();
  worker.on('message', (progress: CheckpointProgress) => {
    last = progress;
    for (const listener of listeners) listener(progress);
  });
  let stopped = false;
  const fallBack = () => {
    if (!stopped && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);

  return {
    progress: () => last,
    /** Resolves after the next checkpoint the worker reports; `now` asks for one at once. */
    next(options: { now?: boolean } = {}): Promise<CheckpointProgress> {
      if (options.now) worker.postMessage('checkpoint');
      return new Promise((resolve) => {
        const once = (progress: CheckpointProgress) => {
          listeners.delete(once);
          resolve(progress);
        };
        listeners.add(once);
      });
    },
    /** Asks the worker to close its connection; the last connection to close checkpoints the rest. */
    stop(): void {
      stopped = true;
      worker.postMessage('stop');
    },
  };
}

export type Checkpointer = ReturnType<typeof startCheckpointer>;
