// Intake idempotency keys are kept for a retry window, not for ever: a practice system retries within
// minutes or hours of a lost answer, and a key older than the window names nothing a retry still needs
// (docs/api.md, "Idempotency"). The scheduler sends this at most hourly; the delete and its audit
// entry commit together like every other write.
import { z } from 'zod';
import { defineOperation } from './definition';

/** How long a key protects a retry: a week covers any practice system's retry policy with room to spare. */
export const IDEMPOTENCY_KEY_DAYS = 7;
const KEPT_MS = IDEMPOTENCY_KEY_DAYS * 24 * 60 * 60_000;

export const expireIdempotencyKeys = defineOperation({
  name: 'idempotency_keys_expired',
  senders: { system: true },
  input: z.object({}),
  perform({ db, now }) {
    const removed = db.q.idempotency.deleteCreatedBefore(now - KEPT_MS);
    if (removed === 0) return { result: 0 };
    // The count only: a key is a practice system's identifier, and the request it named keeps its own history.
    return { result: removed, audit: [{ subject: 'intake_idempotency', after: { expired: removed, keptDays: IDEMPOTENCY_KEY_DAYS } }] };
  },
});
