// Shared by the clinician actions: which request an action aims at, and opening it so its form shows.
import type { LifecycleEventType } from '../../../shared/lifecycle/events';
import type { QueueItem } from '../../../shared/schemas/api';
import type { ClinicianTask } from '../machines/clinicianTasks';
import { clinicianActionsFor } from '../machines/lifecycle';
import { register, type ActionContext, type ActionTarget } from './registry';

/** A button names its request; keys use the selection, then the open request. */
export const targetIdOf = (ctx: ActionContext, target: ActionTarget): number | null =>
  target?.id ?? ctx.selectedId ?? ctx.workstation.context.openId;

export function itemFor(ctx: ActionContext, target: ActionTarget): QueueItem | undefined {
  const id = targetIdOf(ctx, target);
  return id === null ? undefined : ctx.items[id];
}

/** A task's form lives in the detail pane, so the request must be open there, or openable. */
export const mayShow = (ctx: ActionContext, id: number) => ctx.workstation.context.openId === id || ctx.workstation.can({ type: 'OPEN', id });

export function openIn(ctx: ActionContext, id: number) {
  ctx.select(id);
  if (ctx.workstation.context.openId !== id) ctx.send({ type: 'OPEN', id });
}

interface TaskActionSpec<N extends string> {
  name: N;
  label: string;
  keyTest: string;
  description: string;
  task: Exclude<ClinicianTask, 'route'>;
  /** The lifecycle event the task ends in: the shared machine decides whether it is offered. */
  event: LifecycleEventType;
}

/** An action that opens a clinician's form (decline, complete, hand back, escalate) for a request. */
export function taskAction<N extends string>(spec: TaskActionSpec<N>) {
  return register({
    name: spec.name,
    label: spec.label,
    keyTest: spec.keyTest,
    description: spec.description,
    isEnabled: (ctx: ActionContext, target?: ActionTarget) => {
      const item = itemFor(ctx, target);
      if (!ctx.tasks || !item || !mayShow(ctx, item.id)) return false;
      return clinicianActionsFor(ctx.user, item, ctx.dutyClinicianId ?? null).has(spec.event) && ctx.tasks.snapshot.can({ type: 'START', task: spec.task, id: item.id });
    },
    perform: (ctx: ActionContext, target?: ActionTarget) => {
      const item = itemFor(ctx, target);
      if (!ctx.tasks || !item) return;
      openIn(ctx, item.id);
      ctx.tasks.send({ type: 'START', task: spec.task, id: item.id });
    },
  });
}
