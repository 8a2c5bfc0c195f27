// Splits a text into plain runs and marked runs for the red-flag highlights (docs/clinical-safety/red-flags.md).
// Pure, so overlapping, adjacent and out-of-range offsets can be tested without rendering.

/** Words to mark: offsets into the text (end exclusive) and what they fired, for the mark's accessible name. */
export interface MarkRange {
  start: number;
  end: number;
  label: string;
}

/** A run of the text; `labels` names every range covering it, empty for plain text. */
export interface Segment {
  text: string;
  labels: string[];
}

/** A range the text can hold; anything else (stale or corrupt offsets) is ignored rather than mark the wrong words. */
const fits = (range: MarkRange, length: number) =>
  Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start < range.end && range.end <= length;

/**
 * The text cut at every range's edges, each run labelled with the ranges covering it. Overlapping
 * ranges share their common run (it carries both labels); adjacent ones stay separate marks, since
 * they may name different rules. Runs with the same labels side by side are joined.
 */
export function highlightSegments(text: string, ranges: readonly MarkRange[]): Segment[] {
  const valid = ranges.filter((range) => fits(range, text.length));
  const cuts = [...new Set([0, text.length, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const labels = [...new Set(valid.filter((r) => r.start <= from && r.end >= to).map((r) => r.label))];
    const last = segments.at(-1);
    if (last && sameLabels(last.labels, labels) && (labels.length === 0 || coveredBySame(valid, from))) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), labels });
  }
  return segments;
}

const sameLabels = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((label, i) => label === b[i]);

/** A marked run continues across a cut only when no range starts or ends there (the same mark, not two touching). */
const coveredBySame = (ranges: readonly MarkRange[], at: number) => ranges.some((r) => r.start < at && r.end > at);
