// Complete a request: the coded outcome (for the practice record and the figures) and optional notes.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { OUTCOMES, type OutcomeCode } from '../../../../shared/schemas/commands';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldError, describedBy } from '../../components/FieldError';

interface Props {
  busy: boolean;
  error: string | null;
  onSubmit(outcome: OutcomeCode, notes: string): void;
  onCancel(): void;
}

const CODES = Object.keys(OUTCOMES) as OutcomeCode[];

export function OutcomeForm({ busy, error, onSubmit, onCancel }: Props) {
  const [outcome, setOutcome] = useState<OutcomeCode | null>(null);
  const [notes, setNotes] = useState('');
  const [attempted, setAttempted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const problem = attempted && !outcome ? 'Choose the outcome.' : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!outcome) return document.getElementById(`outcome-${CODES[0]}`)?.focus();
    if (!busy) onSubmit(outcome, notes.trim());
  }

  return (
    <section className="task-form" aria-labelledby="task-heading">
      <h3 id="task-heading" tabIndex={-1} ref={headingRef}>
        Complete the request
      </h3>
      <form onSubmit={submit} noValidate aria-labelledby="task-heading">
        <fieldset className="choice-group" aria-describedby={describedBy(problem && 'outcome-error')}>
          <legend>Outcome</legend>
          <FieldError id="outcome-error" message={problem} />
          {CODES.map((code) => (
            <div key={code} className="choice">
              <input type="radio" id={`outcome-${code}`} name="outcome" checked={outcome === code} onChange={() => setOutcome(code)} />
              <label htmlFor={`outcome-${code}`}>{OUTCOMES[code]}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="outcome-notes">Notes for the practice record (optional)</label>
          <textarea id="outcome-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        {error && <ErrorBanner message={error} />}
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
            Complete the request
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
