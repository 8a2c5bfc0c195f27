// A whole number of minutes (or sign-offs) with its bounds said beside it and its error under it.
import { FieldError, describedBy } from '../../../components/FieldError';

interface Props {
  id: string;
  label: string;
  hint: string;
  value: number;
  onChange(next: number): void;
  error: string | undefined;
}

export function NumberField({ id, label, hint, value, onChange, error }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <input
        id={id}
        inputMode="numeric"
        value={Number.isNaN(value) ? '' : String(value)}
        onChange={(e) => onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
