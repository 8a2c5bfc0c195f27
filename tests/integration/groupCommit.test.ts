// Group commit: changes submitted together share one durable transaction, each in its own
// savepoint, and none is acknowledged before that transaction has committed and the log holding it
// has been fsynced.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGroupCommit } from '../../db/groupCommit';
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

describe('durable before acknowledged: the log is fsynced off the event loop (db/logSync.ts)', () => {
  it('answers a change only after an fsync of the log that began after its commit', async () => {
    const before = db.commitStats().syncs;
    await db.commit(() => db.q.practices.insert(practice('G0001')));
    expect(db.commitStats().syncs).toBeGreaterThan(before);
  });

  it('shares the off-loop fsyncs of background work among the transactions that commit while one runs', async () => {
    const before = db.commitStats();
    // Each in a turn of its own, so each is its own transaction.
    const acks: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      acks.push(db.commit(() => db.q.practices.insert(practice(`H${String(i).padStart(4, '0')}`)), { background: true }));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(acks);
    const after = db.commitStats();
    expect(after.transactions - before.transactions).toBe(20);
    expect(after.syncs - before.syncs).toBeLessThan(20);
    expect(committedPractices()).toHaveLength(20);
  });

  it('makes a write outside group commit durable before it returns', () => {
    const before = db.commitStats().syncs;
    db.write(() => db.q.practices.insert(practice('J0001')));
    expect(db.commitStats().syncs).toBe(before + 1);
  });

  /** A group commit over a real connection whose fsyncs the test lets finish, or fail, when it chooses. */
  function heldDurability() {
    const sqlite = db.orm.$client;
    const transaction = sqlite.transaction((work: () => unknown) => work());
    const waits: { resolve(): void; reject(error: Error): void }[] = [];
    let nowSyncs = 0;
    const durable = { now: () => void nowSyncs++, later: () => new Promise<void>((resolve, reject) => void waits.push({ resolve, reject })) };
    const group = createGroupCommit((work) => transaction.immediate(work) as never, () => sqlite.inTransaction, durable);
    return { group, waits, nowSyncs: () => nowSyncs };
  }

  it('tells nobody of background work, and lets drain() wait, until the log is on disk; then answers in commit order', async () => {
    const { group, waits } = heldDurability();
    const answered: string[] = [];
    const first = group.submit(() => db.q.practices.insert(practice('K0001')), true).then(() => answered.push('K0001'));
    await new Promise((resolve) => setImmediate(resolve));
    const second = group.submit(() => db.q.practices.insert(practice('K0002')), true).then(() => answered.push('K0002'));
    let drained = false;
    void group.drain().then(() => (drained = true));
    await vi.waitFor(() => expect(waits).toHaveLength(2));
    // Committed and readable, but not yet durable: not acknowledged.
    expect(committedPractices()).toEqual(['K0001', 'K0002']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toEqual([]);
    expect(drained).toBe(false);
    waits[0]!.resolve();
    waits[1]!.resolve();
    await Promise.all([first, second]);
    expect(answered).toEqual(['K0001', 'K0002']);
    await vi.waitFor(() => expect(drained).toBe(true));
  });

  it('fails every change of a transaction whose fsync failed, rather than acknowledge what may not be kept', async () => {
    const { group, waits } = heldDurability();
    const results = Promise.allSettled([group.submit(() => db.q.practices.insert(practice('L0001')), true), group.submit(() => db.q.practices.insert(practice('L0002')), true)]);
    await vi.waitFor(() => expect(waits).toHaveLength(1));
    waits[0]!.reject(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    const settled = await results;
    expect(settled.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((settled[0] as PromiseRejectedResult).reason.code).toBe('EIO');
  });

  it('fsyncs a person’s change at once, which answers the background work committed before it first', async () => {
    const { group, waits, nowSyncs } = heldDurability();
    const answered: string[] = [];
    const background = group.submit(() => db.q.practices.insert(practice('M0001')), true).then(() => answered.push('background'));
    await new Promise((resolve) => setImmediate(resolve));
    const person = group.submit(() => db.q.practices.insert(practice('M0002'))).then(() => answered.push('person'));
    await Promise.all([background, person]);
    // The person's fsync covered both; the background one's own, still out, is not waited for.
    expect(nowSyncs()).toBe(1);
    expect(waits).toHaveLength(1);
    expect(answered).toEqual(['background', 'person']);
  });

  it('commits a person’s change before background work submitted in the same turn, and that work in the next transaction', async () => {
    const { group, waits, nowSyncs } = heldDurability();
    const order: string[] = [];
    const background = group.submit(() => (order.push('background'), db.q.practices.insert(practice('N0001'))), true);
    const person = group.submit(() => (order.push('person'), db.q.practices.insert(practice('N0002'))));
    await person;
    // The person's transaction held only their change, and was answered before the background work ran.
    expect(order).toEqual(['person']);
    expect(nowSyncs()).toBe(1);
    await vi.waitFor(() => expect(waits).toHaveLength(1));
    expect(order).toEqual(['person', 'background']);
    waits[0]!.resolve();
    await background;
    expect(committedPractices()).toEqual(['N0001', 'N0002']);
  });

  it('lets background work wait for people’s changes one turn only', async () => {
    const { group, waits } = heldDurability();
    const order: string[] = [];
    const background = group.submit(() => order.push('background'), true);
    const people: Promise<unknown>[] = [group.submit(() => order.push('person 1'))];
    // People keep coming, each turn: the background work goes in the second transaction even so.
    await new Promise((resolve) => setImmediate(resolve));
    people.push(group.submit(() => order.push('person 2')));
    await Promise.all(people);
    await vi.waitFor(() => expect(order).toContain('background'));
    expect(order.slice(0, 2)).toEqual(['person 1', 'background']);
    for (const w of waits) w.resolve();
    await background;
  });
});
