// Adding a member of staff: username, name and access, checked with the shared schema before sending;
// the hub's answer carries a temporary password, which the page shows once.
import { useState, type FormEvent } from 'react';
import { createStaffSchema } from '../../../../../shared/schemas/staff';
import type { PasswordReply, PracticeRef } from '../../../api/http';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FieldError, describedBy } from '../../../components/FieldError';
import { useDeps } from '../../../deps';
import { fieldErrorsOf, refusalOf, type FieldErrors } from '../fieldErrors';
import { StaffAccessFields, accessBody, type AccessDraft } from './StaffAccessFields';

const EMPTY: AccessDraft = { roles: [], practiceOds: '', registrationBody: '', registrationNumber: '' };
const FIELDS = ['username', 'name', 'roles', 'practiceOds', 'registrationBody', 'registrationNumber'] as const;

export function AddStaffForm({ practices, onCreated }: { practices: PracticeRef[]; onCreated(reply: PasswordReply): void }) {
  const { api } = useDeps();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [access, setAccess] = useState<AccessDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createStaffSchema.safeParse({ username, name, ...accessBody(access) });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      onCreated(await api.createStaff(parsed.data));
      setUsername('');
      setName('');
      setAccess(EMPTY);
    } catch (failure) {
      const refusal = refusalOf(failure, FIELDS);
      setErrors(refusal.fields);
      setFormError(refusal.form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="add-staff-heading" className="admin-panel">
      <h2 id="add-staff-heading">Add a member of staff</h2>
      {formError && <ErrorBanner message={formError} />}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="new-username">Username</label>
          <p id="new-username-hint" className="hint">Lower-case letters, digits, dots, hyphens and underscores, starting with a letter.</p>
          <input id="new-username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" aria-describedby={describedBy('new-username-hint', errors.username && 'new-username-error')} />
          <FieldError id="new-username-error" message={errors.username} />
        </div>
        <div className="field">
          <label htmlFor="new-name">Full name</label>
          <input id="new-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" aria-describedby={describedBy(errors.name && 'new-name-error')} />
          <FieldError id="new-name-error" message={errors.name} />
        </div>
        <StaffAccessFields id="new" value={access} onChange={setAccess} errors={errors} practices={practices} />
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add member of staff'}
        </Button>
      </form>
    </section>
  );
}
