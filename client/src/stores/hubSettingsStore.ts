// The hub's own settings in force (GET /api/hub): opening hours and closures, SLA policy, the signed-off
// protocol and the claim lease. Starts from the shared defaults, is loaded once after sign-in, and keeps
// what it has (the defaults at first) when the hub cannot be asked.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_PROTOCOL } from '../../../shared/rules/destinations';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY } from '../../../shared/time/hubCalendar';
import { IDLE_LOCK_BOUNDS, type HubSettingsView } from '../../../shared/schemas/settings';
import type { HubApi } from '../api/http';

/**
 * The shared defaults (docs/domain-rules.md), used until the hub answers. The protocol is the stricter reading:
 * coordinators may not close with self-care until the hub says they may.
 */
export const DEFAULT_HUB_SETTINGS: HubSettingsView = Object.freeze({
  calendar: DEFAULT_HUB_CALENDAR,
  sla: DEFAULT_SLA_POLICY,
  protocol: Object.freeze({ version: 'in force', signedOffBy: 'the GP clinical lead', coordinatorMaySelfCare: DEFAULT_PROTOCOL.coordinatorMaySelfCare }),
  leaseMinutes: 10,
  idleLockMinutes: IDLE_LOCK_BOUNDS.default,
});

export interface HubSettingsState {
  /** `defaults` until loaded; `failed` keeps whatever was in force (the defaults on a first failure). */
  status: 'defaults' | 'loading' | 'loaded' | 'failed';
  settings: HubSettingsView;
  /**
   * Asks the hub for its settings, once: does nothing while a request is out or once loaded (a failed
   * load may be tried again). Never rejects.
   */
  load(api: Pick<HubApi, 'hub'>): Promise<void>;
  /** Asks again whatever the status (the hub said its settings or protocol changed); keeps what it has on failure. */
  refresh(api: Pick<HubApi, 'hub'>): Promise<void>;
  /** Back to the defaults (on sign-out), so the next sign-in asks again. */
  reset(): void;
}

export type HubSettingsStore = StoreApi<HubSettingsState>;

/** A store holding `initial`: the defaults (to be loaded), or settings already known (a test's), taken as loaded. */
export function createHubSettingsStore(initial: HubSettingsView = DEFAULT_HUB_SETTINGS): HubSettingsStore {
  return createStore<HubSettingsState>()((set, get) => {
    // Each load gets a number, so an answer that arrives after a reset (or a newer load) is dropped.
    let generation = 0;
    return {
      status: initial === DEFAULT_HUB_SETTINGS ? 'defaults' : 'loaded',
      settings: initial,
      load: async (api) => {
        const { status } = get();
        if (status === 'loading' || status === 'loaded') return;
        const mine = ++generation;
        set({ status: 'loading' });
        try {
          const settings = await api.hub();
          if (mine === generation) set({ status: 'loaded', settings });
        } catch {
          // Keep the settings in force; the SLA clock and the rules still work from them.
          if (mine === generation) set({ status: 'failed' });
        }
      },
      refresh: async (api) => {
        const mine = ++generation;
        try {
          const settings = await api.hub();
          if (mine === generation) set({ status: 'loaded', settings });
        } catch {
          // The settings in force stay; the next notice or sign-in asks again.
        }
      },
      reset: () => {
        generation++;
        set({ status: 'defaults', settings: DEFAULT_HUB_SETTINGS });
      },
    };
  });
}
