// What the figures' answers read: the stats, practice and staff queries of one connection. The hub's
// own handle has them; so has the worker's read-only connection (worker.ts), which prepares only these.
import type { Queries } from '../../db/queries';
import type { HubSettings } from '../settings';

export interface StatsDb {
  q: Pick<Queries, 'stats' | 'practices' | 'staff'>;
}

/** The settings an answer depends on: the hub calendar (working time) and the SLA allowances. */
export type StatsSettings = Pick<HubSettings, 'calendar' | 'sla'>;
