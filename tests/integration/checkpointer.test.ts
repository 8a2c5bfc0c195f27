// WAL checkpoints happen on the checkpointer's thread, never inside the hub's own COMMITs, so a
// checkpoint's copying and fsync never stall the event loop that answers everybody.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type HubDatabase } from '../../db/open';

let dir: string;
let path: string;
let db: HubDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-checkpoint-'));
  path = join(dir, 'hub.sqlite');
  // Checkpoints only when a test asks, so what the writer does alone can be seen.
  db = openDatabase(path, { checkpointIntervalMs: 3_600_000 });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const practice = (i: number) => ({ ods: `P${String(i).padStart(5, '0')}`, name: `Practice ${i} ${'x'.repeat(400)}`, memberSince: '2025-04-01', memberUntil: null, intakeKeyHash: `hash-${i}` });

it('copies committed changes back into the database file from its own thread', async () => {
  const before = statSync(path).size;
  // Far more than SQLite's own 1,000-page checkpoint threshold, which would otherwise fire inside a COMMIT.
  for (let batch = 0; batch < 40; batch++) {
    await db.commit(() => {
      for (let i = 0; i < 100; i++) db.q.practices.insert(practice(batch * 100 + i));
    });
  }
  const wal = statSync(`${path}-wal`).size;
  expect(statSync(path).size).toBe(before); // the writer itself checkpointed nothing

  const progress = await db.checkpointer!.next({ now: true });
  expect(progress.walFrames).toBeGreaterThan(0);
  expect(progress.copiedFrames).toBe(progress.walFrames);
  expect(statSync(path).size).toBeGreaterThan(before + wal / 4);

  // The database file alone, with the WAL set aside, now holds every committed row.
  const copy = join(dir, 'copy.sqlite');
  const reader = new Database(path, { readonly: true });
  await reader.backup(copy);
  reader.close();
  const count = new Database(copy, { readonly: true });
  expect((count.prepare('select count(*) as n from practices').get() as { n: number }).n).toBe(4000);
  count.close();
});

it('goes on writing while the checkpointer copies, and the writer then reuses the WAL from its start', async () => {
  for (let round = 0; round < 3; round++) {
    await db.commit(() => {
      for (let i = 0; i < 200; i++) db.q.practices.insert(practice(round * 1000 + i));
    });
    await db.checkpointer!.next({ now: true });
  }
  const walAfterRounds = statSync(`${path}-wal`).size;
  // A WAL that was never reset would hold all three rounds' pages; a reset one about one round's.
  await db.commit(() => db.q.practices.insert(practice(99_999)));
  expect(statSync(`${path}-wal`).size).toBeLessThanOrEqual(walAfterRounds);
});
