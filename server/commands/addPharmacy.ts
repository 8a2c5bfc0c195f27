// An admin adds a community pharmacy the hub refers to (docs/admin.md), with what a patient message
// says about it; no integration key until the admin creates one. Audited; workstations refetch the directory.
import { addPharmacyBodySchema } from '../../shared/schemas/adminOrganisations';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const addPharmacy = defineOperation({
  name: 'pharmacy_added',
  senders: { staff: ['admin'] },
  input: addPharmacyBodySchema,
  perform({ db, input }) {
    if (db.q.practices.pharmacy(input.ods)) throw new HttpError('PHARMACY_EXISTS', `ods: a pharmacy with ODS code ${input.ods} is already listed.`);
    const row = {
      ods: input.ods,
      name: input.name,
      address: input.address ?? null,
      phone: input.phone ?? null,
      openingHours: input.openingHours ?? null,
      distanceSelling: input.distanceSelling ?? false,
    };
    db.q.practices.insertPharmacy({ ...row, integrationKeyHash: null });
    return {
      result: { ...row, keySet: false },
      audit: [{ subject: `pharmacy:${input.ods}`, before: null, after: row }],
      notices: ['directory'],
    };
  },
});
