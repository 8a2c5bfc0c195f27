// At start, when requests exist that the figures' rollup has no row for (a database from before the
// rollup, or one a bulk generator filled), every facts row is rebuilt from the base tables
// (server/stats/rollup.ts, docs/metrics.md). Audited, as every write is.
import { z } from 'zod';
import { rebuildFacts } from '../stats/rollup';
import { defineOperation } from './definition';

export const rebuildStats = defineOperation({
  name: 'stats_rebuilt',
  senders: { system: true },
  input: z.object({ force: z.boolean().default(false) }).strict(),
  perform({ db, settings, input }) {
    const facts = db.q.stats.factsCount();
    // Behind: requests with no facts row, or facts from before the counters or the message counters (docs/metrics.md).
    const behind = facts !== db.q.stats.requestCount() || (facts > 0 && db.q.stats.countsCount() === 0) || db.q.stats.messageCountsMissing();
    if (!behind && !input.force) return { result: { rebuilt: 0 } };
    const rebuilt = rebuildFacts(db, settings.calendar);
    return { result: { rebuilt }, audit: [{ subject: 'stats', after: { rebuilt } }], notices: ['stats'] };
  },
});
