// The words a column or figure is shown with; what it counts is in its definition (the answer's
// `definitions`, METRIC_DEFINITIONS in shared/rules/metrics.ts), shown as a tooltip beside it.
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import type { Destination, Role } from '../../../../shared/schemas/domain';

const LABELS: Record<string, string> = {
  day: 'Day',
  practice: 'Practice',
  name: 'Name',
  role: 'Role',
  destination: 'Destination',
  redirection: 'Redirection',
  weekday: 'Weekday',
  hour: 'Hour',
  received: 'Received',
  triaged: 'Triaged',
  completed: 'Completed',
  cancelled: 'Cancelled',
  still_open: 'Still open',
  backlog_at_close: 'Backlog at close',
  closed: 'Closed',
  redirected: 'Redirected',
  redirection_rate: 'Redirection rate',
  outcome_share: 'Share',
  hub_outcome_share: 'Hub share',
  first_action_median_wm: 'First action, median',
  first_action_p90_wm: 'First action, 90th percentile',
  outcome_median_wm: 'Outcome, median',
  outcome_p90_wm: 'Outcome, 90th percentile',
  first_action_sla_rate: 'First action within SLA',
  outcome_sla_rate: 'Outcome within SLA',
  red_flag_acceptance_sla_rate: 'Red flags accepted in time',
  answered_next_working_day_rate: 'Answered by next working day',
  answered_next_working_day_target: 'Next working day target',
  offered: 'Offered',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired',
  acknowledged: 'Acknowledged',
  acceptance_median_wm: 'Acceptance, median',
  decline_rate: 'Decline rate',
  expiry_rate: 'Expiry rate',
  external_ack_median_wm: 'External acknowledgement, median',
  messages_delivered: 'Messages delivered',
  messages_failed: 'Messages failed',
  review_agreement_rate: 'Review agreement',
  list_size: 'List size',
  per_1000_registered: 'Per 1,000 registered',
  share_hub_clinicians: 'Hub clinicians',
  share_community_pharmacy: 'Community pharmacy',
  share_self_referral: 'Self-referral',
  share_self_care: 'Self-care',
  share_practice: 'Practice',
  share_urgent: 'Urgent care',
  decisions: 'Decisions',
  completions: 'Completions',
  heatmap_received: 'Received',
  arrivals_today: 'Arrivals today',
  usual_arrivals_by_now: 'Usual by now',
  usual_arrivals_whole_day: 'Usual whole day',
  backlog_now: 'Backlog now',
  closed_today: 'Closed today',
  clear_rate_per_working_hour: 'Closed per working hour',
  forecast_clear_at: 'Backlog clear at',
  signed_in: 'Signed in',
};

/** The header of a column or the name of a figure. */
export const labelOf = (column: string): string => LABELS[column] ?? column.replaceAll('_', ' ');

export const destinationLabel = (d: Destination): string => DESTINATION_RULES[d].label;

const ROLE_WORDS: Record<Role, string> = {
  coordinator: 'Care coordinators',
  anp: 'ANPs',
  pharmacist: 'Clinical pharmacists',
  physio: 'First-contact physios',
  lead: 'Clinical leads',
  manager: 'Managers',
  admin: 'Admins',
  practice: 'Practice staff',
};
export const roleWords = (role: Role): string => ROLE_WORDS[role] ?? role;

const WEEKDAY_WORDS: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
export const weekdayWords = (weekday: string): string => WEEKDAY_WORDS[weekday] ?? weekday;
