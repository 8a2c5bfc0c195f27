// "Sign off" for the lead, with a confirmation that says what signing means before it is done.
import { useState } from 'react';
import { Button } from '../../components/Button';

interface Props {
  label: string;
  /** Sign-offs already given and how many the hub needs. */
  given: number;
  required: number;
  /** Whether this lead has already signed this draft. */
  signedByMe: boolean;
  busy: boolean;
  onSignOff(): void;
}

export function SignOffControl({ label, given, required, signedByMe, busy, onSignOff }: Props) {
  const [confirming, setConfirming] = useState(false);
  const last = given + 1 >= required;
  if (signedByMe) {
    return <p className="notice">You have signed off {label}. It needs a sign-off from a second clinical lead before it is in force.</p>;
  }
  if (!confirming) {
    return (
      <Button variant="primary" onClick={() => setConfirming(true)} disabled={busy}>
        Sign off {label}
      </Button>
    );
  }
  return (
    <div className="protocol-confirm" role="group" aria-label="Confirm sign-off">
      <p>
        {last
          ? `Signing off puts ${label} in force at once: every decision from now on is made, and recorded, under it.`
          : `Your sign-off is ${given + 1} of ${required}: ${label} is in force once a second clinical lead signs it off too.`}
      </p>
      <Button variant="primary" onClick={onSignOff} disabled={busy}>
        Confirm sign-off
      </Button>{' '}
      <Button variant="quiet" onClick={() => setConfirming(false)} disabled={busy}>
        Cancel
      </Button>
    </div>
  );
}
