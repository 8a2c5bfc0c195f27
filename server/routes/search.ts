// GET /api/search (docs/api.md, docs/search.md): finding requests by reference, NHS number, name,
// practice and date of receipt; an audited read through the executor. Managers are refused.
import { Router } from 'express';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { staffActor } from '../commands/actors';
import type { Execute } from '../commands/execute';
import { SEARCH_ROLES, search } from '../commands/search';

export function searchRoutes(deps: { sessions: Sessions; execute: Execute }) {
  const router = Router();
  router.get('/search', requireUser(deps.sessions, SEARCH_ROLES), async (req, res) => {
    res.json(await deps.execute(search, { actor: staffActor(signedInUser(res)), body: { ...req.query } }));
  });
  return router;
}
