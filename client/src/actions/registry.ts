// What a workstation action is (in the manner of Excalidraw's actions): a name, a label, the key
// that triggers it, whether it may run now, and what it does. Buttons, keys and help all read these.
import type { QueueItem, User } from '../../../shared/schemas/api';
import type { ClinicianTaskEvent, ClinicianTasksSnapshot } from '../machines/clinicianTasks';
import type { WorkstationEvent } from '../machines/workstationTypes';
import type { WorkstationSnapshot } from '../machines/workstationView';

export interface ActionContext {
  user: User;
  /** The queue as shown: ordered and filtered. */
  rows: QueueItem[];
  items: Record<number, QueueItem>;
  selectedId: number | null;
  select(id: number | null, options?: { focus?: boolean }): void;
  workstation: WorkstationSnapshot;
  send(event: WorkstationEvent): void;
  toggleHelp(): void;
  /** A clinician's inbox tasks (accept, decline, complete…); absent on pages without an inbox. */
  tasks?: { snapshot: ClinicianTasksSnapshot; send(event: ClinicianTaskEvent): void };
  /** The duty clinician the rota names now, as the page last heard (they answer duty offers). */
  dutyClinicianId?: number | null;
}

/** A button may aim an action at one request (the pane's Claim); keys use the selection. */
export type ActionTarget = { id: number } | undefined;

export interface Action {
  name: string;
  label: string;
  /** The `KeyboardEvent.key` that triggers it; actions without one are buttons only. */
  keyTest?: string;
  /** How the help overlay describes it. */
  description: string;
  isEnabled(ctx: ActionContext, target?: ActionTarget): boolean;
  perform(ctx: ActionContext, target?: ActionTarget): void;
}

/** Declares one action; the list in actions/index.ts is the registry. */
export const register = <A extends Action>(action: A): A => action;

/** How a key appears in the help overlay. */
export const keyName = (key: string) => (key === ' ' ? 'Space' : key);
