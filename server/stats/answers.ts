// One stats answer from its endpoint and query string: the same function on the hub's event loop
// (inline reader) and on the worker's read-only connection (worker.ts), so both answer alike.
import { capacityQuerySchema, type StatsEndpoint } from '../../shared/schemas/stats';
import { validationError } from '../http/errors';
import { knownPractice, rangeOf } from './answer';
import { capacity } from './capacity';
import type { StatsDb, StatsSettings } from './db';
import { outcomes, practiceTable } from './outcomes';
import { staffThroughput, teams } from './teams';
import { daily, heatmap, slaByDay, summary } from './volume';

export function answerStats(db: StatsDb, endpoint: StatsEndpoint, query: unknown, now: number, settings: StatsSettings): { rows: object[] } {
  if (endpoint === 'capacity') {
    const parsed = capacityQuerySchema.safeParse(query);
    if (!parsed.success) throw validationError(parsed.error);
    return capacity(db, knownPractice(db, parsed.data.practice), now, settings);
  }
  const range = rangeOf(query, db);
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
