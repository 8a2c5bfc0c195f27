// Opens the hub's SQLite database: durable settings, migrations applied, queries prepared.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as schema from './schema';
import { prepareQueries, type Queries } from './queries';
import { createGroupCommit } from './groupCommit';
import { syncLogFile, walPath } from './logSync';
import { INSTALL_ROOT } from './installRoot';
import { loadAuditKey, type AuditKeyEnv } from './audit/key';
import { fileAuditHead, headFilePath } from './audit/head';
import { keepAuditHead } from './audit/keeper';

const MIGRATIONS = join(INSTALL_ROOT, 'db', 'migrations');

export type Orm = ReturnType<typeof drizzle<typeof schema>>;

export interface HubDatabase {
  orm: Orm;
  q: Queries;
  /**
   * Runs `work` in one BEGIN IMMEDIATE transaction: all of it commits, or none. Inside another
   * write it becomes a savepoint, which rolls back alone if `work` throws.
   */
  write<T>(work: () => T): T;
  /**
   * Runs `work` like `write`, but in a transaction shared with the other changes submitted in the
   * same turn of the event loop (group commit); settles only after that transaction is durable.
   * `background`: the hub's own work, nobody waiting on it; its fsync may wait off the event loop.
   */
  commit<T>(work: () => T, options?: { background?: boolean }): Promise<T>;
  /** Resolves once every change submitted to `commit` so far has settled. */
  drain(): Promise<void>;
  /** Transactions and changes through `commit` so far (changes per transaction is the grouping), and fsyncs of the log. */
  commitStats(): { transactions: number; changes: number; syncs: number };
  /** A cheap round trip that proves the database answers. */
  ping(): boolean;
  close(): void;
}

export interface OpenOptions {
  /** Where the audit key is (db/audit/key.ts); process.env by default. */
  auditKeyEnv?: AuditKeyEnv;
  /** Wall time, for the audit checkpoint and the row that keys a legacy chain. */
  now?: () => number;
}

export function openDatabase(path: string, options: OpenOptions = {}): HubDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const auditKey = loadAuditKey(path, options.auditKeyEnv).key;
  const sqlite = new Database(path);
  // WAL lets readers run beside the writer. An acknowledged commit must survive power loss: SQLite's
  // synchronous=FULL would fsync the log inside each COMMIT, on the event loop, whoever committed;
  // instead the log is fsynced here before any write is acknowledged (db/logSync.ts), at once for a
  // person's change and on another thread for the hub's background work (db/groupCommit.ts), and
  // NORMAL leaves SQLite the syncs it makes around checkpoints and log reuse.
  sqlite.pragma('journal_mode = WAL');
  const log = path === ':memory:' ? undefined : syncLogFile(walPath(path));
  sqlite.pragma(log ? 'synchronous = NORMAL' : 'synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Group commit runs each change in a savepoint, and a savepoint's undo journal past 64 KiB
  // spills to a temp file: without this, every shared transaction created, wrote and deleted a
  // file in /var/tmp. The undo journal only ever rolls a savepoint back; the WAL alone makes a
  // commit durable, so keeping it in memory changes nothing about what survives a crash.
  sqlite.pragma('temp_store = MEMORY');
  const orm = drizzle(sqlite, { schema });
  migrate(orm, { migrationsFolder: MIGRATIONS });
  const q = prepareQueries(orm, auditKey);
  // Built once: better-sqlite3 compiles BEGIN/COMMIT for a transaction function when it is made.
  const transaction = sqlite.transaction((work: () => unknown) => work());
  /** One transaction (or a savepoint inside one), committed but not yet fsynced: group commit waits for that itself. */
  const transact = <T>(work: () => T): T => {
    if (sqlite.inTransaction) {
      // A savepoint: better-sqlite3 nests a transaction function called inside another one.
      const tip = q.audit.tip();
      try {
        return transaction.immediate(work) as T;
      } catch (err) {
        q.audit.rewind(tip);
        throw err;
      }
    }
    try {
      const result = transaction.immediate(work) as T;
      q.audit.settle(true);
      return result;
    } catch (err) {
      q.audit.settle(false);
      throw err;
    }
  };
  const write = <T>(work: () => T): T => {
    const outermost = !sqlite.inTransaction;
    const result = transact(work);
    if (outermost) log?.syncNow();
    return result;
  };
  let auditHead: ReturnType<typeof keepAuditHead>;
  try {
    // The head is checkpointed from the log as fsynced: never ahead of what a power cut would leave.
    auditHead = keepAuditHead({ audit: q.audit, write, durable: () => log?.syncNow(), head: path === ':memory:' ? undefined : fileAuditHead(headFilePath(path), auditKey), now: options.now ?? Date.now });
  } catch (err) {
    log?.close();
    sqlite.close();
    throw err;
  }
  const group = createGroupCommit(transact, () => sqlite.inTransaction, log ? { now: log.syncNow, later: log.sync } : undefined);
  return {
    orm,
    q,
    write,
    commit: (work, options) => group.submit(work, options?.background ?? false),
    drain: group.drain,
    commitStats: () => ({ ...group.stats(), syncs: log?.count() ?? 0 }),
    ping: () => sqlite.prepare('select 1 as ok').get() !== undefined,
    close: () => {
      // The head is checkpointed after the last commit, before the file closes.
      auditHead.close();
      log?.close();
      sqlite.close();
    },
  };
}
