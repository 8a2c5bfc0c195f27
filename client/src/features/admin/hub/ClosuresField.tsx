// The hub's own closed dates (bank holidays are closed already): listed, added and removed.
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { FieldError } from '../../../components/FieldError';
import type { FieldErrors } from '../fieldErrors';

const longDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function ClosuresField({ closures, onChange, errors }: { closures: string[]; onChange(next: string[]): void; errors: FieldErrors }) {
  const [adding, setAdding] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const listError = Object.entries(errors).find(([path]) => path.startsWith('calendar.closures'))?.[1];

  function add() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(adding)) return setProblem('Choose a date to close.');
    if (closures.includes(adding)) return setProblem('That date is already closed.');
    setProblem(undefined);
    onChange([...closures, adding].sort());
    setAdding('');
  }

  return (
    <fieldset className="field">
      <legend>Closures</legend>
      <p className="hint">England and Wales bank holidays are always closed; add the hub’s own closed days here.</p>
      <FieldError id="closures-error" message={listError} />
      {closures.length === 0 ? (
        <p>No closures of the hub’s own.</p>
      ) : (
        <ul className="admin-closures">
          {closures.map((iso) => (
            <li key={iso}>
              <span>{longDate(iso)}</span>
              <Button variant="quiet" onClick={() => onChange(closures.filter((d) => d !== iso))} aria-label={`Remove closure on ${longDate(iso)}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="closure-date">Close the hub on</label>
        <input id="closure-date" type="date" value={adding} onChange={(e) => setAdding(e.target.value)} aria-describedby={problem ? 'closure-date-error' : undefined} />
        <FieldError id="closure-date-error" message={problem} />
      </div>
      <Button onClick={add}>Add closure</Button>
    </fieldset>
  );
}
