// An admin creates or replaces a practice's intake key (docs/admin.md). The new key is in this answer
// only; the hub keeps its SHA-256, and the old key stops working as this commits. The audit records
// that a key was set, never the key nor its hash.
import { z } from 'zod';
import { odsCodeSchema } from '../../shared/schemas/domain';
import { newOrganisationKey } from '../auth/organisationKeys';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const rotateIntakeKey = defineOperation({
  name: 'practice_intake_key_set',
  senders: { staff: ['admin'] },
  input: z.object({ ods: odsCodeSchema }).strict(),
  perform({ db, input }) {
    const practice = db.q.practices.byOds(input.ods);
    if (!practice) throw new HttpError('NOT_FOUND', `ods: no member practice has ODS code ${input.ods}.`);
    const { key, hash } = newOrganisationKey();
    db.q.practices.setIntakeKeyHash(input.ods, hash);
    const replaced = practice.intakeKeyHash !== null;
    return {
      result: { ods: practice.ods, key },
      audit: [{ subject: `practice:${input.ods}`, before: { keySet: replaced }, after: { keySet: true }, reason: replaced ? 'intake key rotated' : 'intake key created' }],
      notices: ['directory'],
    };
  },
});
