// Who is signed in on this browser: unknown until /api/auth/me answers, then a user or nobody.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { User } from '../../../shared/schemas/api';
import type { Role } from '../../../shared/schemas/domain';

export interface SessionState {
  status: 'unknown' | 'signed_in' | 'signed_out';
  user: User | null;
  /** Why the user is back at sign-in when it was not their choice ("your session has ended"). */
  notice: string | null;
  signedIn(user: User): void;
  signedOut(notice?: string): void;
}

export type SessionStore = StoreApi<SessionState>;

export function createSessionStore(user: User | null = null): SessionStore {
  return createStore<SessionState>()((set) => ({
    status: user ? 'signed_in' : 'unknown',
    user,
    notice: null,
    signedIn: (next) => set({ status: 'signed_in', user: next, notice: null }),
    signedOut: (notice) => set({ status: 'signed_out', user: null, notice: notice ?? null }),
  }));
}

/** Roles that work the hub's shared queue (mirrors the server's HUB_QUEUE_ROLES). */
const HUB_QUEUE_ROLES: readonly Role[] = ['coordinator', 'lead', 'anp', 'pharmacist', 'physio'];

/** Which home page a user gets: the hub queue, their practice's list, or the dashboard placeholder. */
export function homeFor(user: User): 'hub' | 'practice' | 'dashboard' {
  if (user.roles.some((r) => HUB_QUEUE_ROLES.includes(r))) return 'hub';
  if (user.roles.includes('practice')) return 'practice';
  return 'dashboard';
}
