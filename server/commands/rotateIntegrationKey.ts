// An admin creates or replaces a pharmacy's integration key, which its system acknowledges referrals
// with (docs/admin.md). The key is in this answer only; the old one stops working as this commits;
// the audit records that a key was set, never the key nor its hash.
import { z } from 'zod';
import { odsCodeSchema } from '../../shared/schemas/domain';
import { newOrganisationKey } from '../auth/organisationKeys';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const rotateIntegrationKey = defineOperation({
  name: 'pharmacy_integration_key_set',
  senders: { staff: ['admin'] },
  input: z.object({ ods: odsCodeSchema }).strict(),
  perform({ db, input }) {
    const pharmacy = db.q.practices.pharmacy(input.ods);
    if (!pharmacy) throw new HttpError('NOT_FOUND', `ods: no pharmacy has ODS code ${input.ods}.`);
    const { key, hash } = newOrganisationKey();
    db.q.practices.setIntegrationKeyHash(input.ods, hash);
    const replaced = pharmacy.integrationKeyHash !== null;
    return {
      result: { ods: pharmacy.ods, key },
      audit: [{ subject: `pharmacy:${input.ods}`, before: { keySet: replaced }, after: { keySet: true }, reason: replaced ? 'integration key rotated' : 'integration key created' }],
      notices: ['directory'],
    };
  },
});
