// A side panel to change one pharmacy's details; the next message referring a patient there says the new words.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { editPharmacyBodySchema } from '../../../../../shared/schemas/adminOrganisations';
import type { AdminPharmacy } from '../../../api/organisations';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useDeps } from '../../../deps';
import { errorsOfFailure, errorsOfIssues, type FieldErrors } from './fieldErrors';
import { orNull, PharmacyFields, type PharmacyValues } from './PharmacyFields';

export function EditPharmacyPanel({ pharmacy, onSaved, onClose }: { pharmacy: AdminPharmacy; onSaved: () => void; onClose: () => void }) {
  const { api } = useDeps();
  const [values, setValues] = useState<PharmacyValues>({
    name: pharmacy.name,
    address: pharmacy.address ?? '',
    phone: pharmacy.phone ?? '',
    openingHours: pharmacy.openingHours ?? '',
    distanceSelling: pharmacy.distanceSelling,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pharmacy.ods]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const next = { name: values.name.trim(), address: orNull(values.address), phone: orNull(values.phone), openingHours: orNull(values.openingHours), distanceSelling: values.distanceSelling };
    const changes = Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== pharmacy[k as keyof typeof next]));
    if (Object.keys(changes).length === 0) return onClose();
    const parsed = editPharmacyBodySchema.safeParse(changes);
    if (!parsed.success) return setErrors(errorsOfIssues(parsed.error.issues));
    setBusy(true);
    try {
      await api.organisations.editPharmacy(pharmacy.ods, parsed.data);
      onSaved();
    } catch (failure) {
      setErrors(errorsOfFailure(failure, ['name', 'address', 'phone', 'openingHours', 'distanceSelling']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside className="org-side-panel" aria-labelledby="edit-pharmacy-heading">
      <form onSubmit={(e) => void save(e)} noValidate>
        <h2 id="edit-pharmacy-heading" ref={heading} tabIndex={-1}>
          Change {pharmacy.name} ({pharmacy.ods})
        </h2>
        {errors.form && <ErrorBanner message={errors.form} />}
        <PharmacyFields idPrefix="edit-pharmacy" values={values} errors={errors} onChange={setValues} />
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={busy}>
            Save changes
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </aside>
  );
}
