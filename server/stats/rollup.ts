// The figures' rollup, kept in the transaction of every change to a request: recordChange (and so
// admit and every lifecycle step) calls rollUp with the row just written; the request's facts and its
// hand-offs' facts are rewritten from the stored rows (facts.ts), and the counters move by the
// difference between the old rows' counts and the new ones' (counters.ts). A rebuild recomputes
// every row from the base tables. docs/metrics.md says why rollups and what the counters hold.
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import type { HubCalendar } from '../../shared/time/hubCalendar';
import type { MessageStatus } from '../../shared/schemas/messages';
import { addCountsOf, addMessageCount, countsDelta, splitKey, type Counts } from './counters';
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

function factsOf(db: HubDatabase, row: ConsultationRow, calendar: HubCalendar) {
  const handoffs = db.q.handoffs.forConsultation(row.id);
  return { facts: requestFactsOf(row, handoffs, calendar), handoffs: handoffs.map((h) => handoffFactsOf(row, h, calendar)) };
}

/** Same columns, same values: the facts a change left as they were (a claim, a release, a note). */
function sameRow(a: object | undefined, b: object): boolean {
  if (!a) return false;
  const x = a as Record<string, unknown>;
  return Object.entries(b).every(([k, v]) => x[k] === v);
}

export function rollUp(db: HubDatabase, row: ConsultationRow, calendar: HubCalendar): void {
  if (deferred.has(db)) return;
  const before = db.q.stats.factsOf(row.id);
  const after = factsOf(db, row, calendar);
  // A change that moves no figure writes nothing, so the stats version stays and kept answers stand.
  const unchanged = sameRow(before.facts, after.facts) && before.handoffs.length === after.handoffs.length && after.handoffs.every((h, i) => sameRow(before.handoffs[i], h));
  if (unchanged) return;
  db.q.stats.writeFacts(after.facts, after.handoffs);
  db.q.stats.addCounts(countsDelta(before, after), splitKey);
}

/**
 * A patient message's status changes outside recordChange (the outbox's operations): its counter moves
 * in the same transaction, by the difference between the status it had and the one it has now. The
 * request's facts row gives the day and practice; without one (rollups deferred) the rebuild counts it.
 */
export function rollUpMessage(db: HubDatabase, message: { consultationId: number; status: MessageStatus }, status: MessageStatus): void {
  if (deferred.has(db) || message.status === status) return;
  const request = db.q.stats.factsOf(message.consultationId).facts;
  if (!request) return;
  const delta = addMessageCount(addMessageCount(new Map(), request, message.status, -1), request, status, 1);
  db.q.stats.addCounts(delta, splitKey);
}

const PAGE = 1000;
/** Requests whose counts are added up in memory before they are written: bounds a rebuild's memory. */
const FLUSH_EVERY = 50_000;

/** Every facts row and counter again from the base tables, inside the caller's transaction; returns the requests rolled up. */
export function rebuildFacts(db: HubDatabase, calendar: HubCalendar): number {
  db.q.stats.clearFacts();
  let count = 0;
  let pending: Counts = new Map();
  const flush = () => {
    db.q.stats.addCounts(pending, splitKey);
    pending = new Map();
  };
  for (let after = 0; ; ) {
    const ids = db.q.stats.requestIdsAfter(after, PAGE);
    if (ids.length === 0) break;
    const messages = db.q.stats.settledMessagesBetween(ids[0]!, ids.at(-1)!);
    for (const id of ids) {
      const rolled = factsOf(db, db.q.consultations.byId(id)!, calendar);
      db.q.stats.writeFacts(rolled.facts, rolled.handoffs);
      addCountsOf(pending, rolled.facts, rolled.handoffs, 1);
      for (const m of messages.get(id) ?? []) addMessageCount(pending, rolled.facts, m.status, 1, m.count);
    }
    count += ids.length;
    after = ids.at(-1)!;
    if (count % FLUSH_EVERY === 0) flush();
  }
  flush();
  return count;
}
