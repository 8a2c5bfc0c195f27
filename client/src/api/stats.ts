// The figures' query strings (GET /api/stats/*, docs/api.md#figures): one place builds them, so the JSON
// a chart is drawn from and its "Download CSV" link carry exactly the same period and practice.
import type { z } from 'zod';
import type { capacityQuerySchema, StatsEndpoint, StatsQuery, StatsResource } from '../../../shared/schemas/stats';

export type CapacityQuery = z.infer<typeof capacityQuerySchema>;
/** What each endpoint is asked with: capacity is today's, so only a practice; the rest (the dashboard's too) a period. */
export type StatsParams<E extends StatsResource> = E extends 'capacity' ? CapacityQuery : StatsQuery;

/** "from=…&to=…[&practice=…]" in that order, leaving out what is not set. */
export function statsQueryString(query: CapacityQuery | StatsQuery): string {
  const params = new URLSearchParams();
  if ('from' in query) params.set('from', query.from);
  if ('to' in query) params.set('to', query.to);
  if (query.practice) params.set('practice', query.practice);
  return params.toString();
}

/** The JSON path of a figure, relative to /api. */
export const statsPath = (endpoint: StatsResource, query: CapacityQuery | StatsQuery) => {
  const qs = statsQueryString(query);
  return `/stats/${endpoint}${qs ? `?${qs}` : ''}`;
};

/** The CSV of exactly the same rows, for a download link. */
export const statsCsvHref = (endpoint: StatsEndpoint, query: CapacityQuery | StatsQuery) => {
  const qs = statsQueryString(query);
  return `/api/stats/${endpoint}.csv${qs ? `?${qs}` : ''}`;
};
