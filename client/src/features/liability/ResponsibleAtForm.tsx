// "Who was responsible at…": one London date and time in, the one interval in force then out.
import { useId, useState, type FormEvent } from 'react';
import { isApiError, messageOf } from '../../api/errors';
import type { LiabilityInterval } from '../../api/http';
import { Button } from '../../components/Button';
import { useDeps } from '../../deps';
import { londonDateTime } from '../../format';
import { isoToLondonInput, londonInputToIso, partyWords } from './liabilityWords';

type Answer =
  | { kind: 'found'; at: string; interval: LiabilityInterval }
  | { kind: 'none'; at: string }
  | { kind: 'failed'; message: string };

export function ResponsibleAtForm({ consultationId }: { consultationId: number }) {
  const { api, now } = useDeps();
  const id = useId();
  const [value, setValue] = useState(() => isoToLondonInput(now()));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);

  async function ask(event: FormEvent) {
    event.preventDefault();
    const at = londonInputToIso(value);
    setInvalid(at === null);
    if (at === null) return;
    setBusy(true);
    try {
      setAnswer({ kind: 'found', at, interval: await api.liabilityAt(consultationId, at) });
    } catch (error) {
      setAnswer(isApiError(error, 'NOT_FOUND') ? { kind: 'none', at } : { kind: 'failed', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="responsible-at" onSubmit={ask} noValidate>
      <div className="field">
        <label htmlFor={`${id}-at`}>Date and time (London)</label>
        <span id={`${id}-hint`} className="hint">
          For example 24 November, 10:32. Times are UK clock time (GMT or BST).
        </span>
        {invalid && (
          <span id={`${id}-error`} className="field-error">
            <span aria-hidden="true">! </span>Enter a date and a time.
          </span>
        )}
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? 'Looking…' : 'Find who was responsible'}
      </Button>
      <div className="responsible-answer" role="status">
        {answer?.kind === 'found' && (
          <>
            <p>
              At <strong>{londonDateTime(answer.at)}</strong>:
            </p>
            <dl className="facts">
              <div className="fact">
                <dt>Owner</dt>
                <dd>{partyWords(answer.interval.owner)}</dd>
              </div>
              <div className="fact">
                <dt>Accountable</dt>
                <dd>{partyWords(answer.interval.accountable)}</dd>
              </div>
              <div className="fact">
                <dt>Basis</dt>
                <dd>{answer.interval.basis}</dd>
              </div>
            </dl>
          </>
        )}
        {answer?.kind === 'none' && (
          <p>
            No responsibility recorded then (before arrival or after closure). <span className="hint">You asked about {londonDateTime(answer.at)}.</span>
          </p>
        )}
        {answer?.kind === 'failed' && <p className="field-error">{answer.message}</p>}
      </div>
    </form>
  );
}
