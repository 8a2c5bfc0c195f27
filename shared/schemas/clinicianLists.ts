// The inbox's two lists of what a clinician has passed on (docs/inbox.md): requests they escalated or
// handed on that nobody has accepted yet, and what they finished today. Initials, age and sex only,
// as on the queue row; the full detail stays behind the audited read of one request.
import { z } from 'zod';
import { destinationSchema, sexSchema, statusSchema } from './domain';
import { outcomeSchema } from './outcome';

const requestRefSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  practiceName: z.string(),
  patient: z.object({ initials: z.string(), age: z.number().int(), sex: sexSchema }),
  /** Where the request stands now. */
  status: statusSchema,
});

/** A hand-off this clinician made that is still waiting: where to, since when, until when. */
export const sentAwaitingSchema = requestRefSchema.extend({
  handoffId: z.number().int(),
  destination: destinationSchema,
  /** The pharmacy or practice named by the hand-off, when it names one. */
  organisationName: z.string().nullable(),
  sentAt: z.string(),
  /** When an unanswered offer comes back to the hub; null when it does not lapse. */
  expiresAt: z.string().nullable(),
  /** When a red flag not accepted in time was escalated to the clinical lead. */
  escalatedAt: z.string().nullable(),
});
export type SentAwaiting = z.infer<typeof sentAwaitingSchema>;

/** Completed, escalated, handed back, or routed on (to another team, the practice, out) after accepting it. */
export const FINISH_ACTIONS = ['complete', 'escalate', 'hand_back', 'route'] as const;

/** One request this clinician completed, escalated, handed back or routed on today, and how. */
export const doneTodaySchema = requestRefSchema.extend({
  action: z.enum(FINISH_ACTIONS),
  at: z.string(),
  /** Where an escalation or a route sent the request; null for a completion or a hand-back. */
  destination: destinationSchema.nullable(),
  /** The request's outcome now, for a completed one (the clinician's notes stay in the audited detail: null here). */
  outcome: outcomeSchema.nullable(),
});
export type DoneToday = z.infer<typeof doneTodaySchema>;

export const clinicianListsSchema = z.object({
  /** The hub-local day "today" means (YYYY-MM-DD). */
  day: z.string(),
  sent: z.array(sentAwaitingSchema),
  done: z.array(doneTodaySchema),
});
export type ClinicianLists = z.infer<typeof clinicianListsSchema>;
