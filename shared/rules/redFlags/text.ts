// Text preparation for the screen: a lower-cased copy with the same offsets as the original, and a
// small sentence splitter. `compromise` is not installed, so this is written by hand: it only needs
// to find sentence ends without breaking "38.5" or "Dr. Patel".

export interface Span {
  start: number;
  end: number;
}

/**
 * Lower case with straight apostrophes, character for character, so an offset in the copy is an
 * offset in what the patient wrote. A character whose lower case is longer (rare) is kept as written.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  const same = lower.length === text.length ? lower : Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return same.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Sentence ends: . ! ? ; or a line break, but not a decimal point or a title like "Dr.". */
const SENTENCE_END = /(?<!\b(?:dr|mr|mrs|ms|st|no|approx|e\.g|i\.e))[.!?;]+(?!\d)|\n+/g;

export function sentences(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of allMatches(folded, SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < folded.length) spans.push({ start, end: folded.length });
  return spans;
}

/** Whether the text between two offsets holds a clause break from this list. */
export function crosses(folded: string, from: number, to: number, breaks: RegExp): boolean {
  if (to <= from) return false;
  breaks.lastIndex = 0;
  return breaks.test(folded.slice(from, to));
}

/** Number of words between two offsets. */
export const wordsBetween = (folded: string, from: number, to: number): number =>
  to <= from ? 0 : (folded.slice(from, to).match(/[a-z0-9']+/g) ?? []).length;

/**
 * Every match of a global pattern. `String.prototype.matchAll` clones the regex on each call, which costs
 * more than the search on a short answer; the shared pattern's lastIndex is reset before and after.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
