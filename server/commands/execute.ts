// The one path every change takes: authorise → validate → load with version → pure transition
// through the shared machine → one transaction (row, change feed, audit, and what the command
// adds) → commit → broadcast. Routes and the scheduler call this; nothing writes around it.
// Changes arriving together share their transaction's commit (db.commit, group commit), each in
// its own savepoint, so the promise settles only once the change is durable.
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import { decide } from '../../shared/lifecycle/decide';
import type { Actor, LifecycleContext } from '../../shared/lifecycle/events';
import type { Clock } from '../clock';
import type { Directory } from '../directory';
import { HttpError, validationError } from '../http/errors';
import type { HubSettings } from '../settings';
import type { CommandDefinition } from './definition';
import { writeLiability } from './liability';
import type { QueueItem } from '../../shared/schemas/api';
import { toQueueItem } from '../views/queueItem';
import { actorId, actorRole } from './actors';

export { actorId, actorRole };

export interface Committed {
  seq: number;
  type: string;
  row: ConsultationRow;
  /** The request's queue item as of this change, built once inside its transaction for the reply and the broadcast. */
  item: QueueItem;
}

export interface ExecutorDeps {
  db: HubDatabase;
  clock: Clock;
  directory: Directory;
  settings: () => HubSettings;
  /** Called after commit, never before: only committed changes are broadcast. */
  onCommitted: (change: Committed) => void;
}

export interface CommandCall {
  actor: Actor;
  consultationId: number;
  body: unknown;
}

export function contextOf(row: ConsultationRow, settings: HubSettings): LifecycleContext {
  return {
    kind: row.kind,
    practiceOds: row.practiceOds,
    redFlags: row.redFlags,
    patient: { birthDate: row.birthDate, sex: row.sex },
    submittedAt: new Date(row.submittedAt).toISOString(),
    claimedBy: row.claimedBy,
    assigneeId: row.assigneeId,
    pendingDestination: row.pendingDestination,
    pendingOrganisationOds: row.pendingOrganisationOds,
    coordinatorMaySelfCare: settings.protocol.coordinatorMaySelfCare,
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
  });


export function authorise(actor: Actor, senders: CommandDefinition['senders']): void {
  const allowed =
    (actor.kind === 'staff' && (senders.staff ?? []).some((r) => actor.roles.includes(r))) ||
    (actor.kind === 'system' && senders.system === true) ||
    (actor.kind === 'integration' && senders.integration === true);
  if (!allowed) throw new HttpError('FORBIDDEN', 'Your role does not allow this action.');
}

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
  change: { type: string; actor: Actor; before: ConsultationRow | null; after: ConsultationRow; now: number; reason: string | null },
): Committed {
  const { type, actor, before, after, now, reason } = change;
  const seq = db.q.feed.append({
    consultationId: after.id,
    type,
    actorId: actorId(actor),
    payload: { status: after.status, version: after.version },
    at: now,
  });
  db.q.audit.append({
    at: now,
    actorId: actorId(actor),
    actorRole: actorRole(actor),
    action: type,
    consultationId: after.id,
    before: before ? auditState(before) : null,
    after: auditState(after),
    reason,
  });
  const pending = after.pendingHandoffId === null ? undefined : db.q.handoffs.byId(after.pendingHandoffId);
  return { seq, type, row: after, item: toQueueItem(after, directory, pending) };
}

export function createExecutor(deps: ExecutorDeps) {
  const { db, clock, directory } = deps;

  return async function execute<I>(definition: CommandDefinition<I>, call: CommandCall): Promise<Committed> {
    authorise(call.actor, definition.senders);
    const parsed = definition.input.safeParse(call.body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const input = parsed.data;
    const settings = deps.settings();

    const committed = await db.commit(() => {
      const now = clock.now();
      const before = db.q.consultations.byId(call.consultationId);
      assertVisible(call.actor, before, call.consultationId);
      const expectedVersion = (input as { expectedVersion?: number }).expectedVersion;
      if (expectedVersion !== undefined && expectedVersion !== before.version) {
        throw new HttpError('STALE_VERSION', `This request has changed since you loaded it (version ${before.version}, not ${expectedVersion}); reload and try again.`);
      }
      const args = { input, actor: call.actor, before, now, settings, db };
      const event = definition.toEvent(args);
      const decision = decide(before.status, contextOf(before, settings), event);
      if (!decision.ok) {
        const message =
          decision.code === 'ALREADY_CLAIMED' && before.claimedBy !== null
            ? `Already claimed by ${directory.staffName(before.claimedBy)}.`
            : decision.message;
        throw new HttpError(decision.code, message, decision.code === 'ALREADY_CLAIMED' ? { claimedBy: before.claimedBy } : undefined);
      }
      const { context } = decision;
      let after: ConsultationRow = {
        ...before,
        status: decision.status,
        version: before.version + 1,
        claimedBy: context.claimedBy,
        assigneeId: context.assigneeId,
        pendingDestination: context.pendingDestination,
        pendingOrganisationOds: context.pendingOrganisationOds,
        redFlags: context.redFlags,
        priority: context.redFlags.length > 0 ? 'red_flag' : 'routine',
        // A lease belongs to a claim; any command that ends the claim ends the lease.
        leaseExpiresAt: decision.status === 'in_triage' ? before.leaseExpiresAt : null,
        updatedAt: now,
      };
      after = { ...after, ...definition.patch?.({ ...args, after }) };
      const handoffId = definition.write?.({ ...args, after })?.handoffId;
      // The pending hand-off is the one just offered, and none once the request leaves waiting.
      const waiting = after.status === 'offered' || after.status === 'redirected' || after.status === 'returned_to_practice';
      after.pendingHandoffId = !waiting ? null : handoffId ?? before.pendingHandoffId;
      if (!db.q.consultations.writeLifecycle(after, before.version)) {
        throw new HttpError('STALE_VERSION', 'This request changed while your action was being saved; reload and try again.');
      }
      writeLiability(db, directory, { event, before, after, now, settings, handoffId: handoffId ?? before.pendingHandoffId ?? undefined });
      return recordChange(db, directory, { type: definition.name, actor: call.actor, before, after, now, reason: definition.reason?.(input) ?? null });
    });

    deps.onCommitted(committed);
    return committed;
  };
}

export type Execute = ReturnType<typeof createExecutor>;
