// Writes on the hot paths: every command rewrites its request's lifecycle columns, moves its
// liability interval and appends to the change feed and the audit log. Drizzle builds each
// statement, and each column's own encoder (mapToDriverValue) encodes its value, as Drizzle does;
// what is skipped is Drizzle's filling of placeholders on every call, which type-checks each
// parameter by walking its class chain, several times over, before binding it.
import { is, Param, Placeholder } from 'drizzle-orm';
import type { RunResult } from 'better-sqlite3';
import type { Orm } from '../open';

type Bind = (values: Record<string, unknown>) => unknown;

function valueOf(values: Record<string, unknown>, name: string): unknown {
  if (!(name in values)) throw new Error(`No value for placeholder "${name}" was provided`);
  return values[name];
}

/** A prepared write whose placeholders are named by `Values`; `run` binds them in the statement's order. */
export function boundWrite<Values extends Record<string, unknown>>(orm: Orm, query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql, params } = query.toSQL();
  const statement = orm.$client.prepare(sql);
  // Worked out once per parameter: a placeholder, a placeholder with its column's encoder, or a
  // constant that Drizzle has already encoded.
  const binds: Bind[] = params.map((p): Bind => {
    if (is(p, Placeholder)) {
      const { name } = p;
      return (values) => valueOf(values, name);
    }
    if (is(p, Param) && is(p.value, Placeholder)) {
      const { name } = p.value;
      const { encoder } = p;
      return (values) => encoder.mapToDriverValue(valueOf(values, name));
    }
    return () => p;
  });
  return {
    run(values: Values): RunResult {
      const args = new Array<unknown>(binds.length);
      for (let i = 0; i < binds.length; i++) args[i] = binds[i]!(values);
      return statement.run(args);
    },
  };
}
