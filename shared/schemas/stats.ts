// The federation manager's figures on the wire (GET /api/stats/*, docs/metrics.md, docs/api.md): the
// period asked for, and one answer schema per endpoint. Every answer is a table (`rows`, flat, one
// column per figure, named by its metric id where it has one), so its CSV (`/api/stats/*.csv`) is
// exactly the same cells. A count of 1 to 4 requests, and any figure derived from so few, is the
// string "<5" (SUPPRESSED) in JSON and CSV alike.
import { z } from 'zod';
import { METRIC_IDS, SUPPRESSED } from '../rules/metrics';
import { DESTINATIONS, odsCodeSchema, roleSchema } from './domain';

/** The longest period asked for: three years (a leap day included). */
export const MAX_STATS_DAYS = 3 * 366;

const day = z.iso.date({ message: 'a real calendar date, e.g. 2026-11-24' });

/** ?from=YYYY-MM-DD&to=YYYY-MM-DD[&practice=ODS]: hub-local days, both included. */
export const statsQuerySchema = z
  .object({ from: day, to: day, practice: odsCodeSchema.optional() })
  .strict()
  .superRefine((q, ctx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is before from' });
    else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1 > MAX_STATS_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `a period is at most three years (${MAX_STATS_DAYS} days)` });
    }
  });
export type StatsQuery = z.infer<typeof statsQuerySchema>;
/** Capacity is today's: only a practice may be named. */
export const capacityQuerySchema = z.object({ practice: odsCodeSchema.optional() }).strict();

/** A count or figure; "<5" when suppressed; null when there is nothing to measure (no requests, no list size). */
export const cellSchema = z.union([z.number(), z.literal(SUPPRESSED), z.null()]);
export type Cell = z.infer<typeof cellSchema>;
export const metricIdSchema = z.enum(METRIC_IDS);

const envelope = <R extends z.ZodTypeAny>(row: R) =>
  z.object({
    from: z.string(),
    to: z.string(),
    /** The practice the figures are narrowed to; null for the whole hub. */
    practice: z.string().nullable(),
    generatedAt: z.string(),
    /** The one-line definition of every figure in the answer (the page's tooltips). */
    definitions: z.record(z.string(), z.string()),
    rows: z.array(row),
  });

export const summaryRowSchema = z.object({ metric: metricIdSchema, value: cellSchema });
export const dailyRowSchema = z.object({
  day: z.string(),
  received: cellSchema,
  triaged: cellSchema,
  closed: cellSchema,
  completed: cellSchema,
  cancelled: cellSchema,
  redirected: cellSchema,
  redirection_rate: cellSchema,
  backlog_at_close: cellSchema,
});
export const outcomesRowSchema = z.object({
  destination: z.enum(DESTINATIONS),
  /** Resolved without the practice GP. */
  redirection: z.boolean(),
  completed: cellSchema,
  outcome_share: cellSchema,
  /** The same share over the whole hub, to compare a practice with. */
  hub_outcome_share: cellSchema,
});
export const slaRowSchema = z.object({
  day: z.string(),
  received: cellSchema,
  first_action_sla_rate: cellSchema,
  outcome_sla_rate: cellSchema,
  answered_next_working_day_rate: cellSchema,
  answered_next_working_day_target: z.number(),
});
export const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const heatmapRowSchema = z.object({ weekday: z.enum(WEEKDAY_NAMES), hour: z.number().int(), heatmap_received: cellSchema });
export const OUTCOME_GROUPS = ['hub_clinicians', 'community_pharmacy', 'self_referral', 'self_care', 'practice', 'urgent'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];
export const practicesRowSchema = z.object({
  /** ODS code, or "ALL" for the hub's own row. */
  practice: z.string(),
  name: z.string(),
  list_size: z.number().nullable(),
  received: cellSchema,
  per_1000_registered: cellSchema,
  completed: cellSchema,
  redirection_rate: cellSchema,
  share_hub_clinicians: cellSchema,
  share_community_pharmacy: cellSchema,
  share_self_referral: cellSchema,
  share_self_care: cellSchema,
  share_practice: cellSchema,
  share_urgent: cellSchema,
});
export const teamsRowSchema = z.object({
  destination: z.enum(DESTINATIONS),
  offered: cellSchema,
  accepted: cellSchema,
  declined: cellSchema,
  expired: cellSchema,
  acknowledged: cellSchema,
  acceptance_median_wm: cellSchema,
  decline_rate: cellSchema,
  expiry_rate: cellSchema,
  external_ack_median_wm: cellSchema,
});
export const staffRowSchema = z.object({ name: z.string(), role: z.string(), decisions: cellSchema, completions: cellSchema });
export const capacityRowSchema = z.object({
  metric: metricIdSchema,
  /** For signed_in: the role counted. */
  role: roleSchema.nullable(),
  /** A count or figure, or for forecast_clear_at an ISO instant. */
  value: z.union([cellSchema, z.string()]),
});

export const summaryAnswerSchema = envelope(summaryRowSchema);
export const dailyAnswerSchema = envelope(dailyRowSchema);
export const outcomesAnswerSchema = envelope(outcomesRowSchema);
export const slaAnswerSchema = envelope(slaRowSchema);
export const heatmapAnswerSchema = envelope(heatmapRowSchema);
export const practicesAnswerSchema = envelope(practicesRowSchema);
export const teamsAnswerSchema = envelope(teamsRowSchema);
export const staffAnswerSchema = envelope(staffRowSchema);
export const capacityAnswerSchema = envelope(capacityRowSchema);

/** Every stats endpoint and its answer: the client imports these, the server's tests parse with them. */
export const STATS_ANSWERS = {
  summary: summaryAnswerSchema,
  daily: dailyAnswerSchema,
  outcomes: outcomesAnswerSchema,
  sla: slaAnswerSchema,
  heatmap: heatmapAnswerSchema,
  practices: practicesAnswerSchema,
  teams: teamsAnswerSchema,
  staff: staffAnswerSchema,
  capacity: capacityAnswerSchema,
} as const;
export type StatsEndpoint = keyof typeof STATS_ANSWERS;
export const STATS_ENDPOINTS = Object.keys(STATS_ANSWERS) as StatsEndpoint[];
export type StatsAnswer<E extends StatsEndpoint> = z.infer<(typeof STATS_ANSWERS)[E]>;

/**
 * GET /api/stats/dashboard?from&to[&practice]: every figure the dashboard shows in one answer (one ask,
 * one snapshot, one body kept serialised for every manager asking it), and the member practices for
 * its filter. Capacity is today's, narrowed to the same practice.
 */
export const dashboardAnswerSchema = z.object({
  ...STATS_ANSWERS,
  /** Every member practice (ODS code and name), whatever the practice asked. */
  members: z.array(z.object({ ods: z.string(), name: z.string() })),
});
export type DashboardAnswer = z.infer<typeof dashboardAnswerSchema>;

/** What can be asked of the figures: one figure (JSON or CSV), or the dashboard's all-in-one answer. */
export const STATS_RESOURCES = { ...STATS_ANSWERS, dashboard: dashboardAnswerSchema } as const;
export type StatsResource = keyof typeof STATS_RESOURCES;
export type StatsResourceAnswer<E extends StatsResource> = z.infer<(typeof STATS_RESOURCES)[E]>;

/** PUT /api/admin/practices/:ods/list-size: registered patients, or null to clear. */
export const MAX_LIST_SIZE = 200_000;
export const listSizeBodySchema = z
  .object({ listSize: z.number().int('listSize is a whole number').min(1, 'listSize is at least 1').max(MAX_LIST_SIZE, `listSize is at most ${MAX_LIST_SIZE}`).nullable() })
  .strict();

/** Who reads the figures: aggregates only, so the manager reads them and nothing patient-level. */
export const STATS_READERS = ['manager', 'lead', 'admin'] as const;
