// Decision review by the clinical lead (docs/clinical-safety/review.md): the sampling policy, a
// verdict, the period a review report covers, and what the review routes answer. One contract for
// the server (validation) and the client (forms and replies).
import { z } from 'zod';
import { handoffViewSchema } from './api';
import { destinationSchema } from './domain';

/** What the lead samples for review; every rule can be switched off, the random share bounded 0..1. */
export const reviewPolicySchema = z
  .object({
    redFlags: z.boolean().default(true),
    notFollowingSuggestion: z.boolean().default(true),
    coordinatorSelfCareOrSelfReferral: z.boolean().default(true),
    declinedOrExpired: z.boolean().default(true),
    randomShare: z.number().min(0, 'randomShare is at least 0').max(1, 'randomShare is at most 1 (every decision)').default(0.1),
    seed: z
      .string()
      .regex(/^[\x20-\x7e]{1,64}$/, 'seed is 1 to 64 printable ASCII characters')
      .default('e-hub review sample'),
  })
  .strict();
export type ReviewPolicy = z.infer<typeof reviewPolicySchema>;
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = Object.freeze(reviewPolicySchema.parse({}));

export const VERDICTS = ['agree', 'disagree'] as const;
export const SEVERITIES = ['none', 'low', 'moderate', 'severe'] as const;
export type ReviewVerdict = (typeof VERDICTS)[number];
export type Severity = (typeof SEVERITIES)[number];
export const NOTE_MAX = 2000;

/** POST /api/reviews: one verdict on one decision; a disagreement says why, and may reopen the request. */
export const reviewBodySchema = z
  .object({
    handoffId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    verdict: z.enum(VERDICTS),
    note: z.string().trim().max(NOTE_MAX, `note is at most ${NOTE_MAX} characters`).optional(),
    severity: z.enum(SEVERITIES),
    reopen: z
      .object({ instruction: z.string().trim().min(1, 'reopen.instruction tells the coordinator what to do').max(500, 'reopen.instruction is at most 500 characters') })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.verdict === 'disagree' && !body.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'a disagreement needs a learning note' });
    }
    if (body.reopen && body.verdict !== 'disagree') {
      ctx.addIssue({ code: 'custom', path: ['reopen'], message: 'only a disagreement reopens a request' });
    }
  });
export type ReviewBody = z.infer<typeof reviewBodySchema>;

/** The longest period a review report covers: a year, leap day included. */
export const MAX_PERIOD_DAYS = 366;
const day = z.iso.date({ message: 'a calendar date, e.g. 2026-11-24' });

/** ?from=YYYY-MM-DD&to=YYYY-MM-DD, both days included, in the hub's time zone. */
export const periodQuerySchema = z
  .object({ from: day, to: day })
  .strict()
  .superRefine((p, ctx) => {
    const days = (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1;
    if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is on or after from' });
    else if (days > MAX_PERIOD_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `a period is at most ${MAX_PERIOD_DAYS} days` });
  });
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

const decisionSchema = z.object({
  handoffId: z.number().int(),
  consultationId: z.number().int(),
  destination: destinationSchema,
  at: z.string(),
  byId: z.string(),
  byName: z.string(),
  byCoordinator: z.boolean(),
  reasonCode: z.string(),
  reasonText: z.string().nullable(),
  suggestionFollowed: z.boolean().nullable(),
  status: handoffViewSchema.shape.status,
  /** The protocol version the decision was made under, where recorded; else what the liability basis says of it. */
  protocol: z.object({ version: z.string().nullable(), basis: z.string().nullable() }),
});
export type DecisionView = z.infer<typeof decisionSchema>;

export const reviewQueueItemSchema = decisionSchema.extend({
  practice: z.object({ ods: z.string(), name: z.string() }),
  redFlags: z.array(z.string()),
  requestStatus: z.string(),
  sampledBecause: z.array(z.string()),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;
export const reviewQueueReplySchema = z.object({ from: z.string(), to: z.string(), total: z.number().int(), items: z.array(reviewQueueItemSchema) });
export type ReviewQueueReply = z.infer<typeof reviewQueueReplySchema>;

export const reviewViewSchema = z.object({
  id: z.number().int(),
  handoffId: z.number().int(),
  consultationId: z.number().int(),
  verdict: z.enum(VERDICTS),
  severity: z.enum(SEVERITIES),
  note: z.string().nullable(),
  reopenInstruction: z.string().nullable(),
  reviewerName: z.string(),
  reviewedAt: z.string(),
  decision: z.object({ destination: destinationSchema, at: z.string(), byName: z.string(), protocolVersion: z.string().nullable() }),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

const rateRowSchema = z.object({ key: z.string(), label: z.string(), agree: z.number().int(), disagree: z.number().int(), rate: z.number().nullable() });
export type AgreementRow = z.infer<typeof rateRowSchema>;
export const agreementReplySchema = z.object({
  from: z.string(),
  to: z.string(),
  byDecider: z.array(rateRowSchema),
  byDestination: z.array(rateRowSchema),
  byProtocol: z.array(rateRowSchema),
});
export type AgreementReply = z.infer<typeof agreementReplySchema>;
