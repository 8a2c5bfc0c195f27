// The details of a pharmacy a patient message tells the patient (name, address, phone, opening hours),
// and whether it is distance-selling; used by the add form and the change panel alike.
import type { FieldErrors } from './fieldErrors';
import { TextField } from './TextField';

export interface PharmacyValues {
  name: string;
  address: string;
  phone: string;
  openingHours: string;
  distanceSelling: boolean;
}

export function PharmacyFields({ idPrefix, values, errors, onChange }: { idPrefix: string; values: PharmacyValues; errors: FieldErrors; onChange: (next: PharmacyValues) => void }) {
  const set = (field: 'name' | 'address' | 'phone' | 'openingHours') => (value: string) => onChange({ ...values, [field]: value });
  return (
    <>
      <TextField id={`${idPrefix}-name`} label="Pharmacy name" hint="Up to 80 characters" error={errors.name} value={values.name} onChange={set('name')} autoComplete="off" />
      <TextField id={`${idPrefix}-address`} label="Address (optional)" hint="As the patient’s message should say it, up to 150 characters" error={errors.address} value={values.address} onChange={set('address')} autoComplete="off" />
      <TextField id={`${idPrefix}-phone`} label="Phone (optional)" hint="A UK number, for example 0118 496 0101" error={errors.phone} value={values.phone} onChange={set('phone')} type="tel" autoComplete="off" className="input-short" />
      <TextField id={`${idPrefix}-hours`} label="Opening hours (optional)" hint="In words, for example Mon to Sat 9am to 6pm; up to 120 characters" error={errors.openingHours} value={values.openingHours} onChange={set('openingHours')} autoComplete="off" />
      <div className="field field-check">
        <input id={`${idPrefix}-distance`} type="checkbox" checked={values.distanceSelling} onChange={(e) => onChange({ ...values, distanceSelling: e.target.checked })} />
        <label htmlFor={`${idPrefix}-distance`}>Distance-selling (online only: does not see patients in person)</label>
      </div>
    </>
  );
}

/** Empty optional fields are not recorded: null, so messages say "ask the practice" instead of a blank. */
export const orNull = (value: string) => (value.trim() === '' ? null : value);
