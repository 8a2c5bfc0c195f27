// Endpoints for external systems that authenticate by key rather than a session: a community
// pharmacy's system acknowledges the referrals sent to it.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import type { Actor } from '../../shared/lifecycle/events';
import { sha256 } from '../auth/sessions';
import { acknowledge } from '../commands';
import type { Execute } from '../commands/execute';
import type { Directory } from '../directory';
import { HttpError } from '../http/errors';
import { parseId } from '../http/params';

export function integrationRoutes(deps: { db: HubDatabase; execute: Execute; directory: Directory }) {
  const router = Router();

  router.post('/handoffs/:id/acknowledge', async (req, res) => {
    const key = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const pharmacy = key ? deps.db.q.practices.pharmacyByKeyHash(sha256(key)) : undefined;
    if (!pharmacy) throw new HttpError('INVALID_INTAKE_KEY', 'Missing or unknown integration key.');
    const handoffId = parseId(req.params.id);
    const handoff = deps.db.q.handoffs.byId(handoffId);
    // A pharmacy sees only its own referrals: any other hand-off does not exist for it.
    if (!handoff || handoff.details.pharmacyOds !== pharmacy.ods) throw new HttpError('NOT_FOUND', `No referral ${handoffId} for ${pharmacy.ods}.`);
    const actor: Actor = { kind: 'integration', id: `pharmacy:${pharmacy.ods}`, name: pharmacy.name, roles: [], organisationOds: pharmacy.ods };
    const committed = await deps.execute(acknowledge, { actor, consultationId: handoff.consultationId, body: { handoffId } });
    res.json({ seq: committed.seq, status: committed.row.status, item: committed.item });
  });

  return router;
}
