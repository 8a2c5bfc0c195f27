// The figures' rollup, kept in the transaction of every change to a request: recordChange (and so
// admit and every lifecycle step) calls rollUp with the row just written, and the request's facts
// and its hand-offs' facts are rewritten from the stored rows (server/stats/facts.ts). A rebuild
// recomputes every row from the base tables; docs/metrics.md says why rollups, not a worker thread.
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import type { HubCalendar } from '../../shared/time/hubCalendar';
import { handoffFactsOf, requestFactsOf } from './facts';

/**
 * Databases whose rollups wait for one rebuild at the end: the history generator's bulk path, which
 * writes millions of changes and would otherwise rewrite each request's facts at every one of them
 * (docs/history.md). Never the live hub's.
 */
const deferred = new WeakSet<HubDatabase>();

export function deferRollups(db: HubDatabase, defer: boolean): void {
  if (defer) deferred.add(db);
  else deferred.delete(db);
}

export function rollUp(db: HubDatabase, row: ConsultationRow, calendar: HubCalendar): void {
  if (deferred.has(db)) return;
  const handoffs = db.q.handoffs.forConsultation(row.id);
  db.q.stats.writeFacts(
    requestFactsOf(row, handoffs, calendar),
    handoffs.map((h) => handoffFactsOf(row, h, calendar)),
  );
}

const PAGE = 1000;

/** Every facts row again from the base tables, inside the caller's transaction; returns the requests rolled up. */
export function rebuildFacts(db: HubDatabase, calendar: HubCalendar): number {
  db.q.stats.clearFacts();
  let count = 0;
  for (let after = 0; ; ) {
    const ids = db.q.stats.requestIdsAfter(after, PAGE);
    if (ids.length === 0) return count;
    for (const id of ids) rollUp(db, db.q.consultations.byId(id)!, calendar);
    count += ids.length;
    after = ids.at(-1)!;
  }
}
