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

/**
 * The scheduler records when sessions were last used (server/auth/sessions.ts notes it per request), then
 * ends sessions past their expiry or idle past the hub's idle lock (docs/admin.md); workstations still
 * holding one are closed. Recording first means a session in use is never ended on an old reading.
 */
export const expireSessions = defineOperation({
  name: 'sessions_expired',
  senders: { system: true },
  input: z.object({
    activity: z.array(z.object({ tokenHash: tokenHashSchema, at: z.number().int().nonnegative() })).default([]),
    /** The idle lock sessions run on, when the hub overrides the setting (HubOptions.sessionIdleMinutes). */
    idleMinutes: z.number().int().positive().optional(),
  }),
  perform({ db, now, input, settings }) {
    db.q.staff.touchSessions(input.activity);
    const expired = db.q.staff.deleteExpiredSessions(now);
    const idle = db.q.staff.deleteIdleSessions(now - (input.idleMinutes ?? settings.idleLockMinutes) * 60_000);
    if (expired + idle === 0) return { result: 0 };
    return { result: expired + idle, audit: [{ subject: 'sessions', after: { ended: expired, idle } }], afterCommit: (hub) => hub.sessionsEnded() };
  },
});
