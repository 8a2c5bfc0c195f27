// The workstation machine's context, events and timings: the vocabulary the queue page speaks to it in.
import type { QueueItem, WorkstationState } from '../../../shared/schemas/api';
import type { HandoffInput } from '../../../shared/schemas/handoff';
import type { PatientMessageEdit } from '../api/http';

/** Activity renews the claim's lease at most this often (the server's lease is minutes long). */
export const RENEW_EVERY_MS = 60_000;
/** After a failed resync, try again after this long. */
export const RESYNC_RETRY_MS = 5_000;
/** How long "back online" stays on screen after a reconnect. */
export const RECOVERED_NOTICE_MS = 8_000;

/** What a claim (or a renewal, which is the holder claiming again) resolves with. */
export interface Claimed {
  item: QueueItem;
  at: number;
}

export interface WorkstationContext {
  /** The request open in the detail pane. */
  openId: number | null;
  /** The request this workstation holds a claim on. */
  heldId: number | null;
  /** The request a claim is on its way for. */
  pendingId: number | null;
  leaseExpiresAt: string | null;
  lastRenewAt: number;
  presence: WorkstationState;
  error: string | null;
  /** The link dropped since the last good sync. */
  lostConnection: boolean;
  /** Why the hub refused the last routing attempt (its sentence), shown in the routing panel. */
  routeError: string | null;
  /** Its code, so the panel can put a refused message to the patient beside the message. */
  routeErrorCode: string | null;
  /** The request this workstation last routed, as the hub replied: it has left our hands. */
  routed: QueueItem | null;
}

export type WorkstationEvent =
  | { type: 'OPEN'; id: number }
  | { type: 'CLOSE' }
  | { type: 'CLAIM'; id: number }
  | { type: 'CLAIM_NEXT' }
  | { type: 'RELEASE' }
  | { type: 'START_ROUTING' }
  | { type: 'CANCEL_ROUTING' }
  | { type: 'SUBMIT_ROUTE'; body: HandoffInput & PatientMessageEdit }
  | { type: 'DISMISS_ROUTED' }
  | { type: 'ACTIVITY'; at: number }
  | { type: 'LEASE_LOST' }
  | { type: 'AWAY' }
  | { type: 'BACK' }
  | { type: 'DISMISS_ERROR' }
  | { type: 'SOCKET_CONNECTED' }
  | { type: 'SOCKET_DISCONNECTED' }
  | { type: 'RECONNECT_ATTEMPT' };
