// An admin renames a member practice or records the last day the hub takes its requests
// (docs/admin.md; intake refuses after it). Leaving before joining is refused. Audited.
import { editPracticeFieldsSchema, membershipDateProblems, somethingToChange } from '../../shared/schemas/adminOrganisations';
import { odsCodeSchema } from '../../shared/schemas/domain';
import { dayOf } from '../auth/organisationKeys';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const editPractice = defineOperation({
  name: 'practice_changed',
  senders: { staff: ['admin'] },
  input: editPracticeFieldsSchema.extend({ ods: odsCodeSchema }).refine(({ ods: _ods, ...changes }) => somethingToChange(changes), 'send name, memberUntil or both'),
  perform({ db, input, now, directory }) {
    const practice = db.q.practices.byOds(input.ods);
    if (!practice) throw new HttpError('NOT_FOUND', `ods: no member practice has ODS code ${input.ods}.`);
    if (input.memberUntil) {
      // Only the leave date is checked here: the join date was checked when the practice was added.
      const problems = membershipDateProblems({ memberSince: practice.memberSince, memberUntil: input.memberUntil }, dayOf(now)).filter((p) => p.path === 'memberUntil');
      if (problems.length > 0) throw new HttpError('VALIDATION_FAILED', `memberUntil: ${problems[0]!.message}`, { fields: problems });
    }
    const changes = { ...(input.name !== undefined && { name: input.name }), ...(input.memberUntil !== undefined && { memberUntil: input.memberUntil }) };
    db.q.practices.update(input.ods, changes);
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, practice[k as keyof typeof changes]]));
    return {
      result: { ods: practice.ods, name: practice.name, memberSince: practice.memberSince, memberUntil: practice.memberUntil, listSize: practice.listSize, keySet: practice.intakeKeyHash !== null, ...changes },
      audit: [{ subject: `practice:${input.ods}`, before, after: changes }],
      afterCommit: () => directory.refresh(),
      notices: ['directory'],
    };
  },
});
