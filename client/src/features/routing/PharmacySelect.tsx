// The community pharmacy a referral goes to; distance-selling (online-only) pharmacies say so.
import type { Pharmacy } from '../../api/http';
import { FieldError, describedBy } from '../../components/FieldError';

interface Props {
  pharmacies: Pharmacy[];
  value: string;
  error?: string;
  hint?: string;
  onChange(ods: string): void;
}

export function PharmacySelect({ pharmacies, value, error, hint, onChange }: Props) {
  return (
    <div className="field">
      <label htmlFor="route-pharmacy">Pharmacy</label>
      {hint && (
        <p id="route-pharmacy-hint" className="hint">
          {hint}
        </p>
      )}
      <select
        id="route-pharmacy"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && 'route-pharmacy-hint', error && 'route-pharmacy-error')}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Choose a pharmacy</option>
        {pharmacies.map((p) => (
          <option key={p.ods} value={p.ods}>
            {p.name} ({p.ods}){p.distanceSelling ? ' — distance-selling, does not examine in person' : ''}
          </option>
        ))}
      </select>
      <FieldError id="route-pharmacy-error" message={error} />
    </div>
  );
}
