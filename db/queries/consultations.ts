// Named, prepared queries over consultation requests.
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, notLike, or, sql } from 'drizzle-orm';
import { consultations, isOpenRequest, type ConsultationRow, type NewConsultationRow } from '../schema';
import { familyKeyOf } from '../../shared/schemas/search';
import type { Orm } from '../open';

const ph = sql.placeholder;

export function consultationQueries(orm: Orm) {
  const byId = orm.select().from(consultations).where(eq(consultations.id, ph('id'))).prepare();
  // Red flags first, then the earliest first-action deadline, then the oldest.
  const openOrdered = orm
    .select()
    .from(consultations)
    .where(isOpenRequest(consultations.status))
    .orderBy(asc(consultations.priority), asc(consultations.firstActionDue), asc(consultations.id))
    .prepare();
  // The queue's order needs only ids and versions; items come from the cache or are built from rows.
  const openOrder = orm
    .select({ id: consultations.id, version: consultations.version })
    .from(consultations)
    .where(isOpenRequest(consultations.status))
    .orderBy(asc(consultations.priority), asc(consultations.firstActionDue), asc(consultations.id))
    .prepare();
  const practiceOrder = orm
    .select({ id: consultations.id, version: consultations.version })
    .from(consultations)
    .where(eq(consultations.practiceOds, ph('practiceOds')))
    .orderBy(desc(consultations.updatedAt))
    .limit(500)
    .prepare();
  // Open requests past a deadline not yet recorded as breached: first action (no routing decision
  // yet) and outcome (not closed).
  const dueBreaches = orm
    .select({ id: consultations.id, firstActionDue: consultations.firstActionDue, outcomeDue: consultations.outcomeDue, firstActionAt: consultations.firstActionAt, slaBreaches: consultations.slaBreaches })
    .from(consultations)
    .where(
      and(
        isOpenRequest(consultations.status),
        or(
          and(isNull(consultations.firstActionAt), lte(consultations.firstActionDue, ph('now')), notLike(consultations.slaBreaches, '%first_action%')),
          and(lte(consultations.outcomeDue, ph('now')), notLike(consultations.slaBreaches, '%outcome%')),
        ),
      ),
    )
    .prepare();
  const expiredLeases = orm
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.status, 'in_triage'), isNotNull(consultations.leaseExpiresAt), lte(consultations.leaseExpiresAt, ph('now'))))
    .prepare();
  // Who holds which request: only requests with a lease are claimed, and the lease index holds just those.
  // Asked on every claim taken or let go. No ORDER BY: SQLite would rather walk every request in id order
  // than sort the handful the index finds (tens of milliseconds a claim over a year); sorted below instead.
  const claimsHeld = orm
    .select({ id: consultations.id, reference: consultations.reference, claimedBy: consultations.claimedBy })
    .from(consultations)
    .where(and(isNotNull(consultations.leaseExpiresAt), isNotNull(consultations.claimedBy)))
    .prepare();
  // Every command rewrites the same lifecycle columns, so one prepared statement serves them all.
  // JSON columns are bound as the text Drizzle would store: placeholders in set() skip encoders.
  const writeLifecycle = orm
    .update(consultations)
    .set({
      status: sql`${ph('status')}`,
      version: sql`${ph('version')}`,
      claimedBy: sql`${ph('claimedBy')}`,
      leaseExpiresAt: sql`${ph('leaseExpiresAt')}`,
      assigneeId: sql`${ph('assigneeId')}`,
      pendingDestination: sql`${ph('pendingDestination')}`,
      pendingOrganisationOds: sql`${ph('pendingOrganisationOds')}`,
      pendingHandoffId: sql`${ph('pendingHandoffId')}`,
      redFlags: sql`${ph('redFlagsJson')}`,
      possibleRedFlags: sql`${ph('possibleRedFlagsJson')}`,
      priority: sql`${ph('priority')}`,
      returnedBecause: sql`${ph('returnedBecause')}`,
      returnDetail: sql`${ph('returnDetailJson')}`,
      firstActionAt: sql`${ph('firstActionAt')}`,
      slaBreaches: sql`${ph('slaBreachesJson')}`,
      closedAt: sql`${ph('closedAt')}`,
      outcome: sql`${ph('outcomeJson')}`,
      updatedAt: sql`${ph('updatedAt')}`,
    })
    .where(and(eq(consultations.id, ph('id')), eq(consultations.version, ph('expectedVersion'))))
    .prepare();

  // Filing touches no lifecycle column: its own statement, guarded by the version like every change.
  const markFiled = orm
    .update(consultations)
    .set({ filedAt: sql`${ph('filedAt')}`, filedById: sql`${ph('filedById')}`, version: sql`${ph('version')}`, updatedAt: sql`${ph('filedAt')}` })
    .where(and(eq(consultations.id, ph('id')), eq(consultations.version, ph('expectedVersion'))))
    .prepare();

  return {
    byId: (id: number): ConsultationRow | undefined => byId.get({ id }),
    /** Marks the outcome filed by a member of practice staff, only if nobody changed the row since it was read. */
    markFiled: (next: Pick<ConsultationRow, 'id' | 'version' | 'filedAt' | 'filedById'>, expectedVersion: number): boolean =>
      markFiled.run({ id: next.id, version: next.version, filedAt: next.filedAt, filedById: next.filedById, expectedVersion }).changes === 1,
    byIds: (ids: number[]): ConsultationRow[] => {
      const rows: ConsultationRow[] = [];
      // Chunked to stay well inside SQLite's limit on bound parameters.
      for (let i = 0; i < ids.length; i += 500) {
        rows.push(...orm.select().from(consultations).where(inArray(consultations.id, ids.slice(i, i + 500))).all());
      }
      return rows;
    },
    openOrdered: (): ConsultationRow[] => openOrdered.all(),
    openOrder: (): { id: number; version: number }[] => openOrder.all(),
    withStatus: (status: ConsultationRow['status']): ConsultationRow[] => orm.select().from(consultations).where(eq(consultations.status, status)).all(),
    /** A practice's latest 500 requests, open or closed (outcomes to file), newest change first. */
    practiceOrder: (practiceOds: string): { id: number; version: number }[] => practiceOrder.all({ practiceOds }),
    /** The requests held by a claim, with their holder (presence names them). */
    claimsHeld: (): { id: number; reference: string | null; claimedBy: number | null }[] => claimsHeld.all().sort((a, b) => a.id - b.id),
    expiredLeases: (now: number): number[] => expiredLeases.all({ now }).map((r) => r.id),
    /** Each deadline that has passed unrecorded, per request. */
    dueBreaches: (now: number): { id: number; deadline: 'first_action' | 'outcome' }[] =>
      dueBreaches.all({ now }).flatMap((r) => [
        ...(r.firstActionAt === null && r.firstActionDue <= now && !r.slaBreaches.includes('first_action') ? [{ id: r.id, deadline: 'first_action' as const }] : []),
        ...(r.outcomeDue <= now && !r.slaBreaches.includes('outcome') ? [{ id: r.id, deadline: 'outcome' as const }] : []),
      ]),
    /** The family-name key search compares is derived here, so no writer can leave it out. */
    insert: (row: NewConsultationRow): number =>
      orm.insert(consultations).values({ ...row, familyKey: familyKeyOf(row.familyName) }).returning({ id: consultations.id }).get().id,
    /** Writes the new lifecycle state only if nobody changed the row since it was read. */
    writeLifecycle: (next: ConsultationRow, expectedVersion: number): boolean =>
      writeLifecycle.run({
        ...lifecycleColumns(next),
        id: next.id,
        expectedVersion,
        redFlagsJson: JSON.stringify(next.redFlags),
        possibleRedFlagsJson: JSON.stringify(next.possibleRedFlags),
        slaBreachesJson: JSON.stringify(next.slaBreaches),
        outcomeJson: next.outcome === null ? null : JSON.stringify(next.outcome),
        returnDetailJson: next.returnDetail === null ? null : JSON.stringify(next.returnDetail),
      }).changes === 1,
  };
}

export type LifecycleColumns = Pick<
  ConsultationRow,
  | 'status'
  | 'version'
  | 'claimedBy'
  | 'leaseExpiresAt'
  | 'assigneeId'
  | 'pendingDestination'
  | 'pendingOrganisationOds'
  | 'pendingHandoffId'
  | 'redFlags'
  | 'possibleRedFlags'
  | 'slaBreaches'
  | 'priority'
  | 'returnedBecause'
  | 'returnDetail'
  | 'firstActionAt'
  | 'closedAt'
  | 'outcome'
  | 'updatedAt'
>;

function lifecycleColumns(row: ConsultationRow): Omit<LifecycleColumns, 'redFlags' | 'possibleRedFlags' | 'slaBreaches' | 'outcome' | 'returnDetail'> {
  const { status, version, claimedBy, leaseExpiresAt, assigneeId, pendingDestination, pendingOrganisationOds, pendingHandoffId } = row;
  const { priority, returnedBecause, firstActionAt, closedAt, updatedAt } = row;
  return {
    status,
    version,
    claimedBy,
    leaseExpiresAt,
    assigneeId,
    pendingDestination,
    pendingOrganisationOds,
    pendingHandoffId,
    priority,
    returnedBecause,
    firstActionAt,
    closedAt,
    updatedAt,
  };
}
