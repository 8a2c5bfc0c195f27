// Raise, confirm or clear a red flag: a reason in the user's words is required; raising may name the
// rule it fits (labels from the shared rule table). Built like the inbox's ReasonForm.
import { useState, type FormEvent } from 'react';
import { RED_FLAG_RULES } from '../../../../shared/rules/redFlags';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/TextAreaField';
import { useReasonInput } from '../../components/useReasonInput';
import type { FlagTaskBody } from './flagCalls';
import type { FlagTask } from './flagPermissions';
import { FLAG_TASK_WORDS } from './flagTaskWords';

interface Props {
  task: FlagTask;
  busy: boolean;
  error: string | null;
  onSubmit(body: FlagTaskBody): void;
  onCancel(): void;
}

export function RedFlagForm({ task, busy, error, onSubmit, onCancel }: Props) {
  const words = FLAG_TASK_WORDS[task];
  const { reason, setReason, headingRef, shown, take } = useReasonInput('flag-reason', task);
  const [ruleId, setRuleId] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const given = take();
    if (given !== undefined && !busy) onSubmit({ task, reason: given, ...(task === 'raise' && ruleId ? { ruleId } : {}) });
  }

  return (
    <section className="task-form flag-form" aria-labelledby="flag-form-heading">
      <h4 id="flag-form-heading" tabIndex={-1} ref={headingRef}>
        {words.heading}
      </h4>
      <form onSubmit={submit} noValidate aria-labelledby="flag-form-heading">
        {task === 'raise' && (
          <div className="field">
            <label htmlFor="flag-rule">Which red flag (optional)</label>
            <select id="flag-rule" value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
              <option value="">None of these: my reason says it</option>
              {RED_FLAG_RULES.map((rule) => (
                <option key={rule.id} value={rule.id}>
                  {rule.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextAreaField id="flag-reason" label={words.label} hint={words.hint} value={reason} onChange={setReason} error={shown} />
        {error && <ErrorBanner message={error} />}
        <SubmitOrCancel submit={words.submit} variant={task === 'clear' ? 'primary' : 'warning'} busy={busy} onCancel={onCancel} />
      </form>
    </section>
  );
}
