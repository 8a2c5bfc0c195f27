// The screen's prefilter (shared/rules/redFlags/prefilter.ts, literals.ts) may only save time: it never
// skips a pattern that matches a text, and where it tries a pattern only at some positions it finds exactly
// the matches a plain global scan finds. Checked for every pattern the screen runs over a text, over the
// development corpus, the benchmark texts, the recorded evidence and sentences made of the lexicon's own words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTEXT_TERMS, PSEUDO_TRIGGERS } from '../../../shared/rules/redFlags/contextTerms';
import { CHILD, rx } from '../../../shared/rules/redFlags/lexicon';
import { meets, necessaryCondition } from '../../../shared/rules/redFlags/literals';
import { matchStarts } from '../../../shared/rules/redFlags/matchStarts';
import { isSpace, Probe } from '../../../shared/rules/redFlags/prefilter';
import { RULE_DEFS } from '../../../shared/rules/redFlags/rules';
import { allMatches, fold } from '../../../shared/rules/redFlags/text';
import type { ScreenResult } from '../../../shared/schemas/redFlags';
import { guardCases } from '../../bench/redFlagGuardCases';

const PATTERNS = [
  ...new Set([
    ...RULE_DEFS.flatMap((r) => [...r.phrases, ...(r.together ?? []).flat()].map((t) => t.pattern)),
    ...CONTEXT_TERMS.map((t) => t.pattern),
    PSEUDO_TRIGGERS,
    // The screen asks the prefilter whether the text is about a child, too (screen.ts).
    rx(CHILD),
  ]),
];

/** The lexicon's own words: every run of letters (with ' and -) written in a pattern's source. */
const WORDS = [...new Set(PATTERNS.flatMap((p) => p.source.replace(/\\[a-z]/g, ' ').match(/[a-z][a-z'-]*/g) ?? []))];

/** A small deterministic generator, so a failure names a text that can be made again. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function lexiconSentences(count: number): string[] {
  const next = seeded(12);
  const spaces = [' ', ' ', ' ', '  ', '\n', '\u00a0', '\t'];
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = 0, n = 4 + Math.floor(next() * 40); i < n; i++) {
      text += WORDS[Math.floor(next() * WORDS.length)]!;
      text += next() < 0.1 ? '. ' : next() < 0.1 ? String(Math.floor(next() * 120)) + ' ' : spaces[Math.floor(next() * spaces.length)]!;
    }
    return text;
  });
}

const recorded = JSON.parse(readFileSync(new URL('../../fixtures/red-flags/development.screened.json', import.meta.url), 'utf8')) as { result: ScreenResult }[];
const evidence = recorded.flatMap(({ result }) => [...result.hits, ...result.setAside].map((h) => ('text' in h.evidence ? h.evidence.text : '')).filter(Boolean));

const TEXTS = [
  ...new Set([
    ...guardCases().flatMap(({ input }) => [input.text, ...Object.values(input.answers ?? {}).filter((v): v is string => typeof v === 'string')]),
    ...evidence,
    ...WORDS,
    ...lexiconSentences(400),
  ]),
].map(fold);

const plain = (m: RegExpExecArray) => ({ index: m.index, text: m[0], groups: [...m] });

describe('red-flag prefilter', () => {
  it('reads \\s exactly as JavaScript does, for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('knows what every pattern needs, and where nearly every one can start, so it saves work', () => {
    expect(PATTERNS.length).toBeGreaterThan(120);
    expect(PATTERNS.filter((p) => necessaryCondition(p) === null)).toEqual([]);
    expect(PATTERNS.filter((p) => matchStarts(p, 3)?.every((s) => s.length === 3)).length).toBeGreaterThan(PATTERNS.length * 0.9);
  });

  it('every match of every pattern meets its necessary condition and begins with one of its starts', () => {
    const broken: string[] = [];
    for (const pattern of PATTERNS) {
      const need = necessaryCondition(pattern);
      const starts = matchStarts(pattern, 3);
      for (const text of TEXTS) {
        for (const m of allMatches(text, pattern)) {
          // Starts are written as the prefilter reads a text: every \s a space, every digit 0.
          const spaced = m[0].replace(/\s/g, ' ').replace(/\d/g, '0');
          if (need && !meets(need, m[0])) broken.push(`condition of ${pattern.source.slice(0, 60)}: '${m[0]}'`);
          if (starts && !starts.some((s) => spaced.slice(0, 3) === s.replace(/\s/g, ' '))) broken.push(`starts of ${pattern.source.slice(0, 60)}: '${m[0]}'`);
        }
      }
    }
    expect(broken.slice(0, 10)).toEqual([]);
  });

  it('finds exactly the matches a plain global scan finds, for every pattern over every text', () => {
    const differ: string[] = [];
    let matched = 0;
    for (const text of TEXTS) {
      const probe = new Probe(text);
      for (const pattern of PATTERNS) {
        const expected = allMatches(text, pattern).map(plain);
        matched += expected.length;
        const got = probe.matches(pattern);
        if (expected.length > 0 && !probe.mayMatch(pattern)) differ.push(`skipped ${pattern.source.slice(0, 60)} over '${text.slice(0, 60)}'`);
        if (JSON.stringify(got.map(plain)) !== JSON.stringify(expected)) differ.push(`${pattern.source.slice(0, 60)} over '${text.slice(0, 60)}'`);
      }
    }
    expect(matched).toBeGreaterThan(5000);
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('reads the regex syntax it knows and gives up on the rest, never guessing', () => {
    expect(necessaryCondition(/\bchest\s+pain\b/g)).toEqual({ all: [{ lit: 'chest' }, { lit: 'pain' }] });
    expect(necessaryCondition(/\b(?:fits?|seizure)\b/g)).toEqual({ any: [{ lit: 'fits' }, { lit: 'fit' }, { lit: 'seizure' }] });
    expect(necessaryCondition(/a?b?/g)).toBeNull();
    expect(necessaryCondition(/\w+/g)).toBeNull();
    expect(necessaryCondition(/x\s+(?:y|\w+)/g)).toEqual({ lit: 'x' }); // a branch that needs nothing
    expect(necessaryCondition(/chest/gi)).toBeNull(); // a flag that changes what the source means
    expect(matchStarts(/\b(?:no|not)\b/g, 3)).toEqual(['no', 'not']); // "no" may end the text: tried everywhere
    expect(matchStarts(/(?<!food\s)poison/g, 3)).toEqual(['poi']);
    expect(matchStarts(/a\s+bc/g, 3)?.toSorted()).toEqual(['a  ', 'a b']); // \s is read as a space
    expect(matchStarts(/[1-4]\d+ ?wk/g, 3)?.toSorted()).toEqual(['00 ', '000', '00w']); // and every digit as 0
    expect(matchStarts(/[a-z]+free/g, 3)).toBeNull();
  });
});
