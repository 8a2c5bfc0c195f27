// The new key, shown this once: the hub keeps only its hash, so once this panel is closed nobody can
// see the key again; a lost key is replaced by rotating it (docs/admin.md).
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button';

export function OneTimeKeyPanel({ name, keyName, secret, onDone }: { name: string; keyName: string; secret: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="org-key-panel" aria-labelledby="org-key-heading">
      <h2 id="org-key-heading" ref={heading} tabIndex={-1}>
        New {keyName} for {name}
      </h2>
      <p className="org-key-warning">
        <strong>Shown once: store it now.</strong> The hub does not keep the key and cannot show it again.
      </p>
      <label htmlFor="org-key-value">The {keyName}</label>
      <input id="org-key-value" className="org-key-value" readOnly value={secret} onFocus={(e) => e.target.select()} spellCheck={false} />
      <div className="button-row">
        <Button variant="secondary" onClick={() => void copy()}>
          Copy key
        </Button>
        <Button variant="primary" onClick={onDone}>
          I have stored the key
        </Button>
      </div>
      <p role="status" className="org-key-copied">
        {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the key and copy it by hand.' : ''}
      </p>
    </section>
  );
}
