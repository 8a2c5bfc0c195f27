// Asks the shared lifecycle machine what this user may do to a request, so the client offers
// exactly the actions the server would accept (docs/lifecycle.md).
import { allowedEvents } from '../../../shared/lifecycle/decide';
import type { Actor, LifecycleContext, LifecycleEvent, LifecycleEventType } from '../../../shared/lifecycle/events';
import type { ConsultationDetail, QueueItem, User } from '../../../shared/schemas/api';

export const actorOf = (user: User): Actor => ({ kind: 'staff', id: user.id, name: user.name, roles: user.roles, practiceOds: user.practiceOds });

/**
 * The machine's context rebuilt from what the client holds. A queue row has no birth date, so it
 * gets a placeholder: only routing guards read it, never claim or release. The duty clinician is
 * who the rota named when the page last asked (GET /api/rota), or nobody.
 */
export function lifecycleContextOf(item: QueueItem | ConsultationDetail, dutyClinicianId: number | null = null): LifecycleContext {
  const patient = 'birthDate' in item.patient ? { birthDate: item.patient.birthDate, sex: item.patient.sex } : { birthDate: '1900-01-01', sex: item.patient.sex };
  return {
    kind: item.kind,
    practiceOds: item.practiceOds,
    redFlags: item.redFlags,
    possibleRedFlags: item.possibleRedFlags,
    patient,
    submittedAt: item.submittedAt,
    claimedBy: item.claimedBy?.id ?? null,
    assigneeId: item.assignee?.id ?? null,
    pendingDestination: item.pendingDestination,
    pendingOrganisationOds: null,
    coordinatorMaySelfCare: false,
    dutyClinicianId,
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

const CLINICIAN_EVENTS = (actor: ReturnType<typeof actorOf>): LifecycleEvent[] => [
  { type: 'accept', actor },
  { type: 'decline', actor, reason: 'a reason' },
  { type: 'complete', actor, outcome: 'advice_given' },
  { type: 'hand_back', actor, reason: 'a reason' },
  { type: 'escalate', actor, reason: 'a reason' },
];

/** Which of accept, decline, complete, hand back and escalate the machine allows this user now. */
export function clinicianActionsFor(user: User, item: QueueItem | ConsultationDetail, dutyClinicianId: number | null = null): Set<LifecycleEventType> {
  return allowedEvents(item.status, lifecycleContextOf(item, dutyClinicianId), CLINICIAN_EVENTS(actorOf(user)));
}

const RED_FLAG_EVENTS = (actor: ReturnType<typeof actorOf>): LifecycleEvent[] => [
  { type: 'raise_red_flag', actor, reason: 'a reason' },
  { type: 'confirm_red_flag', actor, reason: 'a reason' },
  { type: 'clear_red_flag', actor, reason: 'a reason' },
];

/** Which of raise, confirm and clear a red flag the machine allows this user on this request now. */
export function redFlagActionsFor(user: User, item: QueueItem | ConsultationDetail): Set<LifecycleEventType> {
  return allowedEvents(item.status, lifecycleContextOf(item), RED_FLAG_EVENTS(actorOf(user)));
}

/**
 * Whether this user may route the request at all now (the holder in triage, the assignee with a
 * clinician). Probed with the duty clinician, where anyone may route: the routing panel then
 * checks each destination and the details with the shared rules.
 */
export function mayRouteNow(user: User, item: QueueItem | ConsultationDetail): boolean {
  const probe: LifecycleEvent = {
    type: 'offer',
    actor: actorOf(user),
    handoff: { destination: 'duty_clinician', reason: { code: 'other', text: 'probe' }, expectedVersion: item.version },
  };
  return allowedEvents(item.status, lifecycleContextOf(item), [probe]).has('offer');
}

/** Whether the machine lets this user (a lead) reassign the request now: probed with an offer to the ANP team. */
export function mayReassign(user: User, item: QueueItem | ConsultationDetail): boolean {
  const probe: LifecycleEvent = { type: 'reassign', actor: actorOf(user), reason: 'probe', to: { kind: 'team', team: 'anp' } };
  return allowedEvents(item.status, lifecycleContextOf(item), [probe]).has('reassign');
}
