// Whole rows of a table on the hot paths: the request, its pending hand-off and its open liability
// interval, read by every command, and a request's intervals and hand-offs, read for its liability
// map. Drizzle builds the SQL, and each column's own mapFromDriverValue decodes its value, as
// Drizzle does; what is skipped is Drizzle's generic per-row mapping, which in a profile of the
// command path cost more than the SQLite reads themselves.
import { getTableColumns, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Orm } from '../open';

export function wholeRows<T extends SQLiteTable>(orm: Orm, table: T, query: { toSQL(): { sql: string } }) {
  type Row = T['$inferSelect'];
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  const statement = orm.$client.prepare(query.toSQL().sql).raw();
  // Drizzle selects a table's columns in this order; say so loudly if that ever changes.
  const selected = statement.columns().map((c) => c.name);
  const expected = columns.map(([, c]) => c.name);
  if (selected.join() !== expected.join()) throw new Error(`wholeRows: ${selected.join()} is not the columns of the table (${expected.join()})`);
  const decode = (values: unknown[]): Row => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const [key, column] = columns[i]!;
      const value = values[i];
      row[key] = value === null ? null : column.mapFromDriverValue(value);
    }
    return row as Row;
  };
  return {
    one(...params: unknown[]): Row | undefined {
      const values = statement.get(...params) as unknown[] | undefined;
      return values ? decode(values) : undefined;
    },
    all: (...params: unknown[]): Row[] => (statement.all(...params) as unknown[][]).map(decode),
  };
}
