// One dashboard answer asks several figures that read the same aggregates (the hand-off answers for
// the summary and the teams table, the outcome mix for the outcomes and the practices, the days'
// counts for the daily and SLA figures): inside the answer's one snapshot each is read once and every
// figure derives its own from it (docs/metrics.md, "One ask per dashboard load"). The reads are pure
// within a snapshot, so the answers are the ones each figure would give alone.
import type { StatsDb } from './db';

type Stats = StatsDb['q']['stats'];

/** The connection's queries with each read kept, by its arguments, for the life of the returned handle. */
export function readOnce(db: StatsDb): StatsDb {
  const kept = new Map<string, unknown>();
  const stats = new Proxy(db.q.stats, {
    get(target, name: string) {
      const read = Reflect.get(target, name) as unknown;
      if (typeof read !== 'function') return read;
      return (...args: unknown[]) => {
        const key = `${name}:${JSON.stringify(args)}`;
        if (!kept.has(key)) kept.set(key, (read as (...a: unknown[]) => unknown).apply(target, args));
        return kept.get(key);
      };
    },
  }) as Stats;
  return { q: { ...db.q, stats } };
}
