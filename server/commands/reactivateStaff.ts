// An admin reactivates an account deactivated by mistake, or for someone who has come back (docs/admin.md).
// Their password is as it was: an admin resets it if they no longer know it.
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';
import { accountFacts, accountOrRefuse, accountsChanged } from './staffAccount';

export const reactivateStaff = defineOperation({
  name: 'staff_reactivated',
  senders: { staff: ['admin'] },
  input: z.object({ staffId: z.number().int().positive() }),
  perform({ db, input, directory }) {
    const before = accountOrRefuse(db, input.staffId);
    if (before.active) throw new HttpError('ALREADY_ACTIVE', 'This account is already active.');
    db.q.staff.setActive(before.id, true);
    return {
      result: { ...before, active: true },
      audit: [{ subject: `staff:${before.id}`, before: accountFacts(before), after: accountFacts({ ...before, active: true }) }],
      afterCommit: accountsChanged(directory),
      notices: ['staff'],
    };
  },
});
