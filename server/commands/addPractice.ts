// An admin adds a member practice (docs/admin.md): ODS code, name and membership dates, without an
// intake key, so it takes no requests until the admin creates one. Audited; workstations refetch the directory.
import { addPracticeBodySchema, membershipDateProblems } from '../../shared/schemas/adminOrganisations';
import { dayOf } from '../auth/organisationKeys';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const addPractice = defineOperation({
  name: 'practice_added',
  senders: { staff: ['admin'] },
  input: addPracticeBodySchema,
  perform({ db, input, now, directory }) {
    const problems = membershipDateProblems(input, dayOf(now));
    if (problems.length > 0) throw new HttpError('VALIDATION_FAILED', `${problems[0]!.path}: ${problems[0]!.message}`, { fields: problems });
    if (db.q.practices.byOds(input.ods)) throw new HttpError('PRACTICE_EXISTS', `ods: a practice with ODS code ${input.ods} is already a member.`);
    const row = { ods: input.ods, name: input.name, memberSince: input.memberSince, memberUntil: input.memberUntil ?? null };
    db.q.practices.insert({ ...row, intakeKeyHash: null });
    return {
      result: { ...row, listSize: null, keySet: false },
      audit: [{ subject: `practice:${input.ods}`, before: null, after: row }],
      afterCommit: () => directory.refresh(),
      notices: ['directory'],
    };
  },
});
