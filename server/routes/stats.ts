// The federation manager's figures (docs/metrics.md, docs/api.md): GET /api/stats/dashboard (all of the
// page's figures in one answer), GET /api/stats/<figure> as JSON and /api/stats/<figure>.csv as exactly the same rows; read-only, aggregates only, for the manager, the
// lead and the admin. And the admin's practice list size, which per-head figures divide by.
// Answers are shared and reused while the figures have not moved (server/stats/answerCache.ts), and
// carry an ETag: a page asking again with If-None-Match is answered 304 when its figures still stand.
import { Router, type RequestHandler } from 'express';
import type { HubDatabase } from '../../db/open';
import { STATS_ANSWERS, STATS_ENDPOINTS, STATS_READERS, type StatsEndpoint, type StatsResource } from '../../shared/schemas/stats';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
import { staffActor } from '../commands/actors';
import type { Execute } from '../commands/execute';
import { setPracticeListSize } from '../commands/setPracticeListSize';
import type { HubSettings } from '../settings';
import { HttpError } from '../http/errors';
import { answerCache, type AnswerCache } from '../stats/answerCache';
import { toCsv } from '../stats/csv';
import { createStatsPacing, type StatsPacing } from '../stats/pacing';
import type { StatsReader } from '../stats/reader';

interface Deps {
  db: HubDatabase;
  sessions: Sessions;
  execute: Execute;
  clock: Clock;
  settings: () => HubSettings;
  /** Where the figures are computed: a worker thread's read-only connection, or inline (server/stats/reader.ts). */
  stats: StatsReader;
  /** Each person's turn to be answered; paced at the defaults unless given. */
  pacing?: StatsPacing;
}

/** The answer, computed off the event loop where the reader can (or kept); the moment and settings are the hub's now. */
const answerOf = (endpoint: StatsResource, query: unknown, deps: Deps, cache: AnswerCache) => cache.answer(endpoint, { query, now: deps.clock.now(), settings: deps.settings() });

/** The columns of an endpoint's rows, in the schema's order: the CSV header. */
const columnsOf = (endpoint: StatsEndpoint) => Object.keys(STATS_ANSWERS[endpoint].shape.rows.element.shape);

/** If-None-Match names this tag (or is `*`), by weak comparison (RFC 9110 §13.1.2). */
function holds(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export function statsRoutes(deps: Deps) {
  const router = Router();
  const signedIn = requireUser(deps.sessions, STATS_READERS);
  const cache = answerCache(deps.stats, deps.db.q.stats.version);
  const pacing = deps.pacing ?? createStatsPacing();
  /** Signed in as a reader of figures, and this person's turn (server/stats/pacing.ts). */
  const paced: RequestHandler = async (_req, res, next) => {
    const verdict = await pacing.turn(signedInUser(res).id);
    if (!verdict.go) {
      res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
      throw new HttpError('TOO_MANY_ASKS', `Figures are answered at most a few times a second for each person. Wait ${verdict.retryAfterSeconds} s and ask again.`);
    }
    next();
  };

  /** The kept body as it is, or 304 when the page already holds these figures. */
  const sendKept = (resource: StatsResource): RequestHandler => async (req, res) => {
    const kept = await answerOf(resource, req.query, deps, cache);
    // Aggregates only, suppressed below five (no patient data): the browser may keep the answer, but
    // asks again every time (no-cache), and fetch() hands the page its kept copy on a 304.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('ETag', kept.etag);
    if (holds(req.get('if-none-match'), kept.etag)) return void res.status(304).end();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(kept.body);
  };

  // The dashboard's one ask per load and per live refresh: all nine figures from one snapshot.
  router.get('/stats/dashboard', signedIn, paced, sendKept('dashboard'));
  for (const endpoint of STATS_ENDPOINTS) {
    router.get(`/stats/${endpoint}`, signedIn, paced, sendKept(endpoint));
    router.get(`/stats/${endpoint}.csv`, signedIn, paced, async (req, res) => {
      const answer = (await answerOf(endpoint, req.query, deps, cache)).answer as { rows: Record<string, unknown>[] };
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
