// The federation manager's figures: each one's id, its one-line definition (the tooltip the page shows,
// and the words docs/metrics.md expands), small-number suppression and exact percentiles. Pure: the
// server computes with them, the client explains with them.
import type { Destination } from '../schemas/domain';

/** A cell counting 1 to 4 requests, or a figure derived from so few, is shown as this (JSON, CSV and page). */
export const SUPPRESSED = '<5' as const;
export type Suppressed = typeof SUPPRESSED;
/** Counts below this (and above zero) could pick out a patient: NHS small-number suppression. */
export const SUPPRESS_BELOW = 5;
/** North West London's contract: 90% of online requests answered by the end of the next working day. */
export const NEXT_WORKING_DAY_TARGET = 0.9;

/** Resolved without the practice GP: hub clinicians, community pharmacy, self-referral, self-care. */
export const REDIRECTION_DESTINATIONS: readonly Destination[] = ['anp', 'pharmacist', 'physio', 'duty_clinician', 'pharmacy_first', 'pharmacy_minor_illness', 'self_referral', 'self_care'];
/** Hand-offs to these are external referrals a receiving organisation acknowledges. */
export const EXTERNAL_DESTINATIONS: readonly Destination[] = ['pharmacy_first', 'pharmacy_minor_illness'];

export const METRIC_DEFINITIONS = {
  received: 'Requests the hub admitted whose receipt falls in the period (hub-local days, both ends included).',
  triaged: 'Of those received, requests with a first routing decision by a person (an offer, route, escalation or acceptance).',
  completed: 'Of those received, requests the hub has finished with an outcome (any closure except cancellation).',
  cancelled: 'Of those received, requests cancelled (duplicates or withdrawn).',
  still_open: 'Of those received, requests not yet closed or cancelled at the moment of asking.',
  backlog_at_close: "Requests received and not yet closed or cancelled at the end of the hub-local day (midnight).",
  closed: 'Requests closed or cancelled on the day.',
  redirected: 'Completed requests resolved without the practice GP (hub clinicians, community pharmacy, self-referral, self-care).',
  redirection_rate: 'Share of completed requests resolved without the practice GP: hub clinicians, community pharmacy, self-referral or self-care.',
  outcome_share: 'Share of completed requests whose final destination is this one.',
  first_action_median_wm: 'Median working minutes (hub hours, bank holidays and closures excluded) from receipt to the first routing decision.',
  first_action_p90_wm: '90th percentile of working minutes from receipt to the first routing decision (nearest rank).',
  outcome_median_wm: 'Median working minutes from receipt to the outcome, over completed requests.',
  outcome_p90_wm: '90th percentile of working minutes from receipt to the outcome, over completed requests (nearest rank).',
  first_action_sla_rate: 'Share of requests with a first routing decision by their first-action deadline, of those decided or already past it.',
  outcome_sla_rate: 'Share of requests completed by their outcome deadline, of those completed or already past it (cancelled excluded).',
  red_flag_acceptance_sla_rate: 'Share of red-flag hand-offs to the duty clinician accepted within the red-flag acceptance allowance (working minutes), of those answered or offered in the period.',
  answered_next_working_day_rate: 'Share of requests completed by the end of the next working day after the day their SLA clock started, of those completed or past that point (cancelled excluded).',
  answered_next_working_day_target: 'The contract target for answers by the end of the next working day (90%).',
  offered: 'Hand-offs offered to this team or destination in the period.',
  accepted: 'Of those offered, hand-offs the team accepted.',
  declined: 'Of those offered, hand-offs the team declined.',
  expired: 'Of those offered, hand-offs not answered in time, which came back to the queue.',
  acknowledged: 'Of those offered, external referrals the receiving organisation acknowledged.',
  acceptance_median_wm: 'Median working minutes from offer to acceptance.',
  decline_rate: 'Share of answered hand-offs (accepted, declined or expired) that were declined.',
  expiry_rate: 'Share of answered hand-offs (accepted, declined or expired) that expired unanswered.',
  external_ack_median_wm: 'Median working minutes from an external referral to its acknowledgement by the receiving organisation.',
  messages_delivered: 'Patient messages about requests received in the period that the provider reported delivered.',
  messages_failed: 'Patient messages about requests received in the period that finally failed.',
  review_agreement_rate: "Share of the clinical lead's reviews, of decisions made in the period, that agreed with the decision.",
  per_1000_registered: 'Requests received per 1,000 registered patients (the practice list size the admin keeps); blank where no list size is set.',
  list_size: 'Registered patients of the practice, as the admin last set it.',
  decisions: 'Routing decisions (hand-offs) the person made in the period.',
  completions: 'Requests whose outcome the person recorded, closed in the period.',
  heatmap_received: 'Requests received in this hour of the day on this weekday (hub-local), over the period.',
  arrivals_today: 'Requests received today so far.',
  usual_arrivals_by_now: 'Mean requests received by this time of day on the same weekday over the previous eight weeks.',
  usual_arrivals_whole_day: 'Mean requests received over the whole of the same weekday in the previous eight weeks.',
  backlog_now: 'Requests not yet closed or cancelled now.',
  closed_today: 'Requests closed or cancelled today so far.',
  clear_rate_per_working_hour: "Mean requests closed per working hour today so far (the current rate).",
  forecast_clear_at: 'When the backlog would clear at the current rate, counting working hours only; blank when nothing is being closed.',
  signed_in: 'Staff of this role with a live session now.',
} as const;
export type MetricId = keyof typeof METRIC_DEFINITIONS;
export const METRIC_IDS = Object.keys(METRIC_DEFINITIONS) as [MetricId, ...MetricId[]];

/** A count of requests, suppressed when it could pick out a patient (1 to 4); zero identifies no one and is shown. */
export const suppressCount = (n: number): number | Suppressed => (n > 0 && n < SUPPRESS_BELOW ? SUPPRESSED : n);

/**
 * A figure derived from `base` requests: suppressed with its base, none (null) when the base is empty.
 * Rates are rounded to 4 decimal places so JSON and CSV carry the same digits.
 */
export function derived(base: number, value: () => number | null): number | Suppressed | null {
  if (base === 0) return null;
  if (base < SUPPRESS_BELOW) return SUPPRESSED;
  const v = value();
  return v === null ? null : Math.round(v * 10_000) / 10_000;
}

/** A share of `base`, suppressed with the smaller of its two counts' cells. */
export const rate = (part: number, base: number) => (part > 0 && part < SUPPRESS_BELOW ? (base === 0 ? null : SUPPRESSED) : derived(base, () => part / base));

/**
 * The nearest-rank percentile (0 < p <= 1) of a histogram of whole minutes (value → count): the smallest
 * value with at least p of the counts at or below it. Exact: no interpolation, no sampling.
 */
export function percentile(histogram: readonly { value: number; count: number }[], p: number): number | null {
  const sorted = [...histogram].filter((h) => h.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((s, h) => s + h.count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const h of sorted) {
    seen += h.count;
    if (seen >= rank) return h.value;
  }
  return sorted.at(-1)!.value;
}
