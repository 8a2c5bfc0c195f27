// The figures' worker thread (docs/metrics.md): its own read-only connection to the hub's file (WAL lets
// it read beside the writer), the stats queries prepared on it, and each ask answered inside one read
// transaction, so every figure of an answer comes from the same committed state. Started by
// workerReader.ts; bundled as dist/server/statsWorker.js by server/tools/build.ts.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { practiceQueries } from '../../db/queries/practices';
import { staffQueries } from '../../db/queries/staff';
import { statsQueries } from '../../db/queries/stats';
import * as schema from '../../db/schema';
import { HttpError } from '../http/errors';
import { answerStats } from './answers';
import type { StatsDb, StatsSettings } from './db';
import type { WorkerAsk, WorkerReply } from './workerProtocol';

// On Linux a thread has its own nice value: this one yields to the hub's event loop when the cores are
// busy, so a figure waits for a command rather than the other way round. Elsewhere (no
// /proc/thread-self) it runs at the hub's priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
  // Not Linux, or not allowed: the figures still answer, only without the lower priority.
}

const sqlite = new Database((workerData as { path: string }).path, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
const orm = drizzle(sqlite, { schema });
const db: StatsDb = { q: { stats: statsQueries(orm), practices: practiceQueries(orm), staff: staffQueries(orm) } };
const inOneSnapshot = sqlite.transaction((ask: WorkerAsk) => answerStats(db, ask.endpoint, ask.query, ask.now, settingsOf(ask.settings)));

// Working time caches per calendar object: the same settings arrive as a new copy with every ask, so
// the last one is kept while it is equal.
let last: { key: string; settings: StatsSettings } | undefined;
function settingsOf(settings: StatsSettings): StatsSettings {
  const key = JSON.stringify(settings);
  if (last?.key !== key) last = { key, settings };
  return last.settings;
}

parentPort!.on('message', (ask: WorkerAsk) => {
  let reply: WorkerReply;
  try {
    reply = { id: ask.id, ok: true, answer: inOneSnapshot.deferred(ask) };
  } catch (err) {
    reply =
      err instanceof HttpError
        ? { id: ask.id, ok: false, error: { code: err.code, message: err.message, details: err.details } }
        : { id: ask.id, ok: false, failed: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
