// Reference lists the workstation needs: member practices, community pharmacies (with what a patient
// message tells the patient about them), the hub's safety-netting and patient message templates. No patient data.
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
    res.json({
      pharmacies: deps.db.q.practices.pharmacies().map(({ ods, name, distanceSelling, address, phone, openingHours }) => ({ ods, name, distanceSelling, address, phone, openingHours })),
    });
  });

  router.get('/safety-netting-templates', signedIn, (_req, res) => {
    res.json({ templates: deps.settings().protocol.content.safetyNettingTemplates });
  });

  // The routing panel and the outcome form preview the message that will go from these (docs/messaging.md).
  router.get('/message-templates', signedIn, (_req, res) => {
    const { patientMessageTemplates, outcomeMessageTemplates } = deps.settings().protocol.content;
    res.json({ patientMessageTemplates, outcomeMessageTemplates });
  });

  router.get('/hub', signedIn, (_req, res) => {
    const { calendar, sla, protocol, leaseMinutes, idleLockMinutes } = deps.settings();
    res.json({ calendar, sla, protocol: hubProtocolSchema.parse(protocol), leaseMinutes, idleLockMinutes });
  });

  return router;
}
