// The figures' aggregates are built as drizzle `sql` at each ask (their periods, practices and lists
// of figures differ), but their text takes only a few shapes, the values being bound parameters: each
// shape is compiled once per connection and kept, so a dashboard answer does not prepare its twenty-odd
// statements again every time it is asked (docs/metrics.md, "Reading").
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Statement } from 'better-sqlite3';
import type { Orm } from '../open';

export function keptStatements(orm: Orm) {
  const dialect = new SQLiteSyncDialect();
  const kept = new Map<string, Statement>();
  function statement(query: SQL) {
    const { sql: text, params } = dialect.sqlToQuery(query);
    let prepared = kept.get(text);
    if (!prepared) kept.set(text, (prepared = orm.$client.prepare(text)));
    return { prepared, params };
  }
  return {
    all<T>(query: SQL): T[] {
      const { prepared, params } = statement(query);
      return prepared.all(...params) as T[];
    },
    get<T>(query: SQL): T | undefined {
      const { prepared, params } = statement(query);
      return prepared.get(...params) as T | undefined;
    },
  };
}
