// The dispatcher takes several due messages to send in one commit (docs/notify.md, "Batches"): each
// is marked `sending` with its own history row and audit entry, exactly as startMessageSend marks one,
// and all of them are committed before Notify is called for any. One commit instead of one per message
// is most of what the dispatcher saves people's commands (docs/benchmarks.md, M2).
import { z } from 'zod';
import { defineOperation, type AuditNote } from './definition';
import { markSending, mayStartSend, type StartedSend } from './startMessageSend';

/** The most messages one batch takes: a bound on the transaction the commands beside it wait for. */
export const MAX_SEND_BATCH = 100;

export const startMessageSends = defineOperation({
  name: 'message_send_started',
  senders: { system: true },
  input: z.object({ messageIds: z.array(z.number().int().positive()).min(1).max(MAX_SEND_BATCH) }),
  perform({ db, input, now }) {
    const started: StartedSend[] = [];
    const audit: AuditNote[] = [];
    // A message that moved on since the dispatcher read it (a callback settled it) is left out, not refused:
    // the others in the batch still go.
    for (const id of new Set(input.messageIds)) {
      const message = db.q.messages.byId(id);
      if (!message || !mayStartSend(message)) continue;
      const marked = markSending(db, message, now);
      started.push(marked.started);
      audit.push(marked.audit);
    }
    return { result: started, audit };
  },
});
