// Patient messages and contact tasks (docs/messaging.md, docs/api.md): a request's messages and the
// sent-messages page (audited reads: text and addresses are patient data), open contact tasks, and
// their resolution through the executor. Managers are refused all of them.
import { Router } from 'express';
import { z } from 'zod';
import type { HubDatabase } from '../../db/open';
import type { PatientMessageEventRow, PatientMessageRow } from '../../db/schema';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { staffActor } from '../commands/actors';
import type { Execute } from '../commands/execute';
import { readRecentMessages, readRequestMessages } from '../commands/readMessages';
import { resolveContactTask } from '../commands/resolveContactTask';
import { validationError } from '../http/errors';
import { parseId } from '../http/params';
import { eventsByMessage, toContactTaskView, toMessageView } from '../views/messages';
import { HUB_QUEUE_ROLES, QUEUE_ROLES } from '../views/queue';

const listQuerySchema = z.object({
  limit: z.coerce.number({ message: 'limit is a whole number from 1 to 200' }).int('limit is a whole number from 1 to 200').min(1).max(200).default(50),
});

const views = ({ messages, events }: { messages: PatientMessageRow[]; events: PatientMessageEventRow[] }) => {
  const byMessage = eventsByMessage(events);
  return messages.map((m) => toMessageView(m, byMessage.get(m.id) ?? []));
};

export function messageRoutes(deps: { db: HubDatabase; sessions: Sessions; execute: Execute }) {
  const { db, execute } = deps;
  const router = Router();

  router.get('/consultations/:id/messages', requireUser(deps.sessions, QUEUE_ROLES), async (req, res) => {
    const id = parseId(req.params.id);
    const read = await execute(readRequestMessages, { actor: staffActor(signedInUser(res)), consultationId: id, body: {} });
    res.json({ messages: views(read) });
  });

  router.get('/messages', requireUser(deps.sessions, [...QUEUE_ROLES, 'admin']), async (req, res) => {
    const query = listQuerySchema.safeParse(req.query);
    if (!query.success) throw validationError(query.error);
    const read = await execute(readRecentMessages, { actor: staffActor(signedInUser(res)), body: { limit: query.data.limit } });
    res.json({ messages: views(read) });
  });

  router.get('/contact-tasks', requireUser(deps.sessions, QUEUE_ROLES), (_req, res) => {
    const user = signedInUser(res);
    const practiceOnly = user.roles.includes('practice') && !user.roles.some((r) => HUB_QUEUE_ROLES.includes(r));
    const tasks = db.q.messages.openTasks().filter((t) => !practiceOnly || db.q.consultations.byId(t.consultationId)?.practiceOds === user.practiceOds);
    res.json({ tasks: tasks.map(toContactTaskView) });
  });

  router.post('/contact-tasks/:id/resolve', requireUser(deps.sessions, HUB_QUEUE_ROLES), async (req, res) => {
    const taskId = parseId(req.params.id);
    const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {};
    const { task, item } = await execute(resolveContactTask, { actor: staffActor(signedInUser(res)), body: { ...body, taskId } });
    res.json({ task: toContactTaskView(task), item });
  });

  return router;
}
