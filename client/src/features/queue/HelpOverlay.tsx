// The keyboard shortcuts, listed from the action registry itself, in a dismissible dialog.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ACTIONS } from '../../actions';
import { keyName, type Action } from '../../actions/registry';
import { Button } from '../../components/Button';

const SHORTCUTS = (ACTIONS as readonly Action[]).filter((a) => a.keyTest !== undefined);

export function HelpOverlay({ onClose }: { onClose(): void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => returnTo?.focus();
  }, []);
  // Close is the dialog's only control, so Tab stays on it while the dialog is open.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Tab') event.preventDefault();
    if (event.key === 'Escape') onClose();
  };
  return (
    <div className="overlay" onKeyDown={onKeyDown}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="help-heading">
        <h2 id="help-heading">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <caption className="visually-hidden">Keys and what they do</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((action) => (
              <tr key={action.name} data-testid={`shortcut-${action.name}`}>
                <td>
                  <kbd>{keyName(action.keyTest!)}</kbd>
                </td>
                <td>{action.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Button ref={closeRef} variant="primary" onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  );
}
