// An admin unlocks a member of staff whose sign-ins are being throttled: audited first, and the
// throttle's counters cleared only once the audit entry is durable (an unrecorded unlock never happens).
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const unlockStaff = defineOperation({
  name: 'staff_unlocked',
  senders: { staff: ['admin'] },
  input: z.object({ staffId: z.number().int().positive() }),
  perform({ db, input }) {
    const account = db.q.staff.byId(input.staffId);
    if (!account) throw new HttpError('NOT_FOUND', 'No such staff member.');
    return {
      result: account.username,
      audit: [{ subject: `staff:${account.id}`, after: { staffId: account.id, username: account.username } }],
      afterCommit: (hub) => hub.unlockSignIn(account.username),
    };
  },
});
