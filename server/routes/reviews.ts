// Decision review (docs/clinical-safety/review.md): the lead's sample queue, verdicts, agreement
// rates and sampling policy, and each member of staff's own feedback. Writes go through the executor.
import { Router, type Request } from 'express';
import type { HubDatabase } from '../../db/open';
import { periodQuerySchema, type PeriodQuery } from '../../shared/schemas/reviews';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { actorId, staffActor } from '../commands/actors';
import { changeReviewPolicy } from '../commands/changeReviewPolicy';
import type { Execute } from '../commands/execute';
import { reviewDecision } from '../commands/reviewDecision';
import type { Directory } from '../directory';
import { validationError } from '../http/errors';
import type { HubSettings } from '../settings';
import { MINE_CAP, agreement, reviewPolicyOf, reviewQueue, toReviewView } from '../views/reviews';

/** Everyone whose decisions are reviewed: coordinators and the hub's clinicians. */
const DECIDERS = ['coordinator', 'anp', 'pharmacist', 'physio', 'lead'] as const;

function periodOf(req: Request): PeriodQuery {
  const parsed = periodQuerySchema.safeParse(req.query);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

export function reviewRoutes(deps: { db: HubDatabase; sessions: Sessions; execute: Execute; directory: Directory; settings: () => HubSettings }) {
  const { db, execute } = deps;
  const router = Router();
  const leadOnly = requireUser(deps.sessions, ['lead']);

  router.get('/reviews/queue', leadOnly, (req, res) => {
    res.json(reviewQueue(db, deps.directory, periodOf(req), deps.settings().calendar.timeZone));
  });

  router.get('/reviews/agreement', leadOnly, (req, res) => {
    res.json(agreement(db, periodOf(req), deps.settings().calendar.timeZone));
  });

  router.get('/reviews/mine', requireUser(deps.sessions, DECIDERS), (_req, res) => {
    const user = signedInUser(res);
    res.json({ reviews: db.q.reviews.forDecider(actorId(staffActor(user)), MINE_CAP).map(toReviewView) });
  });

  router.get('/reviews/policy', leadOnly, (_req, res) => {
    res.json({ policy: reviewPolicyOf(db) });
  });

  router.put('/reviews/policy', leadOnly, async (req, res) => {
    const policy = await execute(changeReviewPolicy, { actor: staffActor(signedInUser(res)), body: req.body });
    res.json({ policy });
  });

  router.post('/reviews', leadOnly, async (req, res) => {
    const { review, item } = await execute(reviewDecision, { actor: staffActor(signedInUser(res)), body: req.body });
    res.status(201).json(item ? { review, item } : { review });
  });

  return router;
}
