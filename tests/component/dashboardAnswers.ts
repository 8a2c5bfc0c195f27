// Answers of the stats endpoints for the dashboard's component tests: small, with suppressed ("<5") and
// empty (null) cells where the real hub would send them, parsed by the shared schemas so they stay real.
import { vi, type Mock } from 'vitest';
import { METRIC_DEFINITIONS } from '../../shared/rules/metrics';
import {
  dashboardAnswerSchema,
  STATS_ANSWERS,
  STATS_ENDPOINTS,
  type DashboardAnswer,
  type StatsAnswer,
  type StatsEndpoint,
  type StatsQuery,
  type StatsResource,
  type StatsResourceAnswer,
} from '../../shared/schemas/stats';
import type { HubApi } from '../../client/src/api/http';

const definitionsOf = (ids: string[]) => Object.fromEntries(ids.filter((id) => id in METRIC_DEFINITIONS).map((id) => [id, METRIC_DEFINITIONS[id as keyof typeof METRIC_DEFINITIONS]]));

function answer<E extends StatsEndpoint>(endpoint: E, query: Partial<StatsQuery>, rows: StatsAnswer<E>['rows']): StatsAnswer<E> {
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  const metrics = rows.flatMap((r) => ('metric' in r ? [String(r.metric)] : []));
  return STATS_ANSWERS[endpoint].parse({
    from: query.from ?? '2026-11-24',
    to: query.to ?? '2026-11-24',
    practice: query.practice ?? null,
    generatedAt: '2026-11-24T10:10:00.000Z',
    definitions: definitionsOf([...columns, ...metrics]),
    rows,
  }) as StatsAnswer<E>;
}

export function statsAnswer<E extends StatsEndpoint>(endpoint: E, query: Partial<StatsQuery> = {}): StatsAnswer<E> {
  const rows: { [K in StatsEndpoint]: StatsAnswer<K>['rows'] } = {
    summary: [
      { metric: 'received', value: 128 },
      { metric: 'triaged', value: 120 },
      { metric: 'cancelled', value: '<5' },
      { metric: 'redirection_rate', value: 0.625 },
      { metric: 'first_action_median_wm', value: 42 },
      { metric: 'review_agreement_rate', value: null },
      { metric: 'answered_next_working_day_rate', value: 0.87 },
      { metric: 'answered_next_working_day_target', value: 0.9 },
    ],
    daily: [
      { day: '2026-11-23', received: 61, triaged: 60, closed: 55, completed: 52, cancelled: '<5', redirected: 30, redirection_rate: 0.5769, backlog_at_close: 9 },
      { day: '2026-11-24', received: '<5', triaged: '<5', closed: 0, completed: 0, cancelled: 0, redirected: 0, redirection_rate: null, backlog_at_close: 12 },
    ],
    outcomes: [
      { destination: 'anp', redirection: true, completed: 40, outcome_share: 0.4, hub_outcome_share: 0.35 },
      { destination: 'self_care', redirection: true, completed: '<5', outcome_share: '<5', hub_outcome_share: 0.05 },
      { destination: 'practice_gp', redirection: false, completed: 0, outcome_share: 0, hub_outcome_share: 0.2 },
    ],
    sla: [
      { day: '2026-11-23', received: 61, first_action_sla_rate: 0.95, outcome_sla_rate: 0.9, answered_next_working_day_rate: 0.88, answered_next_working_day_target: 0.9 },
      { day: '2026-11-24', received: '<5', first_action_sla_rate: '<5', outcome_sla_rate: null, answered_next_working_day_rate: null, answered_next_working_day_target: 0.9 },
    ],
    heatmap: (['mon', 'tue'] as const).flatMap((weekday) =>
      Array.from({ length: 24 }, (_, hour) => ({ weekday, hour, heatmap_received: weekday === 'mon' && hour === 9 ? 17 : weekday === 'tue' && hour === 8 ? '<5' : 0 })),
    ) as StatsAnswer<'heatmap'>['rows'],
    practices: [
      practiceRow('E85001', 'Riverside Surgery', 40, 0.5),
      practiceRow('E85002', 'Hillview Practice', '<5', null),
      practiceRow('E85003', 'Parkside Medical Centre', 75, 0.7),
      practiceRow('ALL', 'Whole hub', 128, 0.625),
    ],
    teams: [
      { destination: 'anp', offered: 50, accepted: 45, declined: '<5', expired: '<5', acknowledged: 0, acceptance_median_wm: 12, decline_rate: '<5', expiry_rate: '<5', external_ack_median_wm: null },
    ],
    staff: [
      { name: 'Casey Coordinator', role: 'coordinator', decisions: 64, completions: 0 },
      { name: 'Ana Practitioner', role: 'anp', decisions: '<5', completions: 38 },
    ],
    capacity: [
      { metric: 'arrivals_today', role: null, value: 23 },
      { metric: 'usual_arrivals_by_now', role: null, value: 19.5 },
      { metric: 'backlog_now', role: null, value: 12 },
      { metric: 'closed_today', role: null, value: '<5' },
      { metric: 'forecast_clear_at', role: null, value: null },
      { metric: 'signed_in', role: 'coordinator', value: 3 },
    ],
  };
  const practice = query.practice;
  const some = endpoint === 'practices' && practice ? rows.practices.filter((r) => r.practice === practice || r.practice === 'ALL') : rows[endpoint];
  return answer(endpoint, query, some as StatsAnswer<E>['rows']);
}

function practiceRow(practice: string, name: string, received: number | '<5', redirection: number | null): StatsAnswer<'practices'>['rows'][number] {
  return {
    practice,
    name,
    list_size: practice === 'E85002' ? null : 9000,
    received,
    per_1000_registered: typeof received === 'number' && practice !== 'E85002' ? Math.round((received / 9) * 10) / 10 : null,
    completed: received,
    redirection_rate: redirection,
    share_hub_clinicians: 0.3,
    share_community_pharmacy: 0.1,
    share_self_referral: 0,
    share_self_care: '<5',
    share_practice: 0.4,
    share_urgent: 0,
  };
}

/** The dashboard's one answer: every figure from these fixtures, capacity narrowed to the practice alone. */
export function dashboardAnswer(query: Partial<StatsQuery> = {}): DashboardAnswer {
  const figures = Object.fromEntries(STATS_ENDPOINTS.map((e) => [e, statsAnswer(e, e === 'capacity' ? { practice: query.practice } : query)]));
  const members = statsAnswer('practices').rows.filter((r) => r.practice !== 'ALL').map((r) => ({ ods: r.practice, name: r.name }));
  return dashboardAnswerSchema.parse({ ...figures, members });
}

type StatsFake = (endpoint: StatsResource, query: object) => Promise<StatsResourceAnswer<StatsResource>>;
/** Answers from these fixtures. */
export const statsFromFixtures: StatsFake = async (endpoint, query) =>
  endpoint === 'dashboard' ? dashboardAnswer(query as Partial<StatsQuery>) : statsAnswer(endpoint, query as Partial<StatsQuery>);
/** An api.stats answering with `impl` (the fixtures unless a test says otherwise), recording every call. */
export const fakeStats = (impl: StatsFake = statsFromFixtures) => vi.fn(impl) as unknown as HubApi['stats'] & Mock<StatsFake>;
