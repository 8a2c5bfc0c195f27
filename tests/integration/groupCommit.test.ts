// Group commit: changes submitted together share one durable transaction, each in its own
// savepoint, and none is acknowledged before that transaction has committed.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type HubDatabase } from '../../db/open';
import type { AuditEntry } from '../../db/queries/audit';
import { practices } from '../../db/schema';

let dir: string;
let db: HubDatabase;
/** A second connection to the same file: it sees only what has been committed. */
let reader: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-group-'));
  db = openDatabase(join(dir, 'hub.sqlite'));
  reader = new Database(join(dir, 'hub.sqlite'), { readonly: true });
});
afterEach(() => {
  reader.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const practice = (ods: string) => ({ ods, name: `Practice ${ods}`, memberSince: '2025-04-01', memberUntil: null, intakeKeyHash: `hash-${ods}` });
const committedPractices = () => (reader.prepare('select ods from practices order by ods').all() as { ods: string }[]).map((r) => r.ods);
const entry = (action: string): AuditEntry => ({
  at: 1,
  actorId: 'staff:1',
  actorRole: 'coordinator',
  action,
  consultationId: null,
  subject: null,
  before: null,
  after: null,
  reason: null,
});

it('writes changes submitted together in one transaction, so none is visible until all commit', async () => {
  const seenByOthers: string[][] = [];
  await Promise.all([
    db.commit(() => db.q.practices.insert(practice('A0001'))),
    db.commit(() => {
      seenByOthers.push(committedPractices());
      db.q.practices.insert(practice('A0002'));
    }),
  ]);
  expect(seenByOthers).toEqual([[]]);
  expect(committedPractices()).toEqual(['A0001', 'A0002']);
});

it('acknowledges a change only once it is committed and readable by another connection', async () => {
  const visibleWhenAcknowledged = await db.commit(() => db.q.practices.insert(practice('B0001'))).then(() => committedPractices());
  expect(visibleWhenAcknowledged).toEqual(['B0001']);
});

it('rolls back a refused change alone; the others in its transaction commit', async () => {
  const results = await Promise.allSettled([
    db.commit(() => db.q.practices.insert(practice('C0001'))),
    db.commit(() => {
      db.q.practices.insert(practice('C0002'));
      throw new Error('refused after writing');
    }),
    db.commit(() => db.q.practices.insert(practice('C0003'))),
  ]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused after writing');
  expect(committedPractices()).toEqual(['C0001', 'C0003']);
});

it('keeps the audit chain whole when a change in the middle of a shared transaction rolls back', async () => {
  await Promise.allSettled([
    db.commit(() => db.q.audit.append(entry('first'))),
    db.commit(() => {
      db.q.audit.append(entry('refused'));
      throw new Error('refused');
    }),
    db.commit(() => db.q.audit.append(entry('third'))),
  ]);
  await db.commit(() => db.q.audit.append(entry('later')));
  expect(db.q.audit.verify()).toEqual({ ok: true, rows: 3 });
  expect((reader.prepare('select action from audit_log order by id').all() as { action: string }[]).map((r) => r.action)).toEqual(['first', 'third', 'later']);
});

it('tells every change in the transaction when its COMMIT fails, and keeps none of them', async () => {
  const results = await Promise.allSettled([
    db.commit(() => db.q.practices.insert(practice('D0001'))),
    db.commit(() => {
      db.q.audit.append(entry('in the failed transaction'));
      // A deferred foreign-key violation is only found at COMMIT.
      db.orm.$client.pragma('defer_foreign_keys = ON');
      db.q.staff.createSession({ tokenHash: 'orphan', staffId: 999, createdAt: 1, expiresAt: 2 });
    }),
  ]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  expect((results[0] as PromiseRejectedResult).reason.code).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  expect(committedPractices()).toEqual([]);
  // The failed transaction's audit row never became the chain's tip.
  await db.commit(() => db.q.audit.append(entry('after the failure')));
  expect(db.q.audit.verify()).toEqual({ ok: true, rows: 1 });
});

it('lets drain() wait for every change submitted so far', async () => {
  let acknowledged = 0;
  for (let i = 0; i < 100; i++) void db.commit(() => db.q.practices.insert(practice(`E${String(i).padStart(4, '0')}`))).then(() => acknowledged++);
  await db.drain();
  expect(committedPractices()).toHaveLength(100);
  expect(acknowledged).toBe(100);
});

/** Files this process holds open that SQLite made for itself (its temp files are named etilqs_*). */
const openSqliteTempFiles = () =>
  readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      return target.includes('etilqs_') ? [target] : [];
    } catch {
      return [];
    }
  });

it.runIf(process.platform === 'linux')('keeps the savepoints of a shared transaction in memory, not in a temp file', async () => {
  // Enough committed rows that rewriting them all in one savepoint journals well over 64 KiB of
  // pages, the size past which SQLite would spill a savepoint's journal to a temp file.
  db.write(() => {
    for (let i = 0; i < 3000; i++) db.q.practices.insert(practice(`F${String(i).padStart(4, '0')}`));
  });
  const seen: string[][] = [];
  await Promise.all([
    db.commit(() => db.orm.update(practices).set({ name: 'Renamed in the first savepoint' }).run()),
    db.commit(() => {
      seen.push(openSqliteTempFiles());
      db.orm.update(practices).set({ name: 'Renamed in the second savepoint' }).run();
    }),
  ]);
  expect(seen).toEqual([[]]);
  expect(reader.prepare('select distinct name from practices').pluck().all()).toEqual(['Renamed in the second savepoint']);
});
