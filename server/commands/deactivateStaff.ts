// An admin deactivates a member of staff who has left (docs/admin.md, "Staff"): the account can no longer
// sign in, every session of theirs ends at once (their open pages are disconnected), and requests they
// hold by a claim go back to the queue now rather than when the lease would lapse, as a lapse does
// (returned "the claim lapsed"), since nobody can renew it. Hand-offs they accepted stay theirs until
// the lead reassigns them (the lead's reassign, docs/lifecycle.md): they carry clinical responsibility.
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';
import { expireLease } from './expireLease';
import { stepLifecycle } from './lifecycleStep';
import { accountFacts, accountOrRefuse, accountsChanged, assertAnotherAdminRemains } from './staffAccount';

export const deactivateStaff = defineOperation({
  name: 'staff_deactivated',
  senders: { staff: ['admin'] },
  input: z.object({ staffId: z.number().int().positive(), reason: z.string().trim().max(500).optional() }),
  perform(ctx) {
    const { db, input, directory } = ctx;
    const before = accountOrRefuse(db, input.staffId);
    if (!before.active) throw new HttpError('ALREADY_DEACTIVATED', 'This account is already deactivated.');
    assertAnotherAdminRemains(db, before);
    db.q.staff.setActive(before.id, false);
    const sessionsEnded = db.q.staff.deleteSessionsOf(before.id);
    const claims = db.q.staff.claimsHeldBy(before.id);
    const changes = claims.map((id) => stepLifecycle({ ...ctx, actor: SYSTEM_ACTOR, input: {} }, expireLease.lifecycle, id));
    return {
      result: { claimsReturned: claims.length, sessionsEnded },
      audit: [
        {
          subject: `staff:${before.id}`,
          before: accountFacts(before),
          after: { ...accountFacts(before), active: false, sessionsEnded, claimsReturned: claims },
          reason: input.reason ?? null,
        },
      ],
      changes,
      afterCommit: accountsChanged(directory),
      notices: ['staff'],
    };
  },
});
