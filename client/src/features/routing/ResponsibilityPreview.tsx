// Before confirming: who will be responsible after the hand-off, and when that changes.
import type { ResponsibilityPreviewText } from './responsibilityText';

export function ResponsibilityPreview({ text }: { text: ResponsibilityPreviewText }) {
  return (
    <section className="responsibility-preview" aria-labelledby="responsibility-heading" data-testid="responsibility-preview">
      <h4 id="responsibility-heading">Who will be responsible</h4>
      <p>
        {text.now}
        {text.then && ` ${text.then}`}
      </p>
      <p className="hint">{text.note}</p>
    </section>
  );
}
