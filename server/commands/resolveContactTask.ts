// A person resolves a contact task (docs/messaging.md): they told the patient by phone, they could not
// reach them either and the request goes back to the queue for a new decision, or nothing more is
// needed. For a request waiting on its self-care or self-referral advice, the first two are lifecycle
// steps (patient_told closes it with responsibility to the patient; patient_not_reached returns it).
import { z } from 'zod';
import type { LifecycleEvent } from '../../shared/lifecycle/events';
import { resolveContactTaskBodySchema } from '../../shared/schemas/messages';
import { HttpError } from '../http/errors';
import { HUB_QUEUE_ROLES } from '../views/queue';
import { defineOperation, type LifecycleCommand } from './definition';
import { stepLifecycle, type Committed } from './lifecycleStep';

const bodySchema = resolveContactTaskBodySchema.extend({ taskId: z.number().int().positive() });

const personStep = (event: LifecycleEvent, note: string): LifecycleCommand<unknown> => ({
  name: event.type,
  senders: { staff: HUB_QUEUE_ROLES },
  input: z.unknown(),
  toEvent: () => event,
  reason: () => note,
});

export const resolveContactTask = defineOperation({
  name: 'contact_task_resolved',
  senders: { staff: HUB_QUEUE_ROLES },
  input: bodySchema,
  perform(ctx) {
    const { db, input, actor, now } = ctx;
    const task = db.q.messages.taskById(input.taskId);
    if (!task) throw new HttpError('NOT_FOUND', `No contact task ${input.taskId}.`);
    if (task.resolvedAt !== null) {
      throw new HttpError('CONTACT_TASK_RESOLVED', `Contact task ${task.id} was already resolved by ${task.resolvedByName ?? 'someone'}; nothing was changed.`);
    }
    const row = db.q.consultations.byId(task.consultationId);
    const waiting = row?.status === 'awaiting_delivery';
    if (input.resolution === 'back_to_queue' && !waiting) {
      throw new HttpError(
        'CONTACT_TASK_RESOLUTION_NOT_POSSIBLE',
        `resolution: request ${task.consultationId} is not waiting for its message to reach the patient, so it cannot go back to the queue from here; say what was done with no_action_needed or told_by_phone.`,
      );
    }
    const changes: Committed[] = [];
    if (waiting && input.resolution === 'told_by_phone') {
      changes.push(stepLifecycle({ ...ctx, input: {} }, personStep({ type: 'patient_told', actor, taskId: task.id, note: input.note }, input.note), task.consultationId));
    }
    if (waiting && input.resolution === 'back_to_queue') {
      changes.push(stepLifecycle({ ...ctx, input: {} }, personStep({ type: 'patient_not_reached', actor, taskId: task.id, reason: input.note }, input.note), task.consultationId));
    }
    if (!db.q.messages.resolveTask({ id: task.id, at: now, byId: String(actor.id), byName: actor.name, resolution: input.resolution, note: input.note })) {
      throw new HttpError('CONTACT_TASK_RESOLVED', `Contact task ${task.id} was resolved by someone else meanwhile; nothing was changed.`);
    }
    return {
      result: { task: db.q.messages.taskById(task.id)!, item: changes.at(-1)?.item ?? null },
      changes,
      notices: ['messages'],
      audit: [
        {
          consultationId: task.consultationId,
          subject: `contact_task:${task.id}`,
          before: { resolvedAt: null },
          after: { resolution: input.resolution },
          reason: input.note,
        },
      ],
    };
  },
});
