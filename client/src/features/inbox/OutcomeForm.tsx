// Complete a request: the coded outcome (for the practice record and the figures), optional notes, and
// the message the patient will get for that outcome, which the clinician may edit within limits.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import { OUTCOMES, type OutcomeCode } from '../../../../shared/schemas/commands';
import type { PatientMessageEdit } from '../../api/http';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldError, describedBy } from '../../components/FieldError';
import { MessagePreview, messageFieldId } from '../messages/MessagePreview';
import { patientMessageEditOf } from '../messages/messagePreview';
import { useMessagePreview } from '../messages/useMessagePreview';

interface Props {
  detail: ConsultationDetail;
  busy: boolean;
  error: string | null;
  /** The hub's code for the error: a refused message to the patient shows by the message. */
  errorCode?: string | null;
  onSubmit(outcome: OutcomeCode, notes: string, edit: PatientMessageEdit): void;
  onCancel(): void;
}

const CODES = Object.keys(OUTCOMES) as OutcomeCode[];

export function OutcomeForm({ detail, busy, error, errorCode, onSubmit, onCancel }: Props) {
  const [outcome, setOutcome] = useState<OutcomeCode | null>(null);
  const [notes, setNotes] = useState('');
  const [edit, setEdit] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const problem = attempted && !outcome ? 'Choose the outcome.' : undefined;
  // Every outcome's message still tells the patient where to get help if they get worse.
  const message = useMessagePreview({ detail, pick: (t) => (outcome ? t.outcomeMessageTemplates[outcome] : undefined), context: {}, needsSafetyNet: true, edit });
  const verdict = message.preview?.verdict;
  const messageProblem = verdict && !verdict.ok ? verdict.message : undefined;
  const messageRefused = errorCode === 'MESSAGE_NOT_ALLOWED' ? error : null;
  const messageError = (edit !== null || attempted ? messageProblem : undefined) ?? messageRefused ?? undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!outcome) return document.getElementById(`outcome-${CODES[0]}`)?.focus();
    if (messageProblem) return document.getElementById(messageFieldId('outcome', edit !== null))?.focus();
    if (!busy) onSubmit(outcome, notes.trim(), patientMessageEditOf(message.preview));
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
              <input
                type="radio"
                id={`outcome-${code}`}
                name="outcome"
                checked={outcome === code}
                // Each outcome has its own template: an edit of another's would not fit it.
                onChange={() => {
                  setOutcome(code);
                  setEdit(null);
                }}
              />
              <label htmlFor={`outcome-${code}`}>{OUTCOMES[code]}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="outcome-notes">Notes for the practice record (optional)</label>
          <textarea id="outcome-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        {outcome && (
          <MessagePreview idPrefix="outcome" preview={message.preview} loadError={message.loadError} editing={edit !== null} onEdit={setEdit} error={messageError} />
        )}
        {error && !messageRefused && <ErrorBanner message={error} />}
        <SubmitOrCancel submit="Complete the request" busy={busy} onCancel={onCancel} />
      </form>
    </section>
  );
}
