// What the app depends on, passed down once: the API, the live link, the clock and the stores
// (queue, session, and the hub's settings in force).
// Tests hand in fakes here instead of mocking fetch or Socket.IO globally.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { HubApi } from './api/http';
import type { HubLink } from './api/socket';
import { createDutyStore, type DutyState, type DutyStore } from './stores/dutyStore';
import type { HubSettingsState, HubSettingsStore } from './stores/hubSettingsStore';
import type { QueueState, QueueStore } from './stores/queueStore';
import type { SessionState, SessionStore } from './stores/sessionStore';

export interface HubDeps {
  api: HubApi;
  connect: () => HubLink;
  now: () => number;
  queue: QueueStore;
  session: SessionStore;
  /** The hub's calendar, SLA policy and protocol in force (GET /api/hub), loaded after sign-in. */
  hubSettings: HubSettingsStore;
  /** Who the rota names as duty clinician now (GET /api/rota); pages that never ask share an empty one. */
  duty?: DutyStore;
}

const DepsContext = createContext<HubDeps | null>(null);

export function DepsProvider({ deps, children }: { deps: HubDeps; children: ReactNode }) {
  return <DepsContext.Provider value={deps}>{children}</DepsContext.Provider>;
}

export function useDeps(): HubDeps {
  const deps = useContext(DepsContext);
  if (!deps) throw new Error('useDeps() outside <DepsProvider>');
  return deps;
}

export const useQueue = <T,>(selector: (state: QueueState) => T): T => useStore(useDeps().queue, selector);
export const useSession = <T,>(selector: (state: SessionState) => T): T => useStore(useDeps().session, selector);
const NOBODY_ON_DUTY = createDutyStore();
/** The duty store in use: the app's, or (for deps built without one) a shared store that stays empty. */
export const dutyStoreOf = (deps: HubDeps): DutyStore => deps.duty ?? NOBODY_ON_DUTY;
export const useDuty = <T,>(selector: (state: DutyState) => T): T => useStore(dutyStoreOf(useDeps()), selector);
export const useHubSettings = <T,>(selector: (state: HubSettingsState) => T): T => useStore(useDeps().hubSettings, selector);

/** The signed-in user; pages below the sign-in guard may rely on it. */
export function useUser() {
  const user = useSession((s) => s.user);
  if (!user) throw new Error('useUser() with nobody signed in');
  return user;
}
