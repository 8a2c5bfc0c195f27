// An admin adds a member of staff (docs/admin.md, "Staff"): username, name and access checked against the
// shared rules, the password hashed by the route before the transaction (scrypt is slow and writes nothing).
import { z } from 'zod';
import { createStaffSchema } from '../../shared/schemas/staff';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';
import { accountFacts, accountsChanged, assertKnownPractice } from './staffAccount';

export const createStaff = defineOperation({
  name: 'staff_created',
  senders: { staff: ['admin'] },
  input: z.object({ account: createStaffSchema, passwordHash: z.string().startsWith('scrypt$') }),
  perform({ db, input, directory }) {
    const { account, passwordHash } = input;
    if (db.q.staff.byUsernameAnyCase(account.username)) throw new HttpError('USERNAME_TAKEN', 'username: another account already has this username.');
    assertKnownPractice(db, account.practiceOds);
    const row = { ...account, passwordHash, active: true };
    const id = db.q.staff.insert(row);
    return {
      result: id,
      audit: [{ subject: `staff:${id}`, after: accountFacts(row) }],
      afterCommit: accountsChanged(directory),
      notices: ['staff'],
    };
  },
});
