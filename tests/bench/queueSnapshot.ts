// Figure 1: GET /api/queue with 10,000 open requests, as a signed-in coordinator over real HTTP
// (the hub in its own process), sequential requests after a warm-up. Also an in-process anatomy
// of one snapshot (SQL, row mapping, JSON) on the same database file, to say where time goes.
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open';
import { createDirectory } from '../../server/directory';
import { createItemCache } from '../../server/views/itemCache';
import { createQueueView } from '../../server/views/queue';
import type { User } from '../../shared/schemas/api';
import { median, summarize } from './stats';

/** Medians in ms of the pieces of one snapshot, measured in this process on the same file. */
export interface QueueAnatomy {
  sqlOnly: number;
  rows: number;
  view: number;
  stringify: number;
}

export async function measureQueueSnapshot(
  url: string,
  cookie: string,
  options: { warmup: number; runs: number; /** Untimed work before each request, e.g. a change that invalidates caches. */ before?: (i: number) => Promise<void> },
) {
  const get = async () => {
    const t0 = performance.now();
    const res = await fetch(`${url}/api/queue`, { headers: { cookie } });
    const body = await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET /api/queue: ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
    return { ms, body };
  };
  for (let i = 0; i < options.warmup; i++) await get();
  const times: number[] = [];
  let last: ArrayBuffer | undefined;
  for (let i = 0; i < options.runs; i++) {
    await options.before?.(i);
    const { ms, body } = await get();
    times.push(ms);
    last = body;
  }
  const snapshot = JSON.parse(Buffer.from(last!).toString('utf8')) as { seq: number; items: { id: number; status: string }[] };
  return { latency: summarize(times), bytes: last!.byteLength, items: snapshot.items.length, snapshot };
}

/**
 * Where one snapshot's server time goes: the bare SQL (better-sqlite3, same query shape), the
 * hub's query with Drizzle's row mapping, the view mapping (toQueueItem) and JSON.stringify.
 * Opens a second connection to the hub's file (WAL lets it read beside the server).
 */
export function queueAnatomy(dbPath: string, user: User, runs = 7): QueueAnatomy {
  const db = openDatabase(dbPath);
  const raw = new Database(dbPath, { readonly: true });
  try {
    const directory = createDirectory(db);
    const view = createQueueView(db, directory, createItemCache(directory));
    const sql = raw.prepare(
      "select * from consultations where status not in ('closed', 'cancelled') order by priority, first_action_due, id",
    );
    const t = { sqlOnly: [] as number[], rows: [] as number[], view: [] as number[], stringify: [] as number[] };
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      sql.all();
      t.sqlOnly.push(performance.now() - t0);
      t0 = performance.now();
      db.q.consultations.openOrdered();
      t.rows.push(performance.now() - t0);
      t0 = performance.now();
      const snapshot = view.snapshot(user);
      t.view.push(performance.now() - t0);
      t0 = performance.now();
      JSON.stringify(snapshot);
      t.stringify.push(performance.now() - t0);
    }
    return { sqlOnly: median(t.sqlOnly), rows: median(t.rows), view: median(t.view), stringify: median(t.stringify) };
  } finally {
    raw.close();
    db.close();
  }
}
