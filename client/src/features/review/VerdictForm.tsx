// The lead's verdict on one decision: agree or disagree, a severity, a learning note (required to
// disagree), and for a disagreement, optionally, reopening the request with an instruction.
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/TextAreaField';
import { NOTE_MAX, SEVERITIES, type ReviewBody, type ReviewVerdict, type Severity } from '../../../../shared/schemas/reviews';
import { SEVERITY_WORDS } from './reviewWords';

interface Props {
  handoffId: number;
  busy: boolean;
  error: string | null;
  onSubmit(body: ReviewBody): void;
}

export function VerdictForm({ handoffId, busy, error, onSubmit }: Props) {
  const [verdict, setVerdict] = useState<ReviewVerdict>('agree');
  const [severity, setSeverity] = useState<Severity>('none');
  const [note, setNote] = useState('');
  const [reopen, setReopen] = useState(false);
  const [instruction, setInstruction] = useState('');
  const [attempted, setAttempted] = useState(false);

  const disagree = verdict === 'disagree';
  const noteProblem = disagree && note.trim() === '' ? 'Write the learning note: a disagreement says why.' : note.length > NOTE_MAX ? `Keep the note to ${NOTE_MAX} characters.` : undefined;
  const instructionProblem = disagree && reopen && instruction.trim() === '' ? 'Tell the coordinator what to do with the reopened request.' : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (noteProblem) return document.getElementById('verdict-note')?.focus();
    if (instructionProblem) return document.getElementById('verdict-instruction')?.focus();
    if (busy) return;
    onSubmit({
      handoffId,
      verdict,
      severity,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(disagree && reopen ? { reopen: { instruction: instruction.trim() } } : {}),
    });
  }

  const shownNote = attempted ? noteProblem : undefined;
  const shownInstruction = attempted ? instructionProblem : undefined;
  return (
    <form className="verdict-form" onSubmit={submit} noValidate aria-labelledby="verdict-heading">
      <h3 id="verdict-heading">Your verdict</h3>
      <fieldset className="field">
        <legend>Do you agree with this decision?</legend>
        {(['agree', 'disagree'] as const).map((v) => (
          <label key={v} className="field-check">
            <input type="radio" name="verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
            {v === 'agree' ? 'Agree' : 'Disagree'}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="verdict-severity">Severity</label>
        <select id="verdict-severity" value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_WORDS[s]}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        id="verdict-note"
        rows={4}
        label={`Learning note${disagree ? '' : ' (optional)'}`}
        hint="The coordinator sees this note with your verdict."
        value={note}
        onChange={setNote}
        error={shownNote}
      />
      {disagree && (
        <div className="field field-check">
          <input id="verdict-reopen" type="checkbox" checked={reopen} onChange={(e) => setReopen(e.target.checked)} />
          <label htmlFor="verdict-reopen">Reopen the request: back to the hub queue, responsibility back to the hub</label>
        </div>
      )}
      {disagree && reopen && (
        <TextAreaField id="verdict-instruction" rows={2} label="Instruction to the coordinator" value={instruction} onChange={setInstruction} error={shownInstruction} />
      )}
      {error && <ErrorBanner message={error} />}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
          {disagree && reopen ? 'Record and reopen' : 'Record the verdict'}
        </Button>
      </div>
    </form>
  );
}
