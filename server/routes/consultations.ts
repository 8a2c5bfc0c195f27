// The queue and one request: GET /api/queue, GET /api/consultations/:id (an audited read),
// and the lifecycle commands, each a POST that runs through the one executor.
import { Router, type RequestHandler, type Response } from 'express';
import type { HubDatabase } from '../../db/open';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Execute } from '../commands/execute';
import { staffActor } from '../commands/actors';
import { readDetail } from '../commands/readDetail';
import type { Directory } from '../directory';
import { HttpError } from '../http/errors';
import { parseId } from '../http/params';
import { writeCompressedParts } from '../http/compressedParts';
import { toConsultationDetail } from '../views/queueItem';
import { QUEUE_ROLES, type QueueView } from '../views/queue';
import { CONSULTATION_COMMANDS, HANDOFF_COMMANDS, type AnyCommand } from '../commands';
import { assertVisible } from '../commands/lifecycleStep';
import type { User } from '../../shared/schemas/api';

export function consultationRoutes(deps: { db: HubDatabase; sessions: Sessions; execute: Execute; queue: QueueView; directory: Directory; clock: Clock }) {
  const { db, sessions, execute, directory } = deps;
  const router = Router();
  const signedIn = requireUser(sessions, QUEUE_ROLES);
  const mayAnswer = (user: User, consultationId: number) => {
    try {
      assertVisible(staffActor(user), db.q.consultations.byId(consultationId), consultationId);
      return true;
    } catch (error) {
      if (error instanceof HttpError) return false;
      throw error;
    }
  };

  router.get('/queue', signedIn, async (req, res) => {
    res.type('application/json');
    await writeCompressedParts(req, res, deps.queue.snapshotParts(signedInUser(res)));
  });

  router.get('/consultations/:id', signedIn, async (req, res) => {
    const id = parseId(req.params.id);
    const { row, pending } = await execute(readDetail, { actor: staffActor(signedInUser(res)), consultationId: id, body: {} });
    res.json(toConsultationDetail(row, directory, pending));
  });

  const respond = async (res: Response, definition: AnyCommand, id: number, body: unknown) => {
    const committed = await execute(definition, { actor: staffActor(signedInUser(res)), consultationId: id, body });
    res.json({ seq: committed.seq, item: committed.item });
  };

  // One route per family, the command looked up by name: a router walks its routes in turn, and
  // this is the hot path of every coordinator and clinician. Unknown names fall through to 404.
  const commandIn = (commands: Record<string, AnyCommand>): RequestHandler => (req, _res, next) =>
    Object.hasOwn(commands, req.params.command as string) ? next() : next('route');

  router.post('/consultations/:id/:command', commandIn(CONSULTATION_COMMANDS), requireUser(sessions, 'any'), async (req, res) => {
    await respond(res, CONSULTATION_COMMANDS[req.params.command as string]!, parseId(req.params.id), req.body);
  });

  // Answers to a hand-off name the hand-off; the command checks it is the one the request waits on.
  router.post('/handoffs/:id/:command', commandIn(HANDOFF_COMMANDS), requireUser(sessions, 'any'), async (req, res) => {
    const handoffId = parseId(req.params.id);
    const handoff = db.q.handoffs.byId(handoffId);
    // A hand-off on a request the user may not see (another practice's) does not exist for them:
    // the same answer as a missing one, checked before the body, and without the request's id.
    if (!handoff || !mayAnswer(signedInUser(res), handoff.consultationId)) throw new HttpError('NOT_FOUND', `No hand-off ${handoffId}.`);
    const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {};
    await respond(res, HANDOFF_COMMANDS[req.params.command as string]!, handoff.consultationId, { ...body, handoffId });
  });

  return router;
}
