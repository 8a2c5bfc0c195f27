// Adds a member practice: ODS code, name, the day it joins and, if known, the last day it is a member.
// Checked against the same schema and date bounds as the hub before sending (shared/schemas/adminOrganisations.ts).
import { useState, type FormEvent } from 'react';
import { addPracticeBodySchema, membershipDateProblems, MEMBERSHIP_YEARS_AHEAD, MEMBERSHIP_YEARS_BACK } from '../../../../../shared/schemas/adminOrganisations';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useDeps } from '../../../deps';
import { errorsOfFailure, errorsOfIssues, today, type FieldErrors } from './fieldErrors';
import { TextField } from './TextField';

const FIELDS = ['ods', 'name', 'memberSince', 'memberUntil'] as const;
const EMPTY = { ods: '', name: '', memberSince: '', memberUntil: '' };

export function AddPracticeForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { api, now } = useDeps();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = addPracticeBodySchema.safeParse({ ...values, memberUntil: values.memberUntil.trim() || null });
    if (!parsed.success) return setErrors(errorsOfIssues(parsed.error.issues));
    const problems = membershipDateProblems(parsed.data, today(now()));
    if (problems.length > 0) return setErrors(errorsOfIssues(problems));
    setBusy(true);
    try {
      const added = await api.organisations.addPractice(parsed.data);
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
    <form className="org-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-practice-heading">
      <h2 id="add-practice-heading">Add a practice</h2>
      {errors.form && <ErrorBanner message={errors.form} />}
      <TextField id="practice-ods" label="ODS code" hint="3 to 10 letters and digits, for example E85001" error={errors.ods} value={values.ods} onChange={set('ods')} autoComplete="off" className="input-short" />
      <TextField id="practice-name" label="Practice name" error={errors.name} value={values.name} onChange={set('name')} autoComplete="off" />
      <TextField
        id="practice-member-since"
        label="Joins the hub on"
        hint={`The first day the hub takes its requests, as YYYY-MM-DD; no more than ${MEMBERSHIP_YEARS_BACK} years ago or ${MEMBERSHIP_YEARS_AHEAD} years ahead`}
        error={errors.memberSince}
        value={values.memberSince}
        onChange={set('memberSince')}
        type="date"
      />
      <TextField id="practice-member-until" label="Leaves the hub after (optional)" hint="The last day the hub takes its requests; leave empty if it is staying" error={errors.memberUntil} value={values.memberUntil} onChange={set('memberUntil')} type="date" />
      <Button type="submit" variant="primary" disabled={busy}>
        Add practice
      </Button>
    </form>
  );
}
