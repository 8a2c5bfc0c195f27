// A labelled text area with its hint and its error, tied together for screen readers (aria-describedby,
// aria-invalid): the reasons, notes and instructions staff write in forms across the hub.
import type { ReactNode } from 'react';
import { FieldError, describedBy } from './FieldError';

interface Props {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  /** Shown (and the field marked invalid) only once the user has tried to send. */
  error: string | undefined;
  rows?: number;
}

export function TextAreaField({ id, label, hint, value, onChange, error, rows = 3 }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error && `${id}-error`)}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
