// The patient-message outbox, its status history, and contact tasks (docs/messaging.md).
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { ContactTaskResolution, MessageFailure, MessageStatus } from '../../shared/schemas/messages';
import { consultations, contactTasks, isUnsettledMessage, patientMessageEvents, patientMessages, type NewPatientMessageRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;

/** A status change of one message, applied only if it is still in `from` (so two writers cannot both win). */
export interface MessageStatusChange {
  id: number;
  from: MessageStatus;
  status: MessageStatus;
  at: number;
  nextAttemptAt?: number;
  attempts?: number;
  failure?: MessageFailure | null;
  transport?: 'embedded' | 'notify' | null;
  providerId?: string | null;
  /** Patient-free, for the journey. */
  detail: string | null;
}

/** The columns a status change may also set; one left undefined keeps its value. */
const STATUS_CHANGE_FIELDS = ['nextAttemptAt', 'attempts', 'failure', 'transport', 'providerId'] as const;
type StatusChangeField = (typeof STATUS_CHANGE_FIELDS)[number];

export function messageQueries(orm: Orm) {
  // A status change's UPDATE, prepared once for each set of columns it writes: the dispatcher makes two
  // per message, and building and preparing the statement each time was most of their cost
  // (docs/benchmarks.md, M2). A handful of shapes are ever used.
  const statusUpdates = new Map<string, ReturnType<typeof prepareStatusUpdate>>();
  const prepareStatusUpdate = (fields: readonly StatusChangeField[]) =>
    orm
      .update(patientMessages)
      .set({
        status: sql`${ph('status')}`,
        updatedAt: sql`${ph('at')}`,
        ...Object.fromEntries(fields.map((f) => [f, sql`${ph(f)}`])),
      })
      .where(and(eq(patientMessages.id, ph('id')), eq(patientMessages.status, ph('from'))))
      .prepare();
  const statusUpdate = (fields: readonly StatusChangeField[]) => {
    const key = fields.join(',');
    let prepared = statusUpdates.get(key);
    if (!prepared) statusUpdates.set(key, (prepared = prepareStatusUpdate(fields)));
    return prepared;
  };
  const byId = orm.select().from(patientMessages).where(eq(patientMessages.id, ph('id'))).prepare();
  const byReference = orm.select().from(patientMessages).where(eq(patientMessages.reference, ph('reference'))).prepare();
  const forConsultation = orm.select().from(patientMessages).where(eq(patientMessages.consultationId, ph('consultationId'))).orderBy(asc(patientMessages.id)).prepare();
  // One status's due messages, soonest first, from the partial index by status and time (the unsettled
  // condition repeated, so SQLite may use it). Ids only: the dispatcher looks often and starts few, and
  // mapping whole rows (the text, the cause) it would not use cost it more than the read.
  const due = orm
    .select({ id: patientMessages.id })
    .from(patientMessages)
    .where(and(isUnsettledMessage(patientMessages.status), eq(patientMessages.status, ph('status')), lte(patientMessages.nextAttemptAt, ph('now'))))
    .orderBy(asc(patientMessages.nextAttemptAt), asc(patientMessages.id))
    .limit(ph('limit'))
    .prepare();
  const appendEvent = orm
    .insert(patientMessageEvents)
    .values({ messageId: ph('messageId'), at: ph('at'), status: ph('status'), detail: ph('detail') })
    .prepare();
  const sendingAll = orm.select().from(patientMessages).where(eq(patientMessages.status, 'sending')).orderBy(asc(patientMessages.id)).limit(ph('limit')).prepare();
  const reschedule = orm
    .update(patientMessages)
    .set({ nextAttemptAt: sql`${ph('nextAttemptAt')}` })
    .where(and(eq(patientMessages.id, ph('id')), eq(patientMessages.status, ph('status'))))
    .prepare();
  const taskById = orm.select().from(contactTasks).where(eq(contactTasks.id, ph('id'))).prepare();
  const openTasks = orm.select().from(contactTasks).where(isNull(contactTasks.resolvedAt)).orderBy(asc(contactTasks.createdAt), asc(contactTasks.id)).prepare();
  const tasksFor = orm.select().from(contactTasks).where(eq(contactTasks.consultationId, ph('consultationId'))).orderBy(asc(contactTasks.id)).prepare();

  return {
    byId: (id: number) => byId.get({ id }),
    byReference: (reference: string) => byReference.get({ reference }),
    forConsultation: (consultationId: number) => forConsultation.all({ consultationId }),
    /** The ids of messages in `status` whose next attempt (send, recovery or status check) is due, soonest first. */
    due: (status: 'queued' | 'sending' | 'accepted', now: number, limit: number) => due.all({ status, now, limit }).map((m) => m.id),
    /** The most recent messages, newest first (the sent-messages page). */
    recent: (limit: number) => orm.select().from(patientMessages).orderBy(desc(patientMessages.id)).limit(limit).all(),
    /** The most recent messages to patients of one practice, newest first (practice staff see only their own). */
    recentForPractice: (practiceOds: string, limit: number) =>
      orm
        .select({ message: patientMessages })
        .from(patientMessages)
        .innerJoin(consultations, eq(consultations.id, patientMessages.consultationId))
        .where(eq(consultations.practiceOds, practiceOds))
        .orderBy(desc(patientMessages.id))
        .limit(limit)
        .all()
        .map((r) => r.message),
    /** Writes a message and its first event; returns its id. */
    insert(row: Omit<NewPatientMessageRow, 'id'>): number {
      const { id } = orm.insert(patientMessages).values(row).returning({ id: patientMessages.id }).get();
      appendEvent.run({ messageId: id, at: row.createdAt, status: row.status, detail: null });
      return id;
    },
    /** Applies a status change if the message is still in `change.from`, with its event; false if it had moved on. */
    changeStatus(change: MessageStatusChange): boolean {
      const fields = STATUS_CHANGE_FIELDS.filter((f) => change[f] !== undefined);
      const { changes } = statusUpdate(fields).run({ ...Object.fromEntries(fields.map((f) => [f, change[f]])), id: change.id, from: change.from, status: change.status, at: change.at });
      if (changes === 0) return false;
      appendEvent.run({ messageId: change.id, at: change.at, status: change.status, detail: change.detail });
      return true;
    },
    /** Messages some dispatcher took to send and has not recorded an outcome for (after a restart: none is in flight). */
    sending: (limit: number) => sendingAll.all({ limit }),
    /**
     * Moves a message's next look (status check, recovery) without changing its status, its acceptance
     * time (updatedAt) or its history; false if it is no longer in `status`.
     */
    reschedule: (id: number, status: MessageStatus, nextAttemptAt: number): boolean => reschedule.run({ id, status, nextAttemptAt }).changes > 0,
    /** The status history of the given messages, oldest first. */
    events: (messageIds: number[]) =>
      messageIds.length === 0
        ? []
        : orm.select().from(patientMessageEvents).where(inArray(patientMessageEvents.messageId, messageIds)).orderBy(asc(patientMessageEvents.id)).all(),

    insertTask(task: { consultationId: number; kind: 'not_told' | 'not_reached'; reason: string; messageId: number | null; createdAt: number }): number {
      return orm.insert(contactTasks).values(task).returning({ id: contactTasks.id }).get().id;
    },
    taskById: (id: number) => taskById.get({ id }),
    openTasks: () => openTasks.all(),
    tasksFor: (consultationId: number) => tasksFor.all({ consultationId }),
    /** Resolves an open task; false if someone resolved it first. */
    resolveTask(task: { id: number; at: number; byId: string; byName: string; resolution: ContactTaskResolution; note: string }): boolean {
      const { changes } = orm
        .update(contactTasks)
        .set({ resolvedAt: task.at, resolvedById: task.byId, resolvedByName: task.byName, resolution: task.resolution, note: task.note })
        .where(and(eq(contactTasks.id, task.id), isNull(contactTasks.resolvedAt)))
        .run();
      return changes > 0;
    },
  };
}
