// Sent by the scheduler when an SLA deadline passes: the breach enters the change feed once, so
// every connected queue shows it at once. A red flag's offer to the duty clinician not accepted in
// time is such a breach too: it is escalated to the clinical lead and stays offered, never sent back
// to the queue (docs/clinical-safety/red-flags.md).
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { defineCommand } from './definition';

const DEADLINES = ['first_action', 'outcome', 'red_flag_acceptance'] as const;

export const recordBreachSchema = z
  .object({
    deadline: z.enum(DEADLINES),
    /** For red_flag_acceptance: the duty clinician's hand-off that was not accepted in time. */
    handoffId: z.number().int().positive().optional(),
  })
  .strict()
  .refine((b) => (b.deadline === 'red_flag_acceptance') === (b.handoffId !== undefined), {
    message: 'handoffId names the red flag offer, and only for red_flag_acceptance',
    path: ['handoffId'],
  });

/** The words the change feed and the liability basis use for the escalation. */
export const escalatedWords = (minutes: number) => `not accepted within ${minutes} minutes: escalated to the clinical lead`;

export const recordBreach = defineCommand({
  name: 'sla_breached',
  senders: { system: true },
  input: recordBreachSchema,
  toEvent: ({ actor, input }) => ({ type: 'sla_breached', actor, deadline: input.deadline }),
  write: ({ db, before, input, now }) => {
    if (input.handoffId === undefined) return;
    // Only the offer the request still waits on, once: an acceptance that got there first wins.
    const handoff = before.status === 'offered' && before.pendingHandoffId === input.handoffId ? db.q.handoffs.byId(input.handoffId) : undefined;
    if (!handoff || handoff.reasonCode !== 'red_flag_escalation' || !db.q.handoffs.markEscalated(handoff.id, now)) {
      throw new HttpError('ALREADY_RESPONDED', `Hand-off #${input.handoffId} is no longer a red flag waiting for the duty clinician.`);
    }
    return { handoffId: handoff.id };
  },
  reason: (input, settings) =>
    input.deadline === 'red_flag_acceptance'
      ? `red flag hand-off #${input.handoffId} ${escalatedWords(settings.sla.redFlagAcceptMinutes)}`
      : `${input.deadline.replace('_', ' ')} deadline passed`,
});
