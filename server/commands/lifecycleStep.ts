// One step of a request's lifecycle, inside the caller's transaction: load with version, the
// shared machine's pure transition, the marks it sets (shared/lifecycle/effects.ts), the row,
// the liability interval, the change feed and the audit entry. docs/lifecycle.md, docs/liability.md.
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import { decide } from '../../shared/lifecycle/decide';
import { marksAfter } from '../../shared/lifecycle/effects';
import type { Actor, LifecycleContext } from '../../shared/lifecycle/events';
import type { QueueItem } from '../../shared/schemas/api';
import type { Directory } from '../directory';
import { priorityOf } from '../../shared/rules/priority';
import { HttpError } from '../http/errors';
import type { HubSettings } from '../settings';
import { toQueueItem } from '../views/queueItem';
import { actorId, actorRole } from './actors';
import type { LifecycleCommand, OperationContext } from './definition';
import { writeLiability } from './liability';
import { dutyRotaOf, type DutyInForce } from '../rota/dutyRota';
import { rollUp } from '../stats/rollup';
import type { HubCalendar } from '../../shared/time/hubCalendar';

export interface Committed {
  seq: number;
  type: string;
  row: ConsultationRow;
  /** The request's queue item as of this change, built once inside its transaction for the reply and the broadcast. */
  item: QueueItem;
}

function contextOf(row: ConsultationRow, settings: HubSettings, duty: DutyInForce): LifecycleContext {
  return {
    kind: row.kind,
    practiceOds: row.practiceOds,
    redFlags: row.redFlags,
    possibleRedFlags: row.possibleRedFlags,
    patient: { birthDate: row.birthDate, sex: row.sex },
    submittedAt: new Date(row.submittedAt).toISOString(),
    claimedBy: row.claimedBy,
    assigneeId: row.assigneeId,
    pendingDestination: row.pendingDestination,
    pendingOrganisationOds: row.pendingOrganisationOds,
    coordinatorMaySelfCare: settings.protocol.coordinatorMaySelfCare,
    closedToCoordinators: settings.protocol.closedToCoordinators,
    dutyClinicianId: duty.clinician?.id ?? null,
  };
}

/** What the audit log records of a request's state before and after: no patient data. */
const auditState = (row: ConsultationRow) =>
  JSON.stringify({
    status: row.status,
    version: row.version,
    claimedBy: row.claimedBy,
    assigneeId: row.assigneeId,
    pendingDestination: row.pendingDestination,
    redFlags: row.redFlags,
    possibleRedFlags: row.possibleRedFlags,
  });

/** Practice staff see only their own practice's requests; to anyone else, others do not exist. */
export function assertVisible(actor: Actor, row: ConsultationRow | undefined, id: number): asserts row is ConsultationRow {
  const hidden = actor.kind === 'staff' && actor.roles.includes('practice') && actor.practiceOds !== row?.practiceOds;
  if (!row || hidden) throw new HttpError('NOT_FOUND', `No consultation request ${id}.`);
}

/**
 * Appends the change feed entry and the audit entry for a change, and builds what is announced of
 * it; part of its transaction, so the item shows the request and its hand-off as committed.
 */
export function recordChange(
  db: HubDatabase,
  directory: Directory,
  change: { type: string; actor: Actor; before: ConsultationRow | null; after: ConsultationRow; now: number; reason: string | null; calendar: HubCalendar },
): Committed {
  const { type, actor, before, after, now, reason } = change;
  // The figures' rollup, in the same transaction as the change (docs/metrics.md).
  rollUp(db, after, change.calendar);
  const seq = db.q.feed.append({ consultationId: after.id, type, actorId: actorId(actor), payload: { status: after.status, version: after.version }, at: now });
  db.q.audit.append({
    at: now,
    actorId: actorId(actor),
    actorRole: actorRole(actor),
    action: type,
    consultationId: after.id,
    subject: null,
    before: before ? auditState(before) : null,
    after: auditState(after),
    reason,
  });
  const pending = after.pendingHandoffId === null ? undefined : db.q.handoffs.byId(after.pendingHandoffId);
  return { seq, type, row: after, item: toQueueItem(after, directory, pending) };
}

export function stepLifecycle<I>(ctx: OperationContext<I>, command: LifecycleCommand<I>, consultationId: number): Committed {
  const { db, directory, input, actor, now, settings } = ctx;
  const before = db.q.consultations.byId(consultationId);
  assertVisible(actor, before, consultationId);
  const expectedVersion = (input as { expectedVersion?: number }).expectedVersion;
  if (expectedVersion !== undefined && expectedVersion !== before.version) {
    throw new HttpError('STALE_VERSION', `This request has changed since you loaded it (version ${before.version}, not ${expectedVersion}); reload and try again.`);
  }
  const args = { input, actor, before, now, settings, db, directory };
  const event = command.toEvent(args);
  // Who the rota names at this instant: they answer duty offers, and the liability interval names them.
  const duty = dutyRotaOf(db, settings.calendar).dutyAt(now);
  const decision = decide(before.status, contextOf(before, settings, duty), event);
  if (!decision.ok) {
    const message =
      decision.code === 'ALREADY_CLAIMED' && before.claimedBy !== null ? `Already claimed by ${directory.staffName(before.claimedBy)}.` : decision.message;
    throw new HttpError(decision.code, message, decision.code === 'ALREADY_CLAIMED' ? { claimedBy: before.claimedBy } : undefined);
  }
  const { context, status } = decision;
  const after: ConsultationRow = {
    ...before,
    ...marksAfter(event, before, status, now, settings.leaseMinutes),
    status,
    version: before.version + 1,
    claimedBy: context.claimedBy,
    assigneeId: context.assigneeId,
    pendingDestination: context.pendingDestination,
    pendingOrganisationOds: context.pendingOrganisationOds,
    // The machine's actions decide both flag lists (a confirm moves one to the other), and so the priority.
    redFlags: context.redFlags,
    possibleRedFlags: context.possibleRedFlags,
    priority: priorityOf(context),
    updatedAt: now,
  };
  const written = command.write?.({ ...args, after }) ?? undefined;
  const handoffId = written?.handoffId;
  // The pending hand-off is the one just offered, and none once the request leaves waiting. A self-care or
  // self-referral decision stays pending until the patient has its message (docs/messaging.md).
  const waiting = status === 'offered' || status === 'redirected' || status === 'returned_to_practice' || status === 'awaiting_delivery';
  after.pendingHandoffId = !waiting ? null : (handoffId ?? before.pendingHandoffId);
  if (!db.q.consultations.writeLifecycle(after, before.version)) {
    throw new HttpError('STALE_VERSION', 'This request changed while your action was being saved; reload and try again.');
  }
  writeLiability(db, directory, {
    event,
    before,
    after,
    now,
    settings,
    duty,
    handoffId: handoffId ?? before.pendingHandoffId ?? undefined,
    patientMessage: written?.patientMessage,
  });
  return recordChange(db, directory, { type: command.name, actor, before, after, now, reason: command.reason?.(input, settings) ?? null, calendar: settings.calendar });
}
