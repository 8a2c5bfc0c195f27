// Raise, confirm or clear a red flag: a reason in the user's words is required; raising may name the
// rule it fits (labels from the shared rule table). Built like the inbox's ReasonForm.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RED_FLAG_RULES } from '../../../../shared/rules/redFlags';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/TextAreaField';
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
  const [reason, setReason] = useState('');
  const [ruleId, setRuleId] = useState('');
  const [attempted, setAttempted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [task]);
  const problem = reason.trim().length < 3 ? 'Say why, in a few words.' : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (problem) return document.getElementById('flag-reason')?.focus();
    if (!busy) onSubmit({ task, reason: reason.trim(), ...(task === 'raise' && ruleId ? { ruleId } : {}) });
  }

  const shown = attempted ? problem : undefined;
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
        <div className="button-row">
          <Button type="submit" variant={task === 'clear' ? 'primary' : 'warning'} disabled={busy} aria-busy={busy}>
            {words.submit}
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
