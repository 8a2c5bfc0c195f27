// The lifecycle of a consultation request (docs/lifecycle.md): the single authority on which event is
// allowed in which state, by whom. Pure: the server computes transitions with `transition()`,
// the client asks `can()` to show only the actions that are allowed.
import { and, assign, or, setup } from 'xstate';
import type { LifecycleContext, LifecycleEvent } from './events';
import { guards, routesTo } from './guards';

const routeGuard = (holderGuard: 'isHolder' | 'isAssignee', kind: Parameters<typeof routesTo>[0]) =>
  and([holderGuard, 'routeAllowed', `routesTo_${kind}`]);

/** Routing decisions: where an allowed hand-off leaves the request, by kind of destination. */
const routing = (holderGuard: 'isHolder' | 'isAssignee') =>
  [
    { guard: routeGuard(holderGuard, 'hub_team'), target: 'offered', actions: 'recordOffer' },
    { guard: routeGuard(holderGuard, 'practice'), target: 'returned_to_practice', actions: 'recordOffer' },
    { guard: routeGuard(holderGuard, 'external'), target: 'redirected', actions: 'recordOffer' },
    { guard: routeGuard(holderGuard, 'patient'), target: 'awaiting_delivery', actions: 'recordOffer' },
    { guard: routeGuard(holderGuard, 'closing'), target: 'closed', actions: 'recordOffer' },
  ] as const;

/**
 * The lead breaks whoever holds a request (a claim, or a clinician's acceptance) and gives it to a named
 * coordinator or lead, with a fresh lease, or offers it to a hub team; the reason is recorded.
 */
const reassign = [
  { guard: and(['isLead', 'reassignsToTriager']), target: 'in_triage', actions: 'claimFor' },
  { guard: and(['isLead', 'reassignsToTeam']), target: 'offered', actions: 'offerToTeam' },
] as const;

/** Events any open request takes without changing state: flags, and the scheduler's SLA breaches. */
const openRequestEvents = {
  raise_red_flag: { guard: 'mayRaiseRedFlag', actions: 'raiseRedFlag' },
  confirm_red_flag: { guard: and(['isClinician', 'hasPossibleRedFlag']), actions: 'confirmPossibleRedFlags' },
  clear_red_flag: { guard: and(['isClinician', 'hasAnyRedFlag']), actions: 'clearRedFlags' },
  sla_breached: { guard: 'isScheduler', actions: 'noteSlaBreach' },
} as const;

export const lifecycleMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleEvent,
    input: {} as LifecycleContext,
  },
  guards: {
    ...guards,
    routesTo_hub_team: routesTo('hub_team'),
    routesTo_practice: routesTo('practice'),
    routesTo_external: routesTo('external'),
    routesTo_patient: routesTo('patient'),
    routesTo_closing: routesTo('closing'),
  },
  actions: {
    takeClaim: assign({ claimedBy: ({ event }) => (event.actor.kind === 'staff' ? event.actor.id : null) }),
    dropClaim: assign({ claimedBy: null }),
    claimFor: assign(({ event }) =>
      event.type === 'reassign' && event.to.kind === 'person'
        ? { claimedBy: event.to.id, assigneeId: null, pendingDestination: null, pendingOrganisationOds: null }
        : {},
    ),
    offerToTeam: assign(({ event }) =>
      event.type === 'reassign' && event.to.kind === 'team'
        ? { claimedBy: null, assigneeId: null, pendingDestination: event.to.team, pendingOrganisationOds: null }
        : {},
    ),
    recordOffer: assign(({ event }) =>
      event.type === 'offer'
        ? {
            claimedBy: null,
            assigneeId: null,
            pendingDestination: event.handoff.destination,
            pendingOrganisationOds: 'pharmacyOds' in event.handoff ? event.handoff.pharmacyOds : null,
          }
        : {},
    ),
    offerToDutyClinician: assign({
      claimedBy: null,
      assigneeId: null,
      pendingDestination: 'duty_clinician' as const,
      pendingOrganisationOds: null,
    }),
    takeOffer: assign({
      assigneeId: ({ event }) => (event.actor.kind === 'staff' ? event.actor.id : null),
      pendingDestination: null,
      pendingOrganisationOds: null,
    }),
    backToQueue: assign({ claimedBy: null, assigneeId: null, pendingDestination: null, pendingOrganisationOds: null }),
    settleOffer: assign({ pendingDestination: null, pendingOrganisationOds: null }),
    // A flag raised by hand names its rule when the sender chose one; a possible flag of that rule is now settled.
    raiseRedFlag: assign(({ context, event }) => {
      if (event.type !== 'raise_red_flag') return {};
      const id = event.ruleId ?? 'raised_by_hand';
      return {
        redFlags: context.redFlags.includes(id) ? context.redFlags : [...context.redFlags, id],
        possibleRedFlags: context.possibleRedFlags.filter((p) => p !== id),
      };
    }),
    confirmPossibleRedFlags: assign(({ context }) => ({
      redFlags: [...context.redFlags, ...context.possibleRedFlags.filter((p) => !context.redFlags.includes(p))],
      possibleRedFlags: [],
    })),
    clearRedFlags: assign({ redFlags: [], possibleRedFlags: [] }),
    // Events that change no state still need an action: XState's can() counts a transition
    // with neither target nor action as not taken. The server records them; nothing runs here.
    noteSlaBreach: () => {},
    noteActivity: () => {},
  },
}).createMachine({
  id: 'consultation',
  context: ({ input }) => input,
  initial: 'queued',
  states: {
    queued: {
      on: {
        claim: { guard: 'mayTriage', target: 'in_triage', actions: 'takeClaim' },
        // Red-flag screening at intake offers the request to the duty clinician at once.
        escalate: { guard: 'isScheduler', target: 'offered', actions: 'offerToDutyClinician' },
        cancel: { guard: 'isLead', target: 'cancelled' },
        reassign,
        ...openRequestEvents,
      },
    },
    in_triage: {
      on: {
        // A second claim by the holder just renews the lease; anyone else is refused.
        claim: { guard: 'isHolder', actions: 'noteActivity' },
        renew: { guard: 'isHolder', actions: 'noteActivity' },
        release: { guard: or(['isHolder', 'isLead']), target: 'queued', actions: 'dropClaim' },
        lease_expired: { guard: 'isScheduler', target: 'queued', actions: 'dropClaim' },
        offer: routing('isHolder'),
        escalate: { guard: 'isHolder', target: 'offered', actions: 'offerToDutyClinician' },
        cancel: { guard: or(['isHolder', 'isLead']), target: 'cancelled', actions: 'dropClaim' },
        reassign,
        ...openRequestEvents,
      },
    },
    offered: {
      on: {
        accept: { guard: 'isOfferedTeamMember', target: 'with_clinician', actions: 'takeOffer' },
        decline: { guard: 'isOfferedTeamMember', target: 'queued', actions: 'backToQueue' },
        offer_expired: { guard: 'isScheduler', target: 'queued', actions: 'backToQueue' },
        ...openRequestEvents,
      },
    },
    with_clinician: {
      on: {
        complete: { guard: 'isAssignee', target: 'closed' },
        hand_back: { guard: 'isAssignee', target: 'queued', actions: 'backToQueue' },
        escalate: { guard: 'isAssignee', target: 'offered', actions: 'offerToDutyClinician' },
        offer: routing('isAssignee'),
        reassign,
        ...openRequestEvents,
      },
    },
    redirected: {
      on: {
        acknowledge: { guard: 'isReferredOrganisation', target: 'closed', actions: 'settleOffer' },
        acknowledgement_expired: { guard: 'isScheduler', target: 'queued', actions: 'backToQueue' },
        sla_breached: { guard: 'isScheduler', actions: 'noteSlaBreach' },
        // The lead, after reviewing the decision, withdraws the referral while it is still unanswered.
        reopen: { guard: 'isLead', target: 'queued', actions: 'backToQueue' },
      },
    },
    awaiting_delivery: {
      on: {
        message_delivered: { guard: 'isScheduler', target: 'closed', actions: 'settleOffer' },
        // Responsibility comes back to the hub; the request waits for a person to reach the patient.
        message_failed: { guard: 'isScheduler', actions: 'noteActivity' },
        patient_told: { guard: 'mayContactPatient', target: 'closed', actions: 'settleOffer' },
        patient_not_reached: { guard: 'mayContactPatient', target: 'queued', actions: 'backToQueue' },
        sla_breached: { guard: 'isScheduler', actions: 'noteSlaBreach' },
        reopen: { guard: 'isLead', target: 'queued', actions: 'backToQueue' },
      },
    },
    returned_to_practice: {
      on: {
        accept: { guard: 'isOwnPractice', target: 'closed', actions: 'settleOffer' },
        decline: { guard: 'isOwnPractice', target: 'queued', actions: 'backToQueue' },
        acknowledgement_expired: { guard: 'isScheduler', target: 'queued', actions: 'backToQueue' },
        sla_breached: { guard: 'isScheduler', actions: 'noteSlaBreach' },
        reopen: { guard: 'isLead', target: 'queued', actions: 'backToQueue' },
      },
    },
    closed: {
      on: { reopen: { guard: 'isLead', target: 'queued', actions: 'backToQueue' } },
    },
    cancelled: {
      on: { reopen: { guard: 'isLead', target: 'queued', actions: 'backToQueue' } },
    },
  },
});

export type LifecycleMachine = typeof lifecycleMachine;
