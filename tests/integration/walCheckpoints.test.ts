// WAL checkpoints run on a thread of their own (db/checkpoints.ts): what a command committed reaches the
// database file itself within moments, long before the writer's own automatic checkpoint (1,000 pages of
// log) would copy it there inside somebody's commit.
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Requests in the database file alone: a copy without its -wal, so only what a checkpoint has copied back. */
function requestsInTheFile(path: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'ehub-wal-'));
  dirs.push(dir);
  const copy = join(dir, 'file-only.sqlite');
  copyFileSync(path, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from consultations').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

it('copies committed requests from the log into the database file on its own thread, without waiting for 1,000 pages', async () => {
  hub = await startTestHub();
  const path = hub.db.orm.$client.name;
  for (let i = 0; i < 5; i++) await hub.submitRequest();

  // Five requests are a few dozen pages of log: only the checkpoint thread would copy them back this soon.
  await vi.waitFor(() => expect(requestsInTheFile(path)).toBe(5), { timeout: 3_000, interval: 50 });
});
