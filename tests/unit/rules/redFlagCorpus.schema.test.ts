// The red-flag corpus is well formed and big enough to judge the screen: every rule has its phrasings, benign cases abound.
import { describe, expect, it } from 'vitest';
import { CORPUS_RULE_IDS, type CorpusCase, loadCorpusPart } from '../../fixtures/red-flags/schema';

const development = loadCorpusPart('development');
const heldout = loadCorpusPart('heldout');
const all: CorpusCase[] = [...development, ...heldout];
const definite = all.filter((c) => c.expected.length > 0 && !c.possible);
const benign = all.filter((c) => c.expected.length === 0);

describe('red-flag evaluation corpus', () => {
  it('parses both parts, with case ids unique across them and each id naming its part', () => {
    expect(development.length).toBeGreaterThan(0);
    expect(heldout.length).toBeGreaterThan(0);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(development.every((c) => c.id.startsWith('dev-'))).toBe(true);
    expect(heldout.every((c) => c.id.startsWith('heldout-'))).toBe(true);
  });

  it('has no request text twice, so no case is scored in both parts', () => {
    expect(new Set(all.map((c) => c.text)).size).toBe(all.length);
  });

  it.each(CORPUS_RULE_IDS.map((id) => [id]))('has at least 12 definite lay phrasings for %s, in both parts', (id) => {
    const cases = definite.filter((c) => c.expected.includes(id));
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(cases.some((c) => c.id.startsWith('dev-'))).toBe(true);
    expect(cases.some((c) => c.id.startsWith('heldout-'))).toBe(true);
  });

  it('has at least 200 benign requests, at least 60 of them held out', () => {
    expect(benign.length).toBeGreaterThanOrEqual(200);
    expect(benign.filter((c) => c.id.startsWith('heldout-')).length).toBeGreaterThanOrEqual(60);
  });

  it('submits every case in November 2026, never before the patient was born', () => {
    for (const c of all) {
      expect(c.submittedAt.startsWith('2026-11-'), c.id).toBe(true);
      expect(c.birthDate <= c.submittedAt.slice(0, 10), c.id).toBe(true);
    }
  });
});
