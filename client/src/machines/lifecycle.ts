// Asks the shared lifecycle machine what this user may do to a request, so the client offers
// exactly the actions the server would accept (DESIGN §3).
import { allowedEvents } from '../../../shared/lifecycle/decide';
import type { Actor, LifecycleContext, LifecycleEvent, LifecycleEventType } from '../../../shared/lifecycle/events';
import type { ConsultationDetail, QueueItem, User } from '../../../shared/schemas/api';

export const actorOf = (user: User): Actor => ({ kind: 'staff', id: user.id, name: user.name, roles: user.roles, practiceOds: user.practiceOds });

/**
 * The machine's context rebuilt from what the client holds. A queue row has no birth date, so it
 * gets a placeholder: only routing guards read it, never claim or release.
 */
export function lifecycleContextOf(item: QueueItem | ConsultationDetail): LifecycleContext {
  const patient = 'birthDate' in item.patient ? { birthDate: item.patient.birthDate, sex: item.patient.sex } : { birthDate: '1900-01-01', sex: item.patient.sex };
  return {
    kind: item.kind,
    practiceOds: item.practiceOds,
    redFlags: item.redFlags,
    patient,
    submittedAt: item.submittedAt,
    claimedBy: item.claimedBy?.id ?? null,
    assigneeId: item.assignee?.id ?? null,
    pendingDestination: item.pendingDestination,
    pendingOrganisationOds: null,
    coordinatorMaySelfCare: false,
  };
}

const TRIAGE_EVENTS: LifecycleEventType[] = ['claim', 'release'];

/** Which of claim/release the machine allows this user on this request now. */
export function triageActionsFor(user: User, item: QueueItem | ConsultationDetail): Set<LifecycleEventType> {
  const actor = actorOf(user);
  const candidates = TRIAGE_EVENTS.map((type) => ({ type, actor }) as LifecycleEvent);
  return allowedEvents(item.status, lifecycleContextOf(item), candidates);
}

/** A claim the user can take: allowed by the machine, and not already theirs (a second claim only renews). */
export const mayClaim = (user: User, item: QueueItem | ConsultationDetail) =>
  item.claimedBy?.id !== user.id && triageActionsFor(user, item).has('claim');

export const mayRelease = (user: User, item: QueueItem | ConsultationDetail) => triageActionsFor(user, item).has('release');
