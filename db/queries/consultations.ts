// Named, prepared queries over consultation requests.
import { and, asc, desc, eq, inArray, isNotNull, lte, notInArray, sql } from 'drizzle-orm';
import { consultations, type ConsultationRow, type NewConsultationRow } from '../schema';
import { FINAL_STATUSES } from '../../shared/schemas/domain';
import type { Orm } from '../open';

const ph = sql.placeholder;

export function consultationQueries(orm: Orm) {
  const byId = orm.select().from(consultations).where(eq(consultations.id, ph('id'))).prepare();
  // Red flags first, then the earliest first-action deadline, then the oldest.
  const openOrdered = orm
    .select()
    .from(consultations)
    .where(notInArray(consultations.status, [...FINAL_STATUSES]))
    .orderBy(asc(consultations.priority), asc(consultations.firstActionDue), asc(consultations.id))
    .prepare();
  const openForPractice = orm
    .select()
    .from(consultations)
    .where(eq(consultations.practiceOds, ph('practiceOds')))
    .orderBy(desc(consultations.updatedAt))
    .limit(500)
    .prepare();
  const expiredLeases = orm
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.status, 'in_triage'), isNotNull(consultations.leaseExpiresAt), lte(consultations.leaseExpiresAt, ph('now'))))
    .prepare();
  // Every command rewrites the same lifecycle columns, so one prepared statement serves them all.
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
      priority: sql`${ph('priority')}`,
      returnedBecause: sql`${ph('returnedBecause')}`,
      firstActionAt: sql`${ph('firstActionAt')}`,
      closedAt: sql`${ph('closedAt')}`,
      outcome: sql`${ph('outcome')}`,
      updatedAt: sql`${ph('updatedAt')}`,
    })
    .where(and(eq(consultations.id, ph('id')), eq(consultations.version, ph('expectedVersion'))))
    .prepare();

  return {
    byId: (id: number): ConsultationRow | undefined => byId.get({ id }),
    byIds: (ids: number[]): ConsultationRow[] =>
      ids.length === 0 ? [] : orm.select().from(consultations).where(inArray(consultations.id, ids)).all(),
    openOrdered: (): ConsultationRow[] => openOrdered.all(),
    forPractice: (practiceOds: string): ConsultationRow[] => openForPractice.all({ practiceOds }),
    expiredLeases: (now: number): number[] => expiredLeases.all({ now }).map((r) => r.id),
    insert: (row: NewConsultationRow): number =>
      orm.insert(consultations).values(row).returning({ id: consultations.id }).get().id,
    /** Writes the new lifecycle state only if nobody changed the row since it was read. */
    writeLifecycle: (next: ConsultationRow, expectedVersion: number): boolean =>
      writeLifecycle.run({
        ...lifecycleColumns(next),
        id: next.id,
        expectedVersion,
        redFlagsJson: JSON.stringify(next.redFlags),
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
  | 'priority'
  | 'returnedBecause'
  | 'firstActionAt'
  | 'closedAt'
  | 'outcome'
  | 'updatedAt'
>;

function lifecycleColumns(row: ConsultationRow): Omit<LifecycleColumns, 'redFlags'> {
  const { status, version, claimedBy, leaseExpiresAt, assigneeId, pendingDestination, pendingOrganisationOds, pendingHandoffId } = row;
  const { priority, returnedBecause, firstActionAt, closedAt, outcome, updatedAt } = row;
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
    outcome,
    updatedAt,
  };
}
