// Admin routes: hub settings (hours per weekday, closures, SLA policy, lease, sign-offs a protocol needs;
// a change is validated whole, stored, audited, and in force at once) and unlocking a sign-in.
import { Router } from 'express';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { staffActor } from '../commands/actors';
import { changeSettings } from '../commands/changeSettings';
import type { Execute } from '../commands/execute';
import { unlockStaff } from '../commands/unlockStaff';
import { parseId } from '../http/params';
import { storedPart, type HubSettings } from '../settings';

export function adminRoutes(deps: { sessions: Sessions; execute: Execute; settings: () => HubSettings }) {
  const router = Router();
  const adminOnly = requireUser(deps.sessions, ['admin']);

  router.get('/admin/settings', adminOnly, (_req, res) => {
    res.json({ settings: storedPart(deps.settings()) });
  });

  router.put('/admin/settings', adminOnly, async (req, res) => {
    const settings = await deps.execute(changeSettings, { actor: staffActor(signedInUser(res)), body: req.body });
    res.json({ settings });
  });

  router.post('/admin/staff/:id/unlock', adminOnly, async (req, res) => {
    const unlocked = await deps.execute(unlockStaff, { actor: staffActor(signedInUser(res)), body: { staffId: parseId(req.params.id) } });
    res.json({ unlocked });
  });

  return router;
}
