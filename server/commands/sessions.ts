// Sign-in sessions are written on the command path too: a session row and its audit entry in one
// transaction. The password check happens before (it is slow and asynchronous, and writes nothing).
import { z } from 'zod';
import { ROLES } from '../../shared/schemas/domain';
import { defineOperation } from './definition';

const tokenHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const signIn = defineOperation({
  name: 'signed_in',
  senders: { staff: ROLES },
  input: z.object({ tokenHash: tokenHashSchema, expiresAt: z.number().int().positive() }),
  perform({ db, actor, now, input }) {
    db.q.staff.createSession({ tokenHash: input.tokenHash, staffId: Number(actor.id), createdAt: now, expiresAt: input.expiresAt });
    return { result: undefined, audit: [{ subject: `staff:${actor.id}` }] };
  },
});

export const signOut = defineOperation({
  name: 'signed_out',
  senders: { staff: ROLES },
  input: z.object({ tokenHash: tokenHashSchema }),
  perform({ db, actor, input }) {
    db.q.staff.deleteSession(input.tokenHash);
    return {
      result: undefined,
      audit: [{ subject: `staff:${actor.id}` }],
      afterCommit: (hub) => {
        hub.forgetSession(input.tokenHash);
        hub.sessionsEnded();
      },
    };
  },
});

/** The scheduler ends sessions past their expiry; workstations still holding one are closed. */
export const expireSessions = defineOperation({
  name: 'sessions_expired',
  senders: { system: true },
  input: z.object({}),
  perform({ db, now }) {
    const ended = db.q.staff.deleteExpiredSessions(now);
    if (ended === 0) return { result: 0 };
    return { result: ended, audit: [{ subject: 'sessions', after: { ended } }], afterCommit: (hub) => hub.sessionsEnded() };
  },
});
