// An admin changes a member of staff's name, roles, practice or registration (docs/admin.md, "Staff"). The
// change is in force on their next request: the session cache is dropped once it commits.
import { z } from 'zod';
import { changeStaffSchema } from '../../shared/schemas/staff';
import { defineOperation } from './definition';
import { accountFacts, accountOrRefuse, accountsChanged, assertAnotherAdminRemains, assertKnownPractice } from './staffAccount';

export const changeStaff = defineOperation({
  name: 'staff_changed',
  senders: { staff: ['admin'] },
  input: z.object({ staffId: z.number().int().positive(), access: changeStaffSchema }),
  perform({ db, input, directory }) {
    const before = accountOrRefuse(db, input.staffId);
    if (!input.access.roles.includes('admin')) assertAnotherAdminRemains(db, before);
    assertKnownPractice(db, input.access.practiceOds);
    db.q.staff.setAccess(before.id, input.access);
    const after = { ...before, ...input.access };
    return {
      result: after,
      audit: [{ subject: `staff:${before.id}`, before: accountFacts(before), after: accountFacts(after) }],
      afterCommit: accountsChanged(directory),
      notices: ['staff'],
    };
  },
});
