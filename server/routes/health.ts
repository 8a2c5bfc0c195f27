// GET /api/health: the hub is up, its database answers, and its writer thread can save changes.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import { HttpError } from '../http/errors';
import type { Writer } from '../writer/client';

export function healthRoutes(db: HubDatabase, writer: Writer) {
  const router = Router();
  router.get('/', (_req, res) => {
    let ok = false;
    try {
      ok = db.ping();
    } catch {
      ok = false;
    }
    if (!ok) throw new HttpError('UNAVAILABLE', 'The hub database is not answering.');
    if (!writer.running()) throw new HttpError('UNAVAILABLE', 'The hub cannot save changes: its database writer has stopped.');
    res.json({ status: 'ok' });
  });
  return router;
}
