// Who the rota names as duty clinician now (GET /api/rota's onDuty), as this page last heard it. The
// inbox asks the shared machine with it, so the clinician on duty is offered duty hand-offs; the
// server decides from the rota at the instant of the command, so a stale answer here only hides or
// shows a button for a moment.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OnDuty } from '../../../shared/schemas/rota';
import type { HubApi } from '../api/http';

export interface DutyState {
  onDuty: OnDuty | null;
  /** Asks the hub who is on duty now; keeps what it had if the hub cannot be asked. Never rejects. */
  load(api: Pick<HubApi, 'rota'>): Promise<void>;
  set(onDuty: OnDuty | null): void;
}

export type DutyStore = StoreApi<DutyState>;

export function createDutyStore(initial: OnDuty | null = null): DutyStore {
  return createStore<DutyState>()((set) => ({
    onDuty: initial,
    load: async (api) => {
      try {
        set({ onDuty: (await api.rota({ days: 1 })).onDuty });
      } catch {
        // Leaves the last answer: the server still decides every command.
      }
    },
    set: (onDuty) => set({ onDuty }),
  }));
}

/** The id of the duty clinician in force, or null. */
export const dutyClinicianIdOf = (state: DutyState) => state.onDuty?.clinician.id ?? null;
