// Bodies of the lifecycle commands other than routing (which is in handoff.ts).
import { z } from 'zod';
import { RED_FLAG_IDS } from '../rules/redFlags/ids';
import { HUB_TEAMS } from './domain';
import { patientMessageEditSchema } from './handoff';
import { outcomeCodeSchema } from './outcome';

const version = { expectedVersion: z.number().int().nonnegative().optional() };
const reason = z.string().trim().min(3, 'say why, in a few words').max(1000);

export { OUTCOMES, type OutcomeCode } from './outcome';

export const reasonBodySchema = z.object({ ...version, reason }).strict();
/** A red flag raised by hand: the rule it is, when the sender names one (else 'raised_by_hand'). */
export const raiseRedFlagBodySchema = z
  .object({ ...version, reason, ruleId: z.enum(RED_FLAG_IDS, { message: 'ruleId is one of the red-flag rule ids' }).optional() })
  .strict();
export type RaiseRedFlagBody = z.infer<typeof raiseRedFlagBodySchema>;
export const completeBodySchema = z
  .object({ ...version, outcome: outcomeCodeSchema, notes: z.string().trim().max(5000).optional(), patientMessage: patientMessageEditSchema.optional() })
  .strict();
export type CompleteBody = z.infer<typeof completeBodySchema>;

/** Hand-off answers arrive on /api/handoffs/:id; the route adds the id to the body. */
export const handoffAnswerSchema = z.object({ ...version, handoffId: z.number().int().positive() }).strict();
export const handoffDeclineSchema = handoffAnswerSchema.extend({ reason });

/** The lead's reassign (POST /api/consultations/:id/reassign): to a named member of staff, or to a hub team. */
export const reassignBodySchema = z
  .object({
    ...version,
    reason,
    to: z.union([z.object({ staffId: z.number().int().positive() }).strict(), z.object({ team: z.enum(HUB_TEAMS) }).strict()]),
  })
  .strict();
export type ReassignBody = z.infer<typeof reassignBodySchema>;
