// An admin changes a pharmacy's name, address, phone, opening hours or distance-selling mark
// (docs/admin.md): the next patient message referring to it says the new words. Audited.
import { editPharmacyFieldsSchema, somethingToChange } from '../../shared/schemas/adminOrganisations';
import { odsCodeSchema } from '../../shared/schemas/domain';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';

export const editPharmacy = defineOperation({
  name: 'pharmacy_changed',
  senders: { staff: ['admin'] },
  input: editPharmacyFieldsSchema.extend({ ods: odsCodeSchema }).refine(({ ods: _ods, ...changes }) => somethingToChange(changes), 'send at least one field to change'),
  perform({ db, input }) {
    const pharmacy = db.q.practices.pharmacy(input.ods);
    if (!pharmacy) throw new HttpError('NOT_FOUND', `ods: no pharmacy has ODS code ${input.ods}.`);
    const { ods: _ods, ...sent } = input;
    const changes = Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined)) as Partial<typeof pharmacy>;
    db.q.practices.updatePharmacy(input.ods, changes);
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, pharmacy[k as keyof typeof pharmacy]]));
    const { integrationKeyHash, ...shown } = { ...pharmacy, ...changes };
    return {
      result: { ...shown, keySet: integrationKeyHash !== null },
      audit: [{ subject: `pharmacy:${input.ods}`, before, after: changes }],
      notices: ['directory'],
    };
  },
});
