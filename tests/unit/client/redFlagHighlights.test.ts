// The red-flag highlights cut the patient's text at the words each hit names: overlapping and touching
// hits, and offsets the text cannot hold, must neither lose words nor mark the wrong ones.
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../client/src/features/redFlags/highlights';

const CHEST = 'Red flag: Chest pain';
const BREATH = 'Red flag: Breathing';
const text = 'I have chest pain and cannot breathe';

const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('red-flag highlights', () => {
  it('marks the words a hit names and leaves the rest plain', () => {
    const segments = highlightSegments(text, [{ start: 7, end: 17, label: CHEST }]);
    expect(segments).toEqual([
      { text: 'I have ', labels: [] },
      { text: 'chest pain', labels: [CHEST] },
      { text: ' and cannot breathe', labels: [] },
    ]);
  });

  it('gives overlapping hits their common words under both rules, and never repeats or loses a word', () => {
    const segments = highlightSegments(text, [
      { start: 7, end: 17, label: CHEST },
      { start: 13, end: 36, label: BREATH },
    ]);
    expect(segments).toEqual([
      { text: 'I have ', labels: [] },
      { text: 'chest ', labels: [CHEST] },
      { text: 'pain', labels: [CHEST, BREATH] },
      { text: ' and cannot breathe', labels: [BREATH] },
    ]);
    expect(joined(segments)).toBe(text);
  });

  it('keeps touching hits as two marks, even of the same rule', () => {
    const segments = highlightSegments('chestpain', [
      { start: 0, end: 5, label: CHEST },
      { start: 5, end: 9, label: CHEST },
    ]);
    expect(segments).toEqual([
      { text: 'chest', labels: [CHEST] },
      { text: 'pain', labels: [CHEST] },
    ]);
  });

  it('keeps a hit inside a longer hit of the same rule as one mark', () => {
    expect(highlightSegments(text, [{ start: 7, end: 17, label: CHEST }, { start: 13, end: 17, label: CHEST }])).toEqual([
      { text: 'I have ', labels: [] },
      { text: 'chest pain', labels: [CHEST] },
      { text: ' and cannot breathe', labels: [] },
    ]);
  });

  it('ignores offsets the text cannot hold (past its end, negative, reversed, empty, fractional) and keeps the text whole', () => {
    const segments = highlightSegments(text, [
      { start: 30, end: 99, label: BREATH },
      { start: -3, end: 4, label: BREATH },
      { start: 17, end: 7, label: BREATH },
      { start: 9, end: 9, label: BREATH },
      { start: 1.5, end: 4, label: BREATH },
      { start: 7, end: 17, label: CHEST },
    ]);
    expect(segments.filter((s) => s.labels.length > 0)).toEqual([{ text: 'chest pain', labels: [CHEST] }]);
    expect(joined(segments)).toBe(text);
  });

  it('marks a hit that runs to the very start or end of the text', () => {
    expect(highlightSegments('chest pain', [{ start: 0, end: 10, label: CHEST }])).toEqual([{ text: 'chest pain', labels: [CHEST] }]);
  });

  it('gives empty text no segments, and text without hits one plain run', () => {
    expect(highlightSegments('', [{ start: 0, end: 3, label: CHEST }])).toEqual([]);
    expect(highlightSegments(text, [])).toEqual([{ text, labels: [] }]);
  });
});
