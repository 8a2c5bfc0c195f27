// An admin resets a member of staff's password (docs/admin.md, "Staff"): the new hash, made by the route,
// replaces the old one, and every session of theirs ends, so whoever knew the old password is signed out.
// The audit entry says that it was reset and how (chosen or temporary), never the password or its hash.
import { z } from 'zod';
import { defineOperation } from './definition';
import { accountOrRefuse, accountsChanged } from './staffAccount';

export const resetStaffPassword = defineOperation({
  name: 'staff_password_reset',
  senders: { staff: ['admin'] },
  input: z.object({ staffId: z.number().int().positive(), passwordHash: z.string().startsWith('scrypt$'), temporary: z.boolean() }),
  perform({ db, input, directory }) {
    const account = accountOrRefuse(db, input.staffId);
    db.q.staff.setPasswordById(account.id, input.passwordHash);
    const sessionsEnded = db.q.staff.deleteSessionsOf(account.id);
    return {
      result: account,
      audit: [{ subject: `staff:${account.id}`, after: { username: account.username, temporary: input.temporary, sessionsEnded } }],
      afterCommit: accountsChanged(directory),
    };
  },
});
