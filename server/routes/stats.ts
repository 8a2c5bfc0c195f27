// The federation manager's figures (docs/metrics.md, docs/api.md): GET /api/stats/<figure> as JSON and
// /api/stats/<figure>.csv as exactly the same rows; read-only, aggregates only, for the manager, the
// lead and the admin. And the admin's practice list size, which per-head figures divide by.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import { STATS_ANSWERS, STATS_ENDPOINTS, STATS_READERS, type StatsEndpoint } from '../../shared/schemas/stats';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
import { staffActor } from '../commands/actors';
import type { Execute } from '../commands/execute';
import { setPracticeListSize } from '../commands/setPracticeListSize';
import type { HubSettings } from '../settings';
import { toCsv } from '../stats/csv';
import type { StatsReader } from '../stats/reader';

interface Deps {
  db: HubDatabase;
  sessions: Sessions;
  execute: Execute;
  clock: Clock;
  settings: () => HubSettings;
  /** Where the figures are computed: a worker thread's read-only connection, or inline (server/stats/reader.ts). */
  stats: StatsReader;
}

/** The answer, computed off the event loop where the reader can; the moment and settings are the hub's now. */
const answerOf = (endpoint: StatsEndpoint, query: unknown, deps: Deps) => deps.stats.answer(endpoint, { query, now: deps.clock.now(), settings: deps.settings() });

/** The columns of an endpoint's rows, in the schema's order: the CSV header. */
const columnsOf = (endpoint: StatsEndpoint) => Object.keys(STATS_ANSWERS[endpoint].shape.rows.element.shape);

export function statsRoutes(deps: Deps) {
  const router = Router();
  const readers = requireUser(deps.sessions, STATS_READERS);

  for (const endpoint of STATS_ENDPOINTS) {
    router.get(`/stats/${endpoint}`, readers, async (req, res) => {
      res.json(await answerOf(endpoint, req.query, deps));
    });
    router.get(`/stats/${endpoint}.csv`, readers, async (req, res) => {
      const answer = (await answerOf(endpoint, req.query, deps)) as { rows: Record<string, unknown>[] };
      res.type('text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="e-hub-${endpoint}.csv"`);
      res.send(toCsv(columnsOf(endpoint), answer.rows));
    });
  }

  router.put('/admin/practices/:ods/list-size', requireUser(deps.sessions, ['admin']), async (req, res) => {
    const body = typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? req.body : {};
    const result = await deps.execute(setPracticeListSize, { actor: staffActor(signedInUser(res)), body: { ...body, ods: req.params.ods } });
    res.json(result);
  });

  return router;
}
