// Admin routes: hub settings (hours per weekday, closures, SLA policy, lease, protocol and safety-netting
// templates; a change is validated whole, stored, audited, and in force at once) and unlocking a sign-in.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
import { HttpError, assertAllowed, validationError } from '../http/errors';
import type { LoginThrottle } from '../auth/throttle';
import { checkSettings } from '../../shared/rules/hubSettings';
import { hubSettingsSchema, type HubSettings } from '../settings';

export function adminRoutes(deps: {
  db: HubDatabase;
  sessions: Sessions;
  clock: Clock;
  loginThrottle: LoginThrottle;
  settings: () => HubSettings;
  setSettings: (next: HubSettings) => void;
}) {
  const router = Router();
  const adminOnly = requireUser(deps.sessions, ['admin']);

  router.get('/admin/settings', adminOnly, (_req, res) => {
    res.json({ settings: deps.settings() });
  });

  router.put('/admin/settings', adminOnly, (req, res) => {
    const parsed = hubSettingsSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    // Valid fields can still make a calendar the SLA clock cannot use; refused before anything is stored.
    assertAllowed(checkSettings(parsed.data, new Date(deps.clock.now())));
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

  router.post('/admin/staff/:id/unlock', adminOnly, async (req, res) => {
    const id = Number(req.params.id);
    const account = Number.isSafeInteger(id) ? deps.db.q.staff.byId(id) : undefined;
    if (!account) throw new HttpError('NOT_FOUND', 'No such staff member.');
    const user = signedInUser(res);
    deps.db.write(() => {
      deps.db.q.audit.append({
        at: deps.clock.now(),
        actorId: String(user.id),
        actorRole: user.roles.join(','),
        action: 'staff_unlocked',
        consultationId: null,
        before: null,
        after: JSON.stringify({ staffId: account.id, username: account.username }),
        reason: null,
      });
    });
    // After the audit row is durable: an unlock that is not recorded does not happen.
    await deps.loginThrottle.unlock(account.username);
    res.json({ unlocked: account.username });
  });

  return router;
}
