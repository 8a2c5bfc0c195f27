// Where the figures are computed, behind one small interface (docs/metrics.md): on a worker thread with
// its own read-only connection (workerReader.ts), so people's commands never wait behind a year's
// figures; or on the event loop for a database only this connection can see (':memory:'). A second
// node reading a replica, or PostgreSQL, would be a third implementation of the same interface.
import type { HubDatabase } from '../../db/open';
import type { StatsResource } from '../../shared/schemas/stats';
import { answerStats } from './answers';
import type { StatsSettings } from './db';

export interface StatsAsk {
  /** The query string as Express parsed it: validated where the answer is computed. */
  query: unknown;
  now: number;
  settings: StatsSettings;
}

export interface StatsReader {
  /** The answer's rows and envelope; rejects with an HttpError (400/422 for a bad query, 503 STATS_UNAVAILABLE). */
  answer(endpoint: StatsResource, ask: StatsAsk): Promise<object>;
  close(): Promise<void>;
}

/** Answers on the caller's own connection and thread. */
export function inlineStatsReader(db: HubDatabase): StatsReader {
  return {
    answer: async (endpoint, ask) => answerStats(db, endpoint, ask.query, ask.now, ask.settings),
    close: async () => {},
  };
}
