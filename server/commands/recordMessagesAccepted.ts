// The acceptances of a batch the dispatcher sent (docs/notify.md, "Batches"), recorded in one commit:
// each message exactly as recordMessageAccepted records one (status, history row, audit entry, and the
// request closing where acceptance stands for delivery). A message no longer `sending`, or unknown, is
// left out. Any refusal rolls the whole batch back, and the dispatcher records those messages one by one.
import { z } from 'zod';
import type { AuditNote } from './definition';
import { defineOperation } from './definition';
import type { Committed } from './lifecycleStep';
import { acceptanceSchema, recordAcceptance } from './recordMessageAccepted';
import { MAX_SEND_BATCH } from './startMessageSends';

export const recordMessagesAccepted = defineOperation({
  name: 'message_accepted',
  senders: { system: true },
  input: z.object({ accepted: z.array(acceptanceSchema).min(1).max(MAX_SEND_BATCH) }),
  perform(ctx) {
    const recorded: number[] = [];
    const changes: Committed[] = [];
    const audit: AuditNote[] = [];
    for (const acceptance of ctx.input.accepted) {
      const message = ctx.db.q.messages.byId(acceptance.messageId);
      if (!message) continue;
      const done = recordAcceptance(ctx, message, acceptance);
      if (!done.recorded) continue;
      recorded.push(message.id);
      changes.push(...done.changes);
      audit.push(...done.audit);
    }
    return { result: { recorded }, changes, audit, ...(recorded.length > 0 ? { notices: ['messages' as const] } : {}) };
  },
});
