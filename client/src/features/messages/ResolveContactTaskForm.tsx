// Resolving a contact task: what was done (a radio group) and a note, sent to the hub; its refusal
// (409 already resolved, 422 not possible) stays in the form in the hub's words.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CONTACT_TASK_RESOLUTIONS, type ContactTaskResolution } from '../../../../shared/schemas/messages';
import { messageOf } from '../../api/errors';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldError, describedBy } from '../../components/FieldError';
import { TextAreaField } from '../../components/TextAreaField';
import { useDeps } from '../../deps';
import { RESOLUTION_HINTS, RESOLUTION_WORDS } from './messageWords';

interface Props {
  taskId: number;
  onDone(): void;
  onCancel(): void;
}

export function ResolveContactTaskForm({ taskId, onDone, onCancel }: Props) {
  const { api } = useDeps();
  const [resolution, setResolution] = useState<ContactTaskResolution | null>(null);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const id = (what: string) => `contact-task-${taskId}-${what}`;
  const resolutionProblem = attempted && !resolution ? 'Choose what was done.' : undefined;
  const noteProblem = attempted && note.trim().length < 3 ? 'Say what was done (at least 3 characters).' : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!resolution) return document.getElementById(id(CONTACT_TASK_RESOLUTIONS[0]))?.focus();
    if (note.trim().length < 3) return document.getElementById(id('note'))?.focus();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.resolveContactTask(taskId, { resolution, note: note.trim() });
      onDone();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <form className="resolve-contact-task" onSubmit={submit} noValidate aria-label={`Resolve contact task ${taskId}`}>
      <fieldset className="choice-group" aria-describedby={describedBy(resolutionProblem && id('resolution-error'))}>
        <legend>What was done</legend>
        <FieldError id={id('resolution-error')} message={resolutionProblem} />
        {CONTACT_TASK_RESOLUTIONS.map((r, i) => (
          <div key={r} className="choice">
            <input
              ref={i === 0 ? firstRef : undefined}
              type="radio"
              id={id(r)}
              name={id('resolution')}
              checked={resolution === r}
              aria-describedby={id(`${r}-hint`)}
              onChange={() => setResolution(r)}
            />
            <label htmlFor={id(r)}>{RESOLUTION_WORDS[r]}</label>
            <p id={id(`${r}-hint`)} className="hint">
              {RESOLUTION_HINTS[r]}
            </p>
          </div>
        ))}
      </fieldset>
      <TextAreaField id={id('note')} label="Note" hint="What you did or why nothing more is needed." value={note} onChange={setNote} error={noteProblem} rows={2} />
      {error && <ErrorBanner message={error} />}
      <SubmitOrCancel submit={busy ? 'Saving…' : 'Resolve'} busy={busy} onCancel={onCancel} />
    </form>
  );
}
