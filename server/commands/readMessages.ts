// Reading patient messages is itself audited, like a request's detail (readDetail.ts): message text and
// addresses are patient data. The read and its audit entry commit together, and only then is it answered.
// Managers never read them: they are not among the senders.
import { z } from 'zod';
import type { PatientMessageEventRow, PatientMessageRow } from '../../db/schema';
import { QUEUE_ROLES } from '../views/queue';
import { defineOperation } from './definition';
import { assertVisible } from './lifecycleStep';

type Read = { messages: PatientMessageRow[]; events: PatientMessageEventRow[] };

/** A request's messages, with their status history (GET /api/consultations/:id/messages). */
export const readRequestMessages = defineOperation({
  name: 'read_messages',
  senders: { staff: QUEUE_ROLES },
  input: z.object({}),
  perform({ db, actor, consultationId }) {
    const id = consultationId!;
    assertVisible(actor, db.q.consultations.byId(id), id);
    const messages = db.q.messages.forConsultation(id);
    const result: Read = { messages, events: db.q.messages.events(messages.map((m) => m.id)) };
    return { result, audit: [{ consultationId: id, subject: 'messages', after: { messageIds: messages.map((m) => m.id) } }] };
  },
});

/** The sent-messages page: the most recent messages, newest first; practice staff see only their own patients'. */
export const readRecentMessages = defineOperation({
  name: 'read_messages',
  senders: { staff: [...QUEUE_ROLES, 'admin'] },
  input: z.object({ limit: z.number().int().min(1).max(200) }),
  perform({ db, actor, input }) {
    const practiceStaff = actor.kind === 'staff' && actor.roles.includes('practice');
    const messages = practiceStaff ? db.q.messages.recentForPractice(actor.practiceOds ?? '', input.limit) : db.q.messages.recent(input.limit);
    const result: Read = { messages, events: db.q.messages.events(messages.map((m) => m.id)) };
    return { result, audit: [{ subject: 'messages', after: { messageIds: messages.map((m) => m.id) } }] };
  },
});
