// A figure's name with its definition as a tooltip: shown on hover and on keyboard focus, and read by
// screen readers as the button's description (the answers carry `definitions`, docs/metrics.md).
import { useId } from 'react';

export function FigureTerm({ label, definition }: { label: string; definition: string | undefined }) {
  const id = useId();
  if (!definition) return <span>{label}</span>;
  return (
    <span className="figure-term">
      <button type="button" className="figure-term-button" aria-describedby={id}>
        {label}
      </button>
      <span role="tooltip" id={id} className="figure-tooltip">
        {definition}
      </span>
    </span>
  );
}
