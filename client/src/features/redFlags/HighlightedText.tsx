// Text with the words that fired a red flag marked. Each mark names its rule for screen readers and
// on hover, and is outlined as well as tinted, so colour is not the only sign.
import { useMemo } from 'react';
import { highlightSegments, type MarkRange } from './highlights';

export function HighlightedText({ text, ranges }: { text: string; ranges: readonly MarkRange[] }) {
  const segments = useMemo(() => highlightSegments(text, ranges), [text, ranges]);
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.labels.length === 0) return segment.text;
        const names = segment.labels.join('; ');
        return (
          <mark key={i} className="flag-mark" aria-label={`${segment.text} (${names})`} title={names}>
            {segment.text}
            <span className="visually-hidden"> ({names})</span>
          </mark>
        );
      })}
    </>
  );
}
