// Finding requests by what a caller on the phone can give (docs/search.md): reference, NHS number,
// family name prefix (with a given name prefix), practice, date of receipt. Each key has its index
// (db/schema/consultations.ts); tests/integration/searchIndexes.test.ts checks SQLite uses it.
import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { consultations, isOpenRequest } from '../schema';
import type { Orm } from '../open';

export interface SearchCriteria {
  reference?: string;
  nhsNumber?: string;
  /** Lower-cased, as stored in family_key. */
  familyPrefix?: string;
  givenPrefix?: string;
  practiceOds?: string;
  /** Received at or after, and before, in epoch ms. */
  receivedFrom?: number;
  receivedBefore?: number;
  status: 'open' | 'closed' | 'all';
}

/** The smallest string above every string starting with `prefix`: a prefix is a range, and a range uses the index. */
function afterPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join('') + String.fromCodePoint(last + 1);
}

const columns = {
  id: consultations.id,
  reference: consultations.reference,
  givenName: consultations.givenName,
  familyName: consultations.familyName,
  nhsNumber: consultations.nhsNumber,
  birthDate: consultations.birthDate,
  practiceOds: consultations.practiceOds,
  receivedAt: consultations.receivedAt,
  status: consultations.status,
};

export function searchQueries(orm: Orm) {
  function where(c: SearchCriteria): SQL | undefined {
    const t = consultations;
    // With a name, the family-name index finds the few rows; SQLite would otherwise rather walk the
    // date or practice index in order. A unary + keeps those columns to filtering the rows found.
    const byName = c.familyPrefix !== undefined;
    const filterOnly = (column: typeof t.receivedAt | typeof t.practiceOds) => (byName ? sql`+${column}` : sql`${column}`);
    const terms: (SQL | undefined)[] = [
      c.reference === undefined ? undefined : eq(t.reference, c.reference),
      c.nhsNumber === undefined ? undefined : eq(t.nhsNumber, c.nhsNumber),
      c.familyPrefix === undefined ? undefined : and(gte(t.familyKey, c.familyPrefix), lt(t.familyKey, afterPrefix(c.familyPrefix))),
      // A residual filter on the few rows the family name found: no index of its own.
      c.givenPrefix === undefined ? undefined : sql`substr(lower(${t.givenName}), 1, ${[...c.givenPrefix].length}) = ${c.givenPrefix}`,
      c.practiceOds === undefined ? undefined : eq(filterOnly(t.practiceOds), c.practiceOds),
      c.receivedFrom === undefined ? undefined : gte(filterOnly(t.receivedAt), c.receivedFrom),
      c.receivedBefore === undefined ? undefined : lt(filterOnly(t.receivedAt), c.receivedBefore),
      c.status === 'all' ? undefined : c.status === 'open' ? isOpenRequest(t.status) : sql`not ${isOpenRequest(t.status)}`,
    ];
    return and(...terms);
  }

  const newestFirst = [desc(consultations.receivedAt), desc(consultations.id)];
  // Two steps: the newest `limit` ids, then their rows. A common family name matches tens of thousands
  // of requests over two years, and SQLite sorts every match before the limit applies; the first step
  // sorts only ids read from the name's covering index, so no table row is read for the matches left out.
  const build = (c: SearchCriteria, limit: number) => {
    const newest = orm.select({ id: consultations.id }).from(consultations).where(where(c)).orderBy(...newestFirst).limit(limit);
    return orm.select(columns).from(consultations).where(inArray(consultations.id, newest)).orderBy(...newestFirst);
  };

  return {
    /** At most `limit` requests matching every criterion, newest receipt first. */
    find: (c: SearchCriteria, limit: number) => build(c, limit).all(),
    /** SQLite's plan for the same query, for the tests that hold each key to its index. */
    plan: (c: SearchCriteria, limit: number): string[] => {
      const { sql: text, params } = build(c, limit).toSQL();
      return (orm.$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    },
  };
}

export type SearchRow = ReturnType<ReturnType<typeof searchQueries>['find']>[number];
