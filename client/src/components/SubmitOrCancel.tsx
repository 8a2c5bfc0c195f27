// A task form's last row: its submit button, busy while the request is sent, and Cancel, which waits
// for the answer too so a form is never closed under a request still in flight.
import { Button } from './Button';

interface Props {
  /** What the submit button says. */
  submit: string;
  variant?: 'primary' | 'warning';
  busy: boolean;
  onCancel(): void;
}

export function SubmitOrCancel({ submit, variant = 'primary', busy, onCancel }: Props) {
  return (
    <div className="button-row">
      <Button type="submit" variant={variant} disabled={busy} aria-busy={busy}>
        {submit}
      </Button>
      <Button onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
    </div>
  );
}
