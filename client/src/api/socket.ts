// The live link to the hub: wraps Socket.IO behind a small interface so the app (and tests) see
// changes, presence and connection status as plain callbacks.
import { io, type Socket } from 'socket.io-client';
import type {
  ChangeEvent,
  ClientToServerEvents,
  HubNotice,
  Presence,
  ResyncReply,
  ServerToClientEvents,
  WorkstationState,
} from '../../../shared/schemas/api';
import { resyncReplySchema } from '../../../shared/schemas/api';
import { ApiError } from './errors';

export type LinkStatus = 'connected' | 'disconnected' | 'reconnecting' | 'refused';

export interface HubLink {
  onChange(listener: (change: ChangeEvent) => void): void;
  onPresence(listener: (presence: Presence) => void): void;
  onStatus(listener: (status: LinkStatus) => void): void;
  /** An aggregate other than a request changed (the rota, settings…): refetch it. */
  onNotice(listener: (notice: HubNotice) => void): void;
  /** Everything after `since`, or a fresh snapshot when the hub thinks that is cheaper. */
  resync(since: number): Promise<ResyncReply>;
  reportPresence(state: WorkstationState): void;
  /** Tries again after a refusal (the hub does not retry a refused link): the idle lock's resume. */
  reconnect(): void;
  close(): void;
}

const RESYNC_TIMEOUT_MS = 15_000;

export function createSocketLink(url?: string): HubLink {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = url
    ? io(url, { withCredentials: true })
    : io({ withCredentials: true });
  const statusListeners: ((status: LinkStatus) => void)[] = [];
  const tell = (status: LinkStatus) => statusListeners.forEach((l) => l(status));

  socket.on('connect', () => tell('connected'));
  socket.on('disconnect', (reason) => {
    tell('disconnected');
    // The server closed us on purpose (e.g. restart): Socket.IO will not retry by itself.
    if (reason === 'io server disconnect') socket.connect();
  });
  socket.on('connect_error', (error) => tell(error.message === 'NOT_SIGNED_IN' ? 'refused' : 'disconnected'));
  socket.io.on('reconnect_attempt', () => tell('reconnecting'));

  return {
    onChange: (listener) => void socket.on('change', listener),
    onPresence: (listener) => void socket.on('presence', listener),
    onStatus: (listener) => void statusListeners.push(listener),
    onNotice: (listener) => void socket.on('notice', listener),
    async resync(since) {
      const reply: unknown = await socket.timeout(RESYNC_TIMEOUT_MS).emitWithAck('resync', since);
      const parsed = resyncReplySchema.safeParse(reply);
      if (!parsed.success) throw new ApiError('BAD_RESPONSE', 'The hub sent a resync reply this page cannot read.', 0);
      return parsed.data;
    },
    reportPresence: (state) => void (socket.connected && socket.emit('presence', state)),
    reconnect: () => void socket.connect(),
    close: () => void socket.close(),
  };
}
