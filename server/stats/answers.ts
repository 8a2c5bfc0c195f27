// One stats answer from its endpoint and query string: the same function on the hub's event loop
// (inline reader) and on the worker's read-only connection (worker.ts), so both answer alike.
import { capacityQuerySchema, STATS_ENDPOINTS, type DashboardAnswer, type StatsEndpoint, type StatsResource } from '../../shared/schemas/stats';
import { validationError } from '../http/errors';
import { knownPractice, rangeOf } from './answer';
import { capacity } from './capacity';
import type { StatsDb, StatsSettings } from './db';
import { readOnce } from './readOnce';
import { outcomes, practiceTable } from './outcomes';
import { staffThroughput, teams } from './teams';
import { daily, heatmap, slaByDay, summary } from './volume';

export function answerStats(db: StatsDb, endpoint: StatsResource, query: unknown, now: number, settings: StatsSettings): object {
  if (endpoint === 'dashboard') return dashboard(db, query, now, settings);
  if (endpoint === 'capacity') {
    const parsed = capacityQuerySchema.safeParse(query);
    if (!parsed.success) throw validationError(parsed.error);
    return capacity(db, knownPractice(db, parsed.data.practice), now, settings);
  }
  const range = rangeOf(query, db);
  return figure(db, endpoint, range, now, settings);
}

function figure(db: StatsDb, endpoint: Exclude<StatsEndpoint, 'capacity'>, range: ReturnType<typeof rangeOf>, now: number, settings: StatsSettings): { rows: object[] } {
  switch (endpoint) {
    case 'summary':
      return summary(db, range, now, settings);
    case 'daily':
      return daily(db, range, now);
    case 'outcomes':
      return outcomes(db, range, now);
    case 'sla':
      return slaByDay(db, range, now);
    case 'heatmap':
      return heatmap(db, range, now);
    case 'practices':
      return practiceTable(db, range, now);
    case 'teams':
      return teams(db, range, now, settings);
    case 'staff':
      return staffThroughput(db, range, now);
  }
}

/** The dashboard's nine figures for one period and practice, and the practices to filter by (docs/metrics.md, "One ask per dashboard load"). */
function dashboard(asked: StatsDb, query: unknown, now: number, settings: StatsSettings): DashboardAnswer {
  const range = rangeOf(query, asked);
  // Figures that share an aggregate read it once (readOnce.ts).
  const db = readOnce(asked);
  const answers = Object.fromEntries(
    STATS_ENDPOINTS.map((e) => [e, e === 'capacity' ? capacity(db, range.practice, now, settings) : figure(db, e, range, now, settings)]),
  ) as Omit<DashboardAnswer, 'members'>;
  return { ...answers, members: db.q.stats.practiceList().map(({ ods, name }) => ({ ods, name })) };
}
