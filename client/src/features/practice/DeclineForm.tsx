// Declining a hand-back needs a reason: it goes back to the hub's triage queue with it.
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';

/** The server's rule too: a reason of at least a few characters. */
const MIN_REASON = 3;

export function DeclineForm({ requestId, busy, onDecline, onCancel }: { requestId: number; busy: boolean; onDecline: (reason: string) => void; onCancel: () => void }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < MIN_REASON) {
      setInvalid(true);
      field.current?.focus();
      return;
    }
    setInvalid(false);
    onDecline(trimmed);
  }

  return (
    <form className="decline-form" onSubmit={submit} noValidate aria-label={`Decline request ${requestId}`}>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why is the practice declining it?</label>
        <span id={`${id}-hint`} className="hint">
          It goes back to the hub’s triage queue with your reason; the hub stays responsible.
        </span>
        {invalid && (
          <span id={`${id}-error`} className="field-error">
            <span aria-hidden="true">! </span>Say why the practice is declining, in a few words.
          </span>
        )}
        <textarea
          id={`${id}-reason`}
          ref={field}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      <div className="button-row">
        <Button type="submit" variant="warning" disabled={busy}>
          Decline and return to the hub
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
