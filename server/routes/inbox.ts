// GET /api/inbox/lists (docs/api.md, docs/inbox.md): a clinician's "Sent, awaiting acceptance" and
// "Done today", an audited read through the executor. Only members of hub teams.
import { Router } from 'express';
import { CLINICAL_ROLES } from '../../shared/schemas/domain';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { staffActor } from '../commands/actors';
import type { Execute } from '../commands/execute';
import { readClinicianLists } from '../commands/readClinicianLists';

export function inboxRoutes(deps: { sessions: Sessions; execute: Execute }) {
  const router = Router();
  router.get('/inbox/lists', requireUser(deps.sessions, CLINICAL_ROLES), async (_req, res) => {
    res.json(await deps.execute(readClinicianLists, { actor: staffActor(signedInUser(res)), body: {} }));
  });
  return router;
}
