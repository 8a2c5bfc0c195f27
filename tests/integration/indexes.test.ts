// The indexes that the lifecycle writes keep up to date, and the reads they serve. The partial ones
// hold only the rows a read wants (open requests, leases, offers waiting), and SQLite uses a partial
// index only when a query's condition plainly implies the index's: the hub's "still open"
// (isOpenRequest) and "awaiting an answer" (isAwaitingAnswer) must stay the expressions the indexes
// were created with, statuses and all.
import { and, asc, eq, gte, isNotNull, lt, lte } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type HubDatabase } from '../../db/open';
import { changeFeed, consultations, handoffs, isAwaitingAnswer, isClinicianFinish, isOpenRequest, isUnsettledMessage, patientMessages } from '../../db/schema';

let dir: string;
let db: HubDatabase;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-index-'));
  db = openDatabase(join(dir, 'hub.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const planOf = (query: { toSQL(): { sql: string; params: unknown[] } }) => {
  const { sql, params } = query.toSQL();
  return (db.orm.$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
};

it('reads the open queue in order from the open-queue index, with no sort', () => {
  const plan = planOf(
    db.orm
      .select({ id: consultations.id })
      .from(consultations)
      .where(isOpenRequest(consultations.status))
      .orderBy(asc(consultations.priority), asc(consultations.firstActionDue), asc(consultations.id)),
  );
  expect(plan).toEqual(['SCAN consultations USING INDEX consultations_open']);
});

it('finds expired leases through the lease index, which holds only the requests with a lease', () => {
  // The condition db/queries/consultations.ts asks with.
  const plan = planOf(
    db.orm
      .select({ id: consultations.id })
      .from(consultations)
      .where(and(eq(consultations.status, 'in_triage'), isNotNull(consultations.leaseExpiresAt), lte(consultations.leaseExpiresAt, Date.now()))),
  );
  expect(plan).toEqual([expect.stringContaining('USING INDEX consultations_lease')]);
});

it('reads who holds which request (presence) from the lease index, not a scan of every request', () => {
  // The condition db/queries/consultations.ts asks with, on every claim taken or let go: a scan costs
  // tens of milliseconds per claim over a year of requests.
  const plan = planOf(
    db.orm
      .select({ id: consultations.id, claimedBy: consultations.claimedBy })
      .from(consultations)
      .where(and(isNotNull(consultations.leaseExpiresAt), isNotNull(consultations.claimedBy))),
  );
  expect(plan).toEqual([expect.stringContaining('USING INDEX consultations_lease')]);
});

it("finds offers past their time through the waiting-offers index, which answered offers leave", () => {
  // The condition db/queries/handoffs.ts asks with.
  const plan = planOf(
    db.orm
      .select({ id: handoffs.id })
      .from(handoffs)
      .where(and(isAwaitingAnswer(handoffs.status), isNotNull(handoffs.expiresAt), lte(handoffs.expiresAt, Date.now()))),
  );
  expect(plan).toEqual([expect.stringMatching(/USING (COVERING )?INDEX handoffs_open/)]);
});

it("reads a clinician's finishing moves of a day (completes, escalations, hand-backs, routes) from the partial done-today index, which claims, releases and the rest never enter", () => {
  // The condition db/queries/clinicianLists.ts asks with.
  const plan = planOf(
    db.orm
      .select({ seq: changeFeed.seq })
      .from(changeFeed)
      .where(and(isClinicianFinish(changeFeed.type), eq(changeFeed.actorId, '21'), gte(changeFeed.at, 0), lt(changeFeed.at, Date.now()))),
  );
  expect(plan).toEqual([expect.stringMatching(/USING (COVERING )?INDEX change_feed_clinician_done/)]);
});

it('reads one status’s due patient messages in order from the due index, so checks never crowd out sends', () => {
  // The condition db/queries/messages.ts asks with, after every commit while the dispatcher runs.
  const plan = planOf(
    db.orm
      .select({ id: patientMessages.id })
      .from(patientMessages)
      .where(and(isUnsettledMessage(patientMessages.status), eq(patientMessages.status, 'queued'), lte(patientMessages.nextAttemptAt, Date.now())))
      .orderBy(asc(patientMessages.nextAttemptAt), asc(patientMessages.id))
      .limit(7),
  );
  expect(plan).toEqual([expect.stringMatching(/SEARCH patient_messages USING (COVERING )?INDEX patient_messages_due \(status=\? AND next_attempt_at<\?\)/)]);
});
