// Hub settings for admins: hours per weekday, closures, SLA policy, lease, protocol and
// safety-netting templates. A change is validated whole, stored, audited, and in force at once.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
import { validationError } from '../http/errors';
import { hubSettingsSchema, type HubSettings } from '../settings';

export function adminRoutes(deps: { db: HubDatabase; sessions: Sessions; clock: Clock; settings: () => HubSettings; setSettings: (next: HubSettings) => void }) {
  const router = Router();
  const adminOnly = requireUser(deps.sessions, ['admin']);

  router.get('/admin/settings', adminOnly, (_req, res) => {
    res.json({ settings: deps.settings() });
  });

  router.put('/admin/settings', adminOnly, (req, res) => {
    const parsed = hubSettingsSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const user = signedInUser(res);
    const before = deps.settings();
    deps.db.write(() => {
      deps.db.q.settings.save(parsed.data);
      deps.db.q.audit.append({
        at: deps.clock.now(),
        actorId: String(user.id),
        actorRole: user.roles.join(','),
        action: 'settings_changed',
        consultationId: null,
        before: JSON.stringify(before),
        after: JSON.stringify(parsed.data),
        reason: null,
      });
    });
    deps.setSettings(parsed.data);
    res.json({ settings: parsed.data });
  });

  return router;
}
