// The federation manager's figures (docs/metrics.md, docs/api.md): GET /api/stats/<figure> as JSON and
// /api/stats/<figure>.csv as exactly the same rows; read-only, aggregates only, for the manager, the
// lead and the admin. And the admin's practice list size, which per-head figures divide by.
import { Router, type Request } from 'express';
import type { HubDatabase } from '../../db/open';
import { capacityQuerySchema, STATS_ANSWERS, STATS_ENDPOINTS, STATS_READERS, type StatsEndpoint } from '../../shared/schemas/stats';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
import { staffActor } from '../commands/actors';
import type { Execute } from '../commands/execute';
import { setPracticeListSize } from '../commands/setPracticeListSize';
import { validationError } from '../http/errors';
import type { HubSettings } from '../settings';
import { knownPractice, rangeOf } from '../stats/answer';
import { capacity } from '../stats/capacity';
import { toCsv } from '../stats/csv';
import { outcomes, practiceTable } from '../stats/outcomes';
import { staffThroughput, teams } from '../stats/teams';
import { daily, heatmap, slaByDay, summary } from '../stats/volume';

interface Deps {
  db: HubDatabase;
  sessions: Sessions;
  execute: Execute;
  clock: Clock;
  settings: () => HubSettings;
}

function answerOf(endpoint: StatsEndpoint, req: Request, deps: Deps): { rows: object[] } {
  const { db } = deps;
  const now = deps.clock.now();
  const settings = deps.settings();
  if (endpoint === 'capacity') {
    const parsed = capacityQuerySchema.safeParse(req.query);
    if (!parsed.success) throw validationError(parsed.error);
    return capacity(db, knownPractice(db, parsed.data.practice), now, settings);
  }
  const range = rangeOf(req, db);
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

/** The columns of an endpoint's rows, in the schema's order: the CSV header. */
const columnsOf = (endpoint: StatsEndpoint) => Object.keys(STATS_ANSWERS[endpoint].shape.rows.element.shape);

export function statsRoutes(deps: Deps) {
  const router = Router();
  const readers = requireUser(deps.sessions, STATS_READERS);

  for (const endpoint of STATS_ENDPOINTS) {
    router.get(`/stats/${endpoint}`, readers, (req, res) => {
      res.json(answerOf(endpoint, req, deps));
    });
    router.get(`/stats/${endpoint}.csv`, readers, (req, res) => {
      const answer = answerOf(endpoint, req, deps) as { rows: Record<string, unknown>[] };
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
