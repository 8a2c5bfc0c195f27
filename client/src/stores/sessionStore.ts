// Who is signed in on this browser: unknown until /api/auth/me answers, then a user or nobody.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { User } from '../../../shared/schemas/api';
import type { Role } from '../../../shared/schemas/domain';
import { STATS_READERS } from '../../../shared/schemas/stats';

export interface SessionState {
  /** `locked`: the idle lock is over the page (features/session/IdleLock.tsx); the user is kept, to resume. */
  status: 'unknown' | 'signed_in' | 'signed_out' | 'locked';
  user: User | null;
  /** Why the user is back at sign-in when it was not their choice ("your session has ended"). */
  notice: string | null;
  signedIn(user: User): void;
  signedOut(notice?: string): void;
  /** The idle lock: the session on the hub has ended, the page waits hidden for the same user. */
  locked(): void;
}

export type SessionStore = StoreApi<SessionState>;

export function createSessionStore(user: User | null = null): SessionStore {
  return createStore<SessionState>()((set) => ({
    status: user ? 'signed_in' : 'unknown',
    user,
    notice: null,
    signedIn: (next) => set({ status: 'signed_in', user: next, notice: null }),
    signedOut: (notice) => set({ status: 'signed_out', user: null, notice: notice ?? null }),
    locked: () => set({ status: 'locked' }),
  }));
}

/** Roles that work the hub's shared queue (mirrors the server's HUB_QUEUE_ROLES). */
const HUB_QUEUE_ROLES: readonly Role[] = ['coordinator', 'lead', 'anp', 'pharmacist', 'physio'];

/** Members of a hub team (anp → ANP team, lead → duty clinician…): they work an inbox. */
const INBOX_ROLES: readonly Role[] = ['anp', 'pharmacist', 'physio', 'lead'];

export type Home = 'hub' | 'inbox' | 'practice' | 'dashboard';

/**
 * Which home page a user gets: coordinators the hub queue, clinicians their inbox (they may still
 * look at the hub queue), practice staff their practice's list, everyone else the dashboard.
 */
export function homeFor(user: User): Home {
  if (user.roles.includes('coordinator')) return 'hub';
  if (user.roles.some((r) => INBOX_ROLES.includes(r))) return 'inbox';
  if (user.roles.some((r) => HUB_QUEUE_ROLES.includes(r))) return 'hub';
  if (user.roles.includes('practice')) return 'practice';
  return 'dashboard';
}

/** Whether the user may look at the hub's shared queue. */
export const seesHubQueue = (user: User) => user.roles.some((r) => HUB_QUEUE_ROLES.includes(r));
/** The clinical lead reviews a sample of decisions (docs/clinical-safety/review.md). */
export const isReviewLead = (user: User) => user.roles.includes('lead');
/** Coordinators see the lead's reviews of their own decisions (clinicians' decisions are reviewed too, and they may look). */
export const receivesReviews = (user: User) => user.roles.some((r) => r === 'coordinator' || r === 'anp' || r === 'pharmacist' || r === 'physio');

/** Whether the user may look at the duty clinician rota: everyone who works in the hub (GET /api/rota). */
export const seesRota = (user: User) => seesHubQueue(user) || user.roles.some((r) => r === 'admin' || r === 'manager');

/** Message text is patient data: the hub's queue roles and the admin see sent messages, managers never do (docs/messaging.md). */
export const seesSentMessages = (user: User) => seesHubQueue(user) || user.roles.includes('admin');

/** The figures' readers (STATS_READERS: manager, lead, admin) see the dashboard, which holds aggregates only. */
export const readsStats = (user: User) => user.roles.some((r) => (STATS_READERS as readonly Role[]).includes(r));
/** The admin's screens: staff accounts, the hub's hours and policies, organisations (docs/admin.md). */
export const isAdmin = (user: User) => user.roles.includes('admin');

export const HOME_PATHS: Record<Home, string> = { hub: '/queue', inbox: '/inbox', practice: '/practice', dashboard: '/dashboard' };
