// GET /api/health: the hub is up and its database answers.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import { HttpError } from '../http/errors';

export function healthRoutes(db: HubDatabase) {
  const router = Router();
  router.get('/', (_req, res) => {
    let ok = false;
    try {
      ok = db.ping();
    } catch {
      ok = false;
    }
    if (!ok) throw new HttpError('UNAVAILABLE', 'The hub database is not answering.');
    res.json({ status: 'ok' });
  });
  return router;
}
