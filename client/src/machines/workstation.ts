// The coordinator's own working state (available, viewing, holding a claim, routing and submitting a route,
// away) and the live link's state, as one machine. No I/O here: the API calls are actors and the presence report
// an action, both provided by the queue page; time arrives on events so tests can move it.
import { and, assign, fromPromise, not, or, setup, stateIn, type NonReducibleUnknown } from 'xstate';
import type { QueueItem, WorkstationState } from '../../../shared/schemas/api';
import type { HandoffInput } from '../../../shared/schemas/handoff';
import type { PatientMessageEdit } from '../api/http';
import { isApiError, messageOf } from '../api/errors';
import { connectionRegion } from './workstationConnection';
import { RENEW_EVERY_MS, type Claimed, type WorkstationContext, type WorkstationEvent } from './workstationTypes';

export * from './workstationTypes';

const notProvided = <TOutput, TInput = NonReducibleUnknown>(name: string) =>
  fromPromise<TOutput, TInput>(() => Promise.reject(new Error(`the workstation's "${name}" actor was not provided`)));

/** Error events carry the actor's rejection; guards and actions see them through this. */
const errorOf = (event: unknown) => (event as { error?: unknown }).error;
const outputOf = (event: unknown) => (event as { output: Claimed }).output;

const LOST_CLAIM = 'You no longer hold this request: the claim lapsed or was released. It is back in the queue.';
const presence = (state: WorkstationState) => [{ type: 'setPresence', params: { state } }, { type: 'reportPresence' }] as const;
const claimFailed = [
  { guard: 'hasOpen', target: 'viewing', actions: 'showError' },
  { target: 'available', actions: 'showError' },
] as const;

export const workstationMachine = setup({
  types: { context: {} as WorkstationContext, events: {} as WorkstationEvent },
  actors: {
    claim: notProvided<Claimed, { id: number }>('claim'),
    claimNext: notProvided<Claimed>('claimNext'),
    renew: notProvided<Claimed, { id: number }>('renew'),
    release: notProvided<unknown, { id: number }>('release'),
    route: notProvided<QueueItem, { id: number; body: HandoffInput & PatientMessageEdit }>('route'),
    resync: notProvided<unknown>('resync'),
  },
  guards: {
    hasOpen: ({ context }) => context.openId !== null,
    renewDue: ({ context, event }) => event.type === 'ACTIVITY' && event.at - context.lastRenewAt >= RENEW_EVERY_MS,
    /** The hub says the claim is gone, as opposed to a network failure worth retrying. */
    claimLost: ({ event }) => isApiError(errorOf(event), 'NOT_CLAIMED', 'ALREADY_CLAIMED', 'INVALID_TRANSITION', 'NOT_FOUND'),
    hadLoss: ({ context }) => context.lostConnection,
  },
  actions: {
    setPresence: assign((_, params: { state: WorkstationState }) => ({ presence: params.state })),
    /** Tells the team what this workstation is doing; the queue page sends it over the socket. */
    reportPresence: () => {},
    openRequest: assign(({ event }) => (event.type === 'OPEN' ? { openId: event.id, error: null } : {})),
    closeRequest: assign({ openId: null }),
    startClaim: assign(({ event }) =>
      event.type === 'CLAIM' ? { pendingId: event.id, error: null, routed: null } : { error: null, routed: null },
    ),
    takeClaim: assign(({ event }) => {
      const { item, at } = outputOf(event);
      return { heldId: item.id, openId: item.id, pendingId: null, leaseExpiresAt: item.leaseExpiresAt, lastRenewAt: at };
    }),
    noteRenewal: assign(({ event }) => (event.type === 'ACTIVITY' ? { lastRenewAt: event.at } : {})),
    extendLease: assign(({ event }) => ({ leaseExpiresAt: outputOf(event).item.leaseExpiresAt })),
    dropClaim: assign({ heldId: null, leaseExpiresAt: null }),
    loseClaim: assign({ heldId: null, leaseExpiresAt: null, error: LOST_CLAIM }),
    showError: assign(({ event }) => ({ error: messageOf(errorOf(event)), pendingId: null })),
    clearError: assign({ error: null }),
    clearRouteError: assign({ routeError: null, routeErrorCode: null }),
    routeFailed: assign(({ event }) => {
      const error = errorOf(event);
      return { routeError: messageOf(error), routeErrorCode: isApiError(error) ? error.code : null };
    }),
    /** The request has left this coordinator's hands: remember where it went, and close it. */
    finishRouting: assign(({ event }) => ({
      routed: (event as unknown as { output: QueueItem }).output,
      heldId: null,
      openId: null,
      leaseExpiresAt: null,
      routeError: null,
      routeErrorCode: null,
    })),
    dismissRouted: assign({ routed: null }),
    noteLoss: assign({ lostConnection: true }),
    noteSynced: assign({ lostConnection: false }),
  },
}).createMachine({
  id: 'workstation',
  type: 'parallel',
  context: {
    openId: null,
    heldId: null,
    pendingId: null,
    leaseExpiresAt: null,
    lastRenewAt: 0,
    presence: 'available',
    error: null,
    lostConnection: false,
    routeError: null,
    routeErrorCode: null,
    routed: null,
  },
  states: {
    work: {
      initial: 'available',
      on: { DISMISS_ERROR: { actions: 'clearError' }, DISMISS_ROUTED: { actions: 'dismissRouted' } },
      states: {
        available: {
          entry: presence('available'),
          on: {
            OPEN: { target: 'viewing', actions: 'openRequest' },
            CLAIM: { target: 'claiming', actions: 'startClaim' },
            CLAIM_NEXT: { target: 'claimingNext', actions: ['clearError', 'dismissRouted'] },
            AWAY: 'away',
          },
        },
        viewing: {
          entry: presence('viewing'),
          on: {
            OPEN: { actions: 'openRequest' },
            CLOSE: { target: 'available', actions: 'closeRequest' },
            CLAIM: { target: 'claiming', actions: 'startClaim' },
            CLAIM_NEXT: { target: 'claimingNext', actions: ['clearError', 'dismissRouted'] },
            AWAY: { target: 'away', actions: 'closeRequest' },
          },
        },
        claiming: {
          invoke: {
            src: 'claim',
            input: ({ context }) => ({ id: context.pendingId ?? -1 }),
            onDone: { target: 'holding', actions: 'takeClaim' },
            onError: claimFailed,
          },
        },
        claimingNext: {
          invoke: { src: 'claimNext', onDone: { target: 'holding', actions: 'takeClaim' }, onError: claimFailed },
        },
        holding: {
          type: 'parallel',
          on: {
            // A release or route in flight ends the claim itself; the change that says so is not a loss.
            LEASE_LOST: { guard: not(or([stateIn('#releasing'), stateIn('#submittingRoute')])), target: 'viewing', actions: 'loseClaim' },
          },
          states: {
            task: {
              initial: 'triaging',
              states: {
                triaging: {
                  entry: presence('holding'),
                  on: { START_ROUTING: { target: 'routing', actions: 'clearRouteError' }, RELEASE: 'releasing' },
                },
                routing: {
                  entry: presence('routing'),
                  on: { CANCEL_ROUTING: 'triaging', RELEASE: 'releasing', SUBMIT_ROUTE: { target: 'submittingRoute', actions: 'clearRouteError' } },
                },
                // The hand-off goes with the version the coordinator saw; a refusal (422, 409) keeps the panel open with the hub's sentence.
                submittingRoute: {
                  id: 'submittingRoute',
                  invoke: {
                    src: 'route',
                    input: ({ context, event }) => ({ id: context.heldId ?? -1, body: (event as Extract<WorkstationEvent, { type: 'SUBMIT_ROUTE' }>).body }),
                    onDone: { target: '#workstation.work.available', actions: 'finishRouting' },
                    onError: { target: 'routing', actions: 'routeFailed' },
                  },
                },
                releasing: {
                  id: 'releasing',
                  invoke: {
                    src: 'release',
                    input: ({ context }) => ({ id: context.heldId ?? -1 }),
                    onDone: { target: '#workstation.work.viewing', actions: 'dropClaim' },
                    onError: [
                      { guard: 'claimLost', target: '#workstation.work.viewing', actions: ['dropClaim', 'showError'] },
                      { target: 'triaging', actions: 'showError' },
                    ],
                  },
                },
              },
            },
            lease: {
              initial: 'current',
              states: {
                // No renewal while a route is on its way: the claim ends with it.
                current: { on: { ACTIVITY: { guard: and(['renewDue', not(stateIn('#submittingRoute'))]), target: 'renewing', actions: 'noteRenewal' } } },
                renewing: {
                  invoke: {
                    src: 'renew',
                    input: ({ context }) => ({ id: context.heldId ?? -1 }),
                    onDone: { target: 'current', actions: 'extendLease' },
                    onError: [
                      { guard: and(['claimLost', not(stateIn('#submittingRoute'))]), target: '#workstation.work.viewing', actions: 'loseClaim' },
                      { target: 'current' },
                    ],
                  },
                },
              },
            },
          },
        },
        away: { entry: presence('away'), on: { BACK: 'available' } },
      },
    },
    connection: connectionRegion,
  },
});

export type WorkstationMachine = typeof workstationMachine;
