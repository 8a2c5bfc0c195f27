// The red-flag screen meets the bar on the development part of the labelled corpus: every rule
// catches its clear-cut phrasings and benign requests stay routine. Only the development part is read here:
// the held-out part measures the screen honestly only while nothing is tuned against it.
import { describe, expect, it } from 'vitest';
import { screenRedFlags, screenRequest } from '../../../shared/rules/redFlags';
import { CORPUS_RULE_IDS, type CorpusCase, loadCorpusPart } from '../../fixtures/red-flags/schema';

const development = loadCorpusPart('development');
const input = (c: CorpusCase) => ({ text: c.text, answers: c.answers, birthDate: c.birthDate, submittedAt: c.submittedAt });
const fired = (c: CorpusCase): string[] => screenRedFlags(input(c)).map((r) => (typeof r === 'string' ? r : String((r as { id: unknown }).id)));

describe('red-flag screen on the development corpus', () => {
  for (const rule of CORPUS_RULE_IDS) {
    it(`${rule}: every clear-cut development phrasing fires it`, () => {
      const cases = development.filter((c) => !c.possible && c.expected.includes(rule));
      expect(cases.length).toBeGreaterThan(0);
      const missed = cases.filter((c) => !fired(c).includes(rule)).map((c) => c.id);
      expect(missed).toEqual([]);
    });
  }

  it('flags every uncertain development case, at least as possible, for the rule it names: never silently dropped', () => {
    const uncertain = development.filter((c) => c.possible);
    expect(uncertain.length).toBeGreaterThan(0);
    const dropped = uncertain
      .filter((c) => !screenRequest(input(c)).hits.some((h) => (c.expected as readonly string[]).includes(h.ruleId)))
      .map((c) => c.id);
    expect(dropped).toEqual([]);
  });

  it('leaves at least 95% of benign development requests routine', () => {
    const benign = development.filter((c) => c.expected.length === 0);
    const quiet = benign.filter((c) => fired(c).length === 0);
    expect(quiet.length / benign.length).toBeGreaterThanOrEqual(0.95);
  });
});
