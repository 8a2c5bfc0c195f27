// The coordinator's own working state (available, viewing, holding a claim, routing, away) and the
// live link's state, as one machine. No I/O here: the API calls are actors and the presence report
// an action, both provided by the queue page; time arrives on events so tests can move it.
import { assign, fromPromise, not, setup, stateIn, type NonReducibleUnknown } from 'xstate';
import type { WorkstationState } from '../../../shared/schemas/api';
import { isApiError, messageOf } from '../api/errors';
import {
  RECOVERED_NOTICE_MS,
  RENEW_EVERY_MS,
  RESYNC_RETRY_MS,
  type Claimed,
  type WorkstationContext,
  type WorkstationEvent,
} from './workstationTypes';

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
    startClaim: assign(({ event }) => (event.type === 'CLAIM' ? { pendingId: event.id, error: null } : { error: null })),
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
  },
  states: {
    work: {
      initial: 'available',
      on: { DISMISS_ERROR: { actions: 'clearError' } },
      states: {
        available: {
          entry: presence('available'),
          on: {
            OPEN: { target: 'viewing', actions: 'openRequest' },
            CLAIM: { target: 'claiming', actions: 'startClaim' },
            CLAIM_NEXT: { target: 'claimingNext', actions: 'clearError' },
            AWAY: 'away',
          },
        },
        viewing: {
          entry: presence('viewing'),
          on: {
            OPEN: { actions: 'openRequest' },
            CLOSE: { target: 'available', actions: 'closeRequest' },
            CLAIM: { target: 'claiming', actions: 'startClaim' },
            CLAIM_NEXT: { target: 'claimingNext', actions: 'clearError' },
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
            // A release in flight ends the claim itself; the change that says so is not a loss.
            LEASE_LOST: { guard: not(stateIn('#releasing')), target: 'viewing', actions: 'loseClaim' },
          },
          states: {
            task: {
              initial: 'triaging',
              states: {
                triaging: { entry: presence('holding'), on: { START_ROUTING: 'routing', RELEASE: 'releasing' } },
                // Placeholder: the routing panel arrives with its own issue.
                routing: { entry: presence('routing'), on: { CANCEL_ROUTING: 'triaging', RELEASE: 'releasing' } },
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
                current: { on: { ACTIVITY: { guard: 'renewDue', target: 'renewing', actions: 'noteRenewal' } } },
                renewing: {
                  invoke: {
                    src: 'renew',
                    input: ({ context }) => ({ id: context.heldId ?? -1 }),
                    onDone: { target: 'current', actions: 'extendLease' },
                    onError: [{ guard: 'claimLost', target: '#workstation.work.viewing', actions: 'loseClaim' }, { target: 'current' }],
                  },
                },
              },
            },
          },
        },
        away: { entry: presence('away'), on: { BACK: 'available' } },
      },
    },
    connection: {
      initial: 'connecting',
      states: {
        connecting: {
          on: {
            SOCKET_CONNECTED: 'resyncing',
            SOCKET_DISCONNECTED: { target: 'disconnected', actions: 'noteLoss' },
            RECONNECT_ATTEMPT: { target: 'reconnecting', actions: 'noteLoss' },
          },
        },
        disconnected: { on: { RECONNECT_ATTEMPT: 'reconnecting', SOCKET_CONNECTED: 'resyncing' } },
        reconnecting: { on: { SOCKET_CONNECTED: 'resyncing' } },
        // Every (re)connect asks for what happened since our last sequence: nothing is lost in the gap.
        resyncing: {
          invoke: {
            src: 'resync',
            onDone: [
              { guard: 'hadLoss', target: 'online.recovered', actions: 'noteSynced' },
              { target: 'online.steady' },
            ],
            onError: 'resyncFailed',
          },
          on: { SOCKET_DISCONNECTED: { target: 'disconnected', actions: 'noteLoss' } },
        },
        resyncFailed: {
          after: { [RESYNC_RETRY_MS]: 'resyncing' },
          on: { SOCKET_DISCONNECTED: { target: 'disconnected', actions: 'noteLoss' } },
        },
        online: {
          // The hub forgets a workstation's state when its socket drops; tell it again.
          entry: 'reportPresence',
          initial: 'steady',
          states: { steady: {}, recovered: { after: { [RECOVERED_NOTICE_MS]: 'steady' } } },
          on: { SOCKET_DISCONNECTED: { target: 'disconnected', actions: 'noteLoss' } },
        },
      },
    },
  },
});

export type WorkstationMachine = typeof workstationMachine;
