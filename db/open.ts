// Opens the hub's SQLite database: durable settings, migrations applied, queries prepared.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';
import { prepareQueries, type Queries } from './queries';

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Orm = ReturnType<typeof drizzle<typeof schema>>;

export interface HubDatabase {
  orm: Orm;
  q: Queries;
  /** Runs `work` in one BEGIN IMMEDIATE transaction: all of it commits, or none. */
  write<T>(work: () => T): T;
  /** A cheap round trip that proves the database answers. */
  ping(): boolean;
  close(): void;
}

export function openDatabase(path: string): HubDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers run beside the writer; synchronous=FULL makes an acknowledged commit
  // survive power loss, which NORMAL does not promise in WAL mode.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const orm = drizzle(sqlite, { schema });
  migrate(orm, { migrationsFolder: MIGRATIONS });
  const q = prepareQueries(orm);
  // Built once: better-sqlite3 compiles BEGIN/COMMIT for a transaction function when it is made.
  const transaction = sqlite.transaction((work: () => unknown) => work());
  return {
    orm,
    q,
    write: <T>(work: () => T): T => {
      try {
        const result = transaction.immediate(work) as T;
        q.audit.settle(true);
        return result;
      } catch (err) {
        q.audit.settle(false);
        throw err;
      }
    },
    ping: () => sqlite.prepare('select 1 as ok').get() !== undefined,
    close: () => sqlite.close(),
  };
}
