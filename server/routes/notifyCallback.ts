// GOV.UK Notify's delivery receipts (docs/notify.md, docs/api.md): Notify posts each final status to
// this URL with the bearer token set in its callback settings. A receipt settles the message through
// the one command path; statuses that are not final are only noted. Notify retries until it gets a
// 2xx, so a duplicate, or a receipt for a notification this hub does not hold, is answered 200 and
// changes nothing. Log lines name Notify's id and status only, never the recipient.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import { notifyCallbackBodySchema } from '../../shared/schemas/messages';
import { settleMessage } from '../commands/settleMessage';
import type { Execute } from '../commands/execute';
import { HttpError, validationError } from '../http/errors';
import type { Logger } from '../logger';
import { notifyStatusOutcome } from '../messaging/transport';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time: hashing first gives both sides the same length whatever was sent. */
function tokenMatches(header: string | undefined, token: string | undefined): boolean {
  const sent = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!token || !sent) return false;
  return timingSafeEqual(digest(sent), digest(token));
}

export function notifyCallbackRoutes(deps: { db: HubDatabase; execute: Execute; log: Logger; token?: string }) {
  const router = Router();

  router.post('/integrations/notify/delivery-receipts', async (req, res) => {
    if (!tokenMatches(req.headers.authorization, deps.token)) {
      throw new HttpError('INVALID_CALLBACK_TOKEN', deps.token ? 'Missing or wrong callback token.' : 'This hub takes no Notify callbacks: NOTIFY_CALLBACK_TOKEN is not set.');
    }
    const parsed = notifyCallbackBodySchema.safeParse(req.body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const receipt = parsed.data;
    // Found by the reference the hub sent it under (Notify returns it in every receipt), and only if Notify's
    // id is the one recorded for it, or none is yet (the receipt beat the send's answer). By reference
    // rather than by Notify's id: an index of Notify's random ids cost every acceptance a page written at
    // random, a third of what the dispatcher wrote a message (docs/benchmarks.md, M2).
    const held = receipt.reference ? deps.db.q.messages.byReference(receipt.reference) : undefined;
    const message = held && (held.providerId === null || held.providerId === receipt.id) ? held : undefined;
    if (!message) {
      deps.log.warn({ notificationId: receipt.id, status: receipt.status }, 'Notify delivery receipt for a notification this hub does not hold; ignored');
      res.json({ recorded: false });
      return;
    }
    const outcome = notifyStatusOutcome(receipt.status);
    let recorded = false;
    if (outcome.kind === 'delivered') {
      recorded = (await deps.execute(settleMessage, { actor: SYSTEM_ACTOR, body: { messageId: message.id, status: 'delivered', detail: 'delivered, reported by GOV.UK Notify (delivery receipt)' } })).recorded;
    } else if (outcome.kind === 'failed') {
      const body = { messageId: message.id, status: 'failed', failure: outcome.failure, detail: `${outcome.detail} (delivery receipt)` };
      recorded = (await deps.execute(settleMessage, { actor: SYSTEM_ACTOR, body })).recorded;
    } else {
      // created, sending, pending, 'sent' abroad: nothing final to record; the status checks carry on.
      deps.log.info({ messageId: message.id, status: receipt.status }, 'Notify delivery receipt noted, not final');
    }
    res.json({ recorded });
  });

  return router;
}
