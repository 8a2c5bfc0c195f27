// Asks before a key is made: a new one replaces the old, which stops working at once, so the
// organisation's system is refused until someone puts the new key in it.
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/Button';

export interface KeyTarget {
  ods: string;
  name: string;
  hasKey: boolean;
}

export function ConfirmKeyPanel({ target, keyName, busy, onConfirm, onCancel }: { target: KeyTarget; keyName: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="org-confirm" aria-labelledby="org-confirm-heading">
      <h2 id="org-confirm-heading" ref={heading} tabIndex={-1}>
        {target.hasKey ? `Rotate the ${keyName} for ${target.name}?` : `Create an ${keyName} for ${target.name}?`}
      </h2>
      {target.hasKey ? (
        <p>
          The current key will stop working at once. {target.name}’s system will be refused until it is given the new key.
        </p>
      ) : (
        <p>The key is shown once, on the next screen. Have somewhere safe ready to store it.</p>
      )}
      <div className="button-row">
        <Button variant={target.hasKey ? 'warning' : 'primary'} onClick={onConfirm} disabled={busy}>
          {target.hasKey ? 'Rotate key' : 'Create key'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
