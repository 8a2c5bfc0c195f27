// Changing one account's name, roles, practice or registration: the whole of it replaced, checked with
// the shared schema before sending, the hub's refusal shown beside the field it names.
import { useState, type FormEvent } from 'react';
import { changeStaffSchema } from '../../../../../shared/schemas/staff';
import type { PracticeRef, StaffAccount } from '../../../api/http';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FieldError, describedBy } from '../../../components/FieldError';
import { useDeps } from '../../../deps';
import { fieldErrorsOf, refusalOf, type FieldErrors } from '../fieldErrors';
import { StaffAccessFields, accessBody, type AccessDraft } from './StaffAccessFields';

const FIELDS = ['name', 'roles', 'practiceOds', 'registrationBody', 'registrationNumber'] as const;

export function EditStaffForm({ account, practices, onSaved }: { account: StaffAccount; practices: PracticeRef[]; onSaved(next: StaffAccount): void }) {
  const { api } = useDeps();
  const [name, setName] = useState(account.name);
  const [access, setAccess] = useState<AccessDraft>({
    roles: account.roles,
    practiceOds: account.practiceOds ?? '',
    registrationBody: account.registrationBody ?? '',
    registrationNumber: account.registrationNumber ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsed = changeStaffSchema.safeParse({ name, ...accessBody(access) });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    setFormError(null);
    try {
      onSaved(await api.changeStaff(account.id, parsed.data));
      setSaved(true);
    } catch (failure) {
      const refusal = refusalOf(failure, FIELDS);
      setErrors(refusal.fields);
      setFormError(refusal.form);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Access for ${account.name}`}>
      {formError && <ErrorBanner message={formError} />}
      <div className="field">
        <label htmlFor="edit-name">Full name</label>
        <input id="edit-name" value={name} onChange={(e) => setName(e.target.value)} aria-describedby={describedBy(errors.name && 'edit-name-error')} />
        <FieldError id="edit-name-error" message={errors.name} />
      </div>
      <StaffAccessFields id="edit" value={access} onChange={setAccess} errors={errors} practices={practices} />
      <Button type="submit" variant="primary">
        Save changes
      </Button>
      {saved && <p role="status">Saved: in force on their next action.</p>}
    </form>
  );
}
