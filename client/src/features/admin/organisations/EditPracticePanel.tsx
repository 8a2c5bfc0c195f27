// A side panel to change one practice: its name, the last day the hub takes its requests, and its
// list size (registered patients, for the per-1,000 figures). Only what changed is sent.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { editPracticeBodySchema, membershipDateProblems } from '../../../../../shared/schemas/adminOrganisations';
import { listSizeBodySchema } from '../../../../../shared/schemas/stats';
import type { AdminPractice } from '../../../api/organisations';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useDeps } from '../../../deps';
import { errorsOfFailure, errorsOfIssues, today, type FieldErrors } from './fieldErrors';
import { TextField } from './TextField';

export function EditPracticePanel({ practice, onSaved, onClose }: { practice: AdminPractice; onSaved: () => void; onClose: () => void }) {
  const { api, now } = useDeps();
  const [name, setName] = useState(practice.name);
  const [memberUntil, setMemberUntil] = useState(practice.memberUntil ?? '');
  const [listSize, setListSize] = useState(practice.listSize === null ? '' : String(practice.listSize));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [practice.ods]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const changes = {
      ...(name.trim() !== practice.name && { name }),
      ...((memberUntil || null) !== practice.memberUntil && { memberUntil: memberUntil || null }),
    };
    const size = listSize.trim() === '' ? null : Number(listSize);
    const sizeChanged = size !== practice.listSize;
    const found: FieldErrors = {};
    const parsed = editPracticeBodySchema.safeParse(changes);
    if (Object.keys(changes).length > 0 && !parsed.success) Object.assign(found, errorsOfIssues(parsed.error.issues));
    if (changes.memberUntil) {
      const problems = membershipDateProblems({ memberSince: practice.memberSince, memberUntil: changes.memberUntil }, today(now())).filter((p) => p.path === 'memberUntil');
      Object.assign(found, errorsOfIssues(problems));
    }
    if (sizeChanged) {
      const sized = listSizeBodySchema.safeParse({ listSize: size });
      if (!sized.success) found.listSize = Number.isNaN(size) ? 'listSize is a whole number' : sized.error.issues[0]!.message;
    }
    if (Object.keys(found).length > 0) return setErrors(found);
    setBusy(true);
    try {
      if (Object.keys(changes).length > 0) await api.organisations.editPractice(practice.ods, changes);
      if (sizeChanged) await api.organisations.setListSize(practice.ods, size);
      onSaved();
    } catch (failure) {
      setErrors(errorsOfFailure(failure, ['name', 'memberUntil', 'listSize']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside className="org-side-panel" aria-labelledby="edit-practice-heading">
      <form onSubmit={(e) => void save(e)} noValidate>
        <h2 id="edit-practice-heading" ref={heading} tabIndex={-1}>
          Change {practice.name} ({practice.ods})
        </h2>
        <p>Joined the hub on {practice.memberSince}.</p>
        {errors.form && <ErrorBanner message={errors.form} />}
        <TextField id="edit-practice-name" label="Practice name" error={errors.name} value={name} onChange={setName} autoComplete="off" />
        <TextField
          id="edit-practice-member-until"
          label="Leaves the hub after"
          hint="The last day the hub takes its requests; empty while it stays a member"
          error={errors.memberUntil}
          value={memberUntil}
          onChange={setMemberUntil}
          type="date"
        />
        <TextField id="edit-practice-list-size" label="List size" hint="Registered patients, 1 to 200,000; empty if not known" error={errors.listSize} value={listSize} onChange={setListSize} inputMode="numeric" className="input-short" />
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
