// Reference lists the workstation needs: member practices, community pharmacies, and the hub's
// safety-netting templates. No patient data.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import { requireUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { hubProtocolSchema } from '../../shared/schemas/settings';
import type { HubSettings } from '../settings';

export function directoryRoutes(deps: { db: HubDatabase; sessions: Sessions; settings: () => HubSettings }) {
  const router = Router();
  const signedIn = requireUser(deps.sessions, 'any');

  router.get('/practices', signedIn, (_req, res) => {
    res.json({ practices: deps.db.q.practices.all().map(({ ods, name, memberSince, memberUntil }) => ({ ods, name, memberSince, memberUntil })) });
  });

  router.get('/pharmacies', signedIn, (_req, res) => {
    res.json({ pharmacies: deps.db.q.practices.pharmacies().map(({ ods, name, distanceSelling }) => ({ ods, name, distanceSelling })) });
  });

  router.get('/safety-netting-templates', signedIn, (_req, res) => {
    res.json({ templates: deps.settings().protocol.content.safetyNettingTemplates });
  });

  router.get('/hub', signedIn, (_req, res) => {
    const { calendar, sla, protocol, leaseMinutes } = deps.settings();
    res.json({ calendar, sla, protocol: hubProtocolSchema.parse(protocol), leaseMinutes });
  });

  return router;
}
