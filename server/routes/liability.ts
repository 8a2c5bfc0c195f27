// The liability map of a request (GET /api/consultations/:id/liability[?at=ISO]), with its hand-offs
// red-flag decisions, and the patient's messages and contact tasks (no text, no address), and the hub's liability matrix (GET /api/liability/matrix), both from what the code enforces.
import { Router } from 'express';
import { z } from 'zod';
import type { HubDatabase } from '../../db/open';
import type { LiabilityRow } from '../../db/schema';
import { liabilityMatrix } from '../../shared/lifecycle/liabilityMatrix';
import type { LiabilityInterval } from '../../shared/lifecycle/liability';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { assertVisible } from '../commands/lifecycleStep';
import { responsibilityOf } from '../commands/liability';
import { HttpError, validationError } from '../http/errors';
import { parseId } from '../http/params';
import { hubProtocolSchema } from '../../shared/schemas/settings';
import type { HubSettings } from '../settings';
import { QUEUE_ROLES } from '../views/queue';
import { toHandoffView } from '../views/queueItem';
import { toRedFlagDecision } from '../views/redFlagDecision';
import { eventsByMessage, toContactTaskView, toJourneyMessage } from '../views/messages';
import type { ContactTaskView, JourneyMessage } from '../../shared/schemas/messages';
import type { Directory } from '../directory';
import { staffActor } from '../commands/actors';

const querySchema = z.object({ at: z.iso.datetime({ offset: true, message: 'at is an ISO 8601 instant, e.g. 2026-03-03T10:32:00Z' }).optional() });

export function toInterval(row: LiabilityRow): LiabilityInterval {
  const { owner, accountable, basis } = responsibilityOf(row);
  return { from: new Date(row.fromAt).toISOString(), to: row.toAt === null ? null : new Date(row.toAt).toISOString(), owner, accountable, basis };
}

/** What the patient was sent and what became of it, without the text or the address (docs/messaging.md). */
function journeyMessagesOf(db: HubDatabase, consultationId: number): { messages: JourneyMessage[]; contactTasks: ContactTaskView[] } {
  const rows = db.q.messages.forConsultation(consultationId);
  const events = eventsByMessage(db.q.messages.events(rows.map((m) => m.id)));
  return {
    messages: rows.map((m) => toJourneyMessage(m, events.get(m.id) ?? [])),
    contactTasks: db.q.messages.tasksFor(consultationId).map(toContactTaskView),
  };
}

export function liabilityRoutes(deps: { db: HubDatabase; sessions: Sessions; directory: Directory; settings: () => HubSettings }) {
  const { db } = deps;
  const router = Router();
  const signedIn = requireUser(deps.sessions, [...QUEUE_ROLES]);

  router.get('/consultations/:id/liability', signedIn, (req, res) => {
    const id = parseId(req.params.id);
    const query = querySchema.safeParse(req.query);
    if (!query.success) throw validationError(query.error);
    const row = db.q.consultations.byId(id);
    assertVisible(staffActor(signedInUser(res)), row, id);
    if (query.data.at) {
      const at = Date.parse(query.data.at);
      const interval = db.q.liability.at(row.id, at);
      if (!interval) {
        throw new HttpError('NOT_FOUND', `Request ${row.id} has no responsibility recorded at ${new Date(at).toISOString()}: that is before it arrived or after the hub closed it.`);
      }
      res.json({ consultationId: row.id, at: new Date(at).toISOString(), interval: toInterval(interval) });
      return;
    }
    res.json({
      consultationId: row.id,
      status: row.status,
      intervals: db.q.liability.all(row.id).map(toInterval),
      handoffs: db.q.handoffs.forConsultation(row.id).map(toHandoffView),
      redFlagDecisions: db.q.audit.redFlagDecisions(row.id).map((entry) => toRedFlagDecision(entry, deps.directory)),
      ...journeyMessagesOf(db, row.id),
    });
  });

  router.get('/liability/matrix', requireUser(deps.sessions, 'any'), (_req, res) => {
    const protocol = hubProtocolSchema.parse(deps.settings().protocol);
    res.json({ protocol, rows: liabilityMatrix(protocol) });
  });

  return router;
}
