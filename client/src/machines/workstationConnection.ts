// The workstation machine's connection region: connect, lose the link, reconnect, and resync after
// every (re)connect so nothing committed in the gap is missed. Names refer to the machine's setup().
import { RECOVERED_NOTICE_MS, RESYNC_RETRY_MS } from './workstationTypes';

export const connectionRegion = {
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
} as const;
