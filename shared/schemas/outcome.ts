// How the hub's part of a request ended, as a typed value: stored as JSON on the request, sent to
// clients whole, and never a string parsed back. See docs/lifecycle.md.
import { z } from 'zod';
import { destinationSchema } from './domain';

export const OUTCOMES = {
  advice_given: 'Advice given',
  appointment_booked_at_practice: 'Appointment booked at the practice',
  prescription_issued: 'Prescription issued',
  referred_on: 'Referred on',
  redirected: 'Redirected to another service',
} as const;
export type OutcomeCode = keyof typeof OUTCOMES;
export const OUTCOME_CODES = Object.keys(OUTCOMES) as [OutcomeCode, ...OutcomeCode[]];
export const outcomeCodeSchema = z.enum(OUTCOME_CODES);

export const outcomeSchema = z.discriminatedUnion('kind', [
  /** A hub clinician recorded the outcome of a request they accepted. */
  z.object({ kind: z.literal('completed'), code: outcomeCodeSchema, notes: z.string().nullable() }),
  /** Routed to a destination that closes the hub's part at once: self-care, self-referral, urgent advice. */
  z.object({ kind: z.literal('routed'), destination: destinationSchema }),
  /** An external referral the receiving organisation acknowledged. */
  z.object({ kind: z.literal('referred'), destination: destinationSchema }),
  /** Handed back, and accepted by the practice. */
  z.object({ kind: z.literal('accepted_by_practice') }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type Outcome = z.infer<typeof outcomeSchema>;

