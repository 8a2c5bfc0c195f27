// The lifecycle's guards as plain predicates, shared by the machine (to decide) and the refusal
// explainer (to say why not). Each takes the context and the event, and does no I/O.
import { CLINICAL_ROLES, type Destination, type Role } from '../schemas/domain';
import { DESTINATION_RULES, checkRoute } from '../rules/destinations';
import type { Actor, LifecycleContext, LifecycleEvent } from './events';

type GuardArgs = { context: LifecycleContext; event: LifecycleEvent };

const staffRoles = (actor: Actor): readonly Role[] => (actor.kind === 'staff' ? actor.roles : []);
const hasRole = (actor: Actor, ...roles: Role[]) => staffRoles(actor).some((r) => roles.includes(r));

/** The role whose members answer an offer to each hub team. */
export const TEAM_ROLE: Partial<Record<Destination, Role>> = {
  anp: 'anp',
  pharmacist: 'pharmacist',
  physio: 'physio',
  duty_clinician: 'lead',
};

export const guards = {
  /** Coordinators triage the live queue; the clinical lead may step in. */
  mayTriage: ({ event }: GuardArgs) => hasRole(event.actor, 'coordinator', 'lead'),
  isHolder: ({ context, event }: GuardArgs) => event.actor.kind === 'staff' && context.claimedBy === event.actor.id,
  isAssignee: ({ context, event }: GuardArgs) => event.actor.kind === 'staff' && context.assigneeId === event.actor.id,
  isScheduler: ({ event }: GuardArgs) => event.actor.kind === 'system',
  isClinician: ({ event }: GuardArgs) => hasRole(event.actor, ...CLINICAL_ROLES),
  isLead: ({ event }: GuardArgs) => hasRole(event.actor, 'lead'),
  isOfferedTeamMember: ({ context, event }: GuardArgs) => {
    const role = context.pendingDestination ? TEAM_ROLE[context.pendingDestination] : undefined;
    // The duty clinician on the rota answers duty offers while on duty, whatever their role (docs/rota.md).
    const onDuty = context.pendingDestination === 'duty_clinician' && event.actor.kind === 'staff' && context.dutyClinicianId === event.actor.id;
    return onDuty || (role !== undefined && hasRole(event.actor, role));
  },
  /** The lead's reassign to a named coordinator or lead, who then holds it for triage. */
  reassignsToTriager: ({ event }: GuardArgs) =>
    event.type === 'reassign' && event.to.kind === 'person' && event.to.roles.some((r) => r === 'coordinator' || r === 'lead'),
  reassignsToTeam: ({ event }: GuardArgs) => event.type === 'reassign' && event.to.kind === 'team',
  /** Staff of the request's own practice: they accept what is handed back to them. */
  isOwnPractice: ({ context, event }: GuardArgs) =>
    event.actor.kind === 'staff' && hasRole(event.actor, 'practice') && event.actor.practiceOds === context.practiceOds,
  /** The pharmacy a referral went to, by its integration key, or the demo hub's simulator. */
  isReferredOrganisation: ({ context, event }: GuardArgs) =>
    (event.actor.kind === 'integration' && event.actor.organisationOds === context.pendingOrganisationOds) ||
    event.actor.kind === 'system',
  mayRaiseRedFlag: ({ event }: GuardArgs) => hasRole(event.actor, 'coordinator', ...CLINICAL_ROLES),
  /** Anyone who works requests may phone a patient a message did not reach, and record it. */
  mayContactPatient: ({ event }: GuardArgs) => hasRole(event.actor, 'coordinator', ...CLINICAL_ROLES),
  /** The screen left a possible flag for a clinician to settle. */
  hasPossibleRedFlag: ({ context }: GuardArgs) => context.possibleRedFlags.length > 0,
  /** Something to clear: a red flag, or a possible one. */
  hasAnyRedFlag: ({ context }: GuardArgs) => context.redFlags.length > 0 || context.possibleRedFlags.length > 0,
  routeAllowed: ({ context, event }: GuardArgs) => routeVerdict(context, event).ok,
};

export function routeVerdict(context: LifecycleContext, event: LifecycleEvent) {
  if (event.type !== 'offer') return { ok: false as const, code: 'INVALID_TRANSITION' as const, message: 'not a routing event' };
  return checkRoute({
    actorRoles: [...staffRoles(event.actor)],
    destination: event.handoff.destination,
    consultation: {
      kind: context.kind,
      redFlags: context.redFlags,
      patient: context.patient,
      submittedAt: context.submittedAt,
    },
    details: event.handoff,
    pharmacy: event.pharmacy,
    protocol: { coordinatorMaySelfCare: context.coordinatorMaySelfCare, closedToCoordinators: context.closedToCoordinators },
  });
}

/** Where a routing decision leaves the request, by the kind of destination. */
export const routesTo = (kind: 'hub_team' | 'practice' | 'external' | 'patient' | 'closing') => ({ event }: GuardArgs) => {
  if (event.type !== 'offer') return false;
  const destinationKind = DESTINATION_RULES[event.handoff.destination].kind;
  switch (kind) {
    case 'hub_team':
      return destinationKind === 'hub_team';
    case 'practice':
      return destinationKind === 'practice';
    case 'external':
      return destinationKind === 'external_pharmacy';
    // Self-care and self-referral wait until the patient has the advice (docs/messaging.md).
    case 'patient':
      return destinationKind === 'patient_led' || destinationKind === 'patient';
    case 'closing':
      return destinationKind === 'urgent';
  }
};
