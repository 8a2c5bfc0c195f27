// The admin's screens for member practices and community pharmacies (docs/admin.md, docs/api.md):
// lists with whether a key is set (never a key or its hash), add, edit, and create or rotate a key,
// which only the answer to that call ever carries. Admin only; every change is a command.
import { Router, type Request } from 'express';
import type { HubDatabase } from '../../db/open';
import type { AdminPharmacy, AdminPractice } from '../../shared/schemas/adminOrganisations';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { staffActor } from '../commands/actors';
import { addPharmacy } from '../commands/addPharmacy';
import { addPractice } from '../commands/addPractice';
import { editPharmacy } from '../commands/editPharmacy';
import { editPractice } from '../commands/editPractice';
import type { Execute } from '../commands/execute';
import { rotateIntakeKey } from '../commands/rotateIntakeKey';
import { rotateIntegrationKey } from '../commands/rotateIntegrationKey';

/** The body as an object to add the path's ODS code to; anything else is validated as empty, and refused. */
const bodyOf = (req: Request): Record<string, unknown> =>
  typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? req.body : {};

export function adminOrganisationRoutes(deps: { db: HubDatabase; sessions: Sessions; execute: Execute }) {
  const router = Router();
  const adminOnly = requireUser(deps.sessions, ['admin']);

  router.get('/admin/practices', adminOnly, (_req, res) => {
    const practices: AdminPractice[] = deps.db.q.practices
      .all()
      .map(({ ods, name, memberSince, memberUntil, listSize, intakeKeyHash }) => ({ ods, name, memberSince, memberUntil, listSize, keySet: intakeKeyHash !== null }))
      .sort((a, b) => a.name.localeCompare(b.name));
    res.json({ practices });
  });

  router.post('/admin/practices', adminOnly, async (req, res) => {
    const practice = await deps.execute(addPractice, { actor: staffActor(signedInUser(res)), body: req.body });
    res.status(201).json({ practice });
  });

  router.patch('/admin/practices/:ods', adminOnly, async (req, res) => {
    const practice = await deps.execute(editPractice, { actor: staffActor(signedInUser(res)), body: { ...bodyOf(req), ods: req.params.ods } });
    res.json({ practice });
  });

  router.post('/admin/practices/:ods/intake-key', adminOnly, async (req, res) => {
    const answer = await deps.execute(rotateIntakeKey, { actor: staffActor(signedInUser(res)), body: { ods: req.params.ods } });
    res.status(201).json(answer);
  });

  router.get('/admin/pharmacies', adminOnly, (_req, res) => {
    const pharmacies: AdminPharmacy[] = deps.db.q.practices
      .pharmacies()
      .map(({ integrationKeyHash, ...shown }) => ({ ...shown, keySet: integrationKeyHash !== null }))
      .sort((a, b) => a.name.localeCompare(b.name));
    res.json({ pharmacies });
  });

  router.post('/admin/pharmacies', adminOnly, async (req, res) => {
    const pharmacy = await deps.execute(addPharmacy, { actor: staffActor(signedInUser(res)), body: req.body });
    res.status(201).json({ pharmacy });
  });

  router.patch('/admin/pharmacies/:ods', adminOnly, async (req, res) => {
    const pharmacy = await deps.execute(editPharmacy, { actor: staffActor(signedInUser(res)), body: { ...bodyOf(req), ods: req.params.ods } });
    res.json({ pharmacy });
  });

  router.post('/admin/pharmacies/:ods/integration-key', adminOnly, async (req, res) => {
    const answer = await deps.execute(rotateIntegrationKey, { actor: staffActor(signedInUser(res)), body: { ods: req.params.ods } });
    res.status(201).json(answer);
  });

  return router;
}
