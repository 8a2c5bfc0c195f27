// Adds a community pharmacy the hub may refer patients to, checked against the hub's own bounds first.
import { useState, type FormEvent } from 'react';
import { addPharmacyBodySchema } from '../../../../../shared/schemas/adminOrganisations';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useDeps } from '../../../deps';
import { errorsOfFailure, errorsOfIssues, type FieldErrors } from './fieldErrors';
import { orNull, PharmacyFields, type PharmacyValues } from './PharmacyFields';
import { TextField } from './TextField';

const FIELDS = ['ods', 'name', 'address', 'phone', 'openingHours', 'distanceSelling'] as const;
const EMPTY: PharmacyValues = { name: '', address: '', phone: '', openingHours: '', distanceSelling: false };

export function AddPharmacyForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { api } = useDeps();
  const [ods, setOds] = useState('');
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = addPharmacyBodySchema.safeParse({ ods, ...values, address: orNull(values.address), phone: orNull(values.phone), openingHours: orNull(values.openingHours) });
    if (!parsed.success) return setErrors(errorsOfIssues(parsed.error.issues));
    setBusy(true);
    try {
      const added = await api.organisations.addPharmacy(parsed.data);
      setOds('');
      setValues(EMPTY);
      setErrors({});
      onAdded(added.name);
    } catch (failure) {
      setErrors(errorsOfFailure(failure, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="org-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-pharmacy-heading">
      <h2 id="add-pharmacy-heading">Add a pharmacy</h2>
      {errors.form && <ErrorBanner message={errors.form} />}
      <TextField id="pharmacy-ods" label="ODS code" hint="3 to 10 letters and digits, for example FA101" error={errors.ods} value={ods} onChange={setOds} autoComplete="off" className="input-short" />
      <PharmacyFields idPrefix="pharmacy" values={values} errors={errors} onChange={setValues} />
      <Button type="submit" variant="primary" disabled={busy}>
        Add pharmacy
      </Button>
    </form>
  );
}
