// Making commits durable, and where the wait for the disk falls (docs/architecture.md, "Group commit").
// With synchronous=FULL, SQLite fsyncs the write-ahead log inside every COMMIT, on the thread that
// commits: on the hub's one writing connection that is the event loop, whoever committed. The hub runs
// synchronous=NORMAL, under which a commit only writes its frames to the log (SQLite still syncs the
// log itself before each checkpoint and when the log is reused), and syncs the log file here before
// anyone is told of a commit: at once on the event loop for a person's change (`syncNow`), or on
// libuv's thread pool for the hub's background work (`sync`), so that people's commands are not held
// for the dispatcher's disk waits (docs/benchmarks.md, M2). What is acknowledged has been synced as
// FULL would have done it. fdatasync, as SQLite uses on Linux: the log's data and length, not its times.
//
// One sync at a time off the loop: the commits that land while one runs share the next, so a burst
// costs two at most, and a slow disk is asked for no more than it can make.
import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';

export interface LogSync {
  /** Resolves once everything committed before the call is on disk. */
  sync(): Promise<void>;
  /** The same, blocking: for writes outside group commit (seeding, tools, the audit head's checkpoint). */
  syncNow(): void;
  /** fsyncs made so far, for the tests and the benchmarks. */
  count(): number;
  close(): void;
}

/** The write-ahead log's file, as SQLite names it beside the database (https://sqlite.org/wal.html). */
export const walPath = (dbPath: string): string => `${dbPath}-wal`;

export function syncLogFile(path: string): LogSync {
  let fd: number | undefined;
  let syncs = 0;
  /** The fsync under way, and the one booked to start after it for the commits that came meanwhile. */
  let running: Promise<void> | undefined;
  let booked: Promise<void> | undefined;

  // Opened at the first sync. SQLite makes the log at the first write in WAL mode, truncates and reuses
  // it, and removes it only when the last connection closes (ours closes first); with no log yet, nothing
  // has been committed to it and there is nothing to sync.
  const descriptor = (): number | undefined => {
    if (fd === undefined) {
      try {
        fd = openSync(path, 'r');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    return fd;
  };

  const start = (): Promise<void> => {
    const file = descriptor();
    if (file === undefined) return Promise.resolve();
    syncs++;
    const current = new Promise<void>((resolve, reject) => fdatasync(file, (err) => (err ? reject(err) : resolve()))).finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };

  function sync(): Promise<void> {
    if (!running) return start();
    // The fsync under way may have begun before this commit's frames were written: book one after it.
    booked ??= running
      .catch(() => undefined)
      .then(() => {
        booked = undefined;
        return sync();
      });
    return booked;
  }

  return {
    sync,
    syncNow() {
      const file = descriptor();
      if (file === undefined) return;
      syncs++;
      fdatasyncSync(file);
    },
    count: () => syncs,
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
