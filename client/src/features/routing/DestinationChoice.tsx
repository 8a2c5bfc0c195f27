// Every destination as a radio, each checked against the shared rules for this user and request:
// one that is refused is disabled and says why, in the sentence the hub itself would give.
import type { Verdict } from '../../../../shared/errors';
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import { DESTINATIONS, type Destination } from '../../../../shared/schemas/domain';
import { FieldError, describedBy } from '../../components/FieldError';

interface Props {
  value: Destination | null;
  verdicts: Record<Destination, Verdict>;
  error?: string;
  onChange(destination: Destination): void;
}

export function DestinationChoice({ value, verdicts, error, onChange }: Props) {
  return (
    <fieldset className="choice-group" aria-describedby={describedBy(error && 'destination-error')}>
      <legend>Destination</legend>
      <FieldError id="destination-error" message={error} />
      {DESTINATIONS.map((d) => {
        const verdict = verdicts[d];
        const noteId = `destination-${d}-note`;
        return (
          <div key={d} className={verdict.ok ? 'choice' : 'choice is-refused'}>
            <input
              type="radio"
              id={`destination-${d}`}
              name="destination"
              value={d}
              checked={value === d}
              disabled={!verdict.ok}
              aria-describedby={describedBy(!verdict.ok && noteId)}
              onChange={() => onChange(d)}
            />
            <label htmlFor={`destination-${d}`}>{DESTINATION_RULES[d].label}</label>
            {!verdict.ok && (
              <p id={noteId} className="choice-note">
                <span className="visually-hidden">Not available:</span> {verdict.message}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
