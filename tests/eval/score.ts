// Scores a red-flag screen's output against the labelled corpus: per-rule counts, sensitivity, specificity.
import { CONTEXTS, CORPUS_RULE_IDS, type CorpusCase } from '../fixtures/red-flags/schema';

export interface Scored {
  case: CorpusCase;
  /** Rules that fired for certain: what intake raises as a red flag. */
  got: string[];
  /** Rules that fired only as possible flags (the text leaves it open). */
  gotPossible?: string[];
}

export interface RuleFigures {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  /** TP / (TP + FN); null when the part has no definite case for the rule. */
  sensitivity: number | null;
}

export interface PartFigures {
  rules: RuleFigures[];
  flagged: { total: number; caught: number; anyFlag: number };
  benign: { total: number; quiet: number; byContext: { context: string; total: number; quiet: number }[] };
  /** Uncertain cases: how many fired for certain, and how many at least as a possible flag for the rule they name. */
  possible: { total: number; flagged: number; keptAsPossible: number };
  /** Benign cases with no red flag but a possible flag: not routine on the queue, though not a red flag. */
  benignWithPossible: number;
  /** Definite cases missing an expected rule, and benign cases that fired. */
  misses: Scored[];
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export function scorePart(scored: readonly Scored[]): PartFigures {
  const extraIds = new Set(scored.flatMap((s) => s.got).filter((id) => !(CORPUS_RULE_IDS as readonly string[]).includes(id)));
  const ids = [...CORPUS_RULE_IDS, ...[...extraIds].sort()];
  const definite = scored.filter((s) => s.case.expected.length > 0 && !s.case.possible);
  const benign = scored.filter((s) => s.case.expected.length === 0);
  const possible = scored.filter((s) => s.case.possible);

  const rules = ids.map((id): RuleFigures => {
    const tp = definite.filter((s) => s.case.expected.includes(id as never) && s.got.includes(id)).length;
    const fn = definite.filter((s) => s.case.expected.includes(id as never) && !s.got.includes(id)).length;
    // A rule named by a possible case is never a false positive there: firing leans to safety.
    const fp = scored.filter((s) => s.got.includes(id) && !s.case.expected.includes(id as never)).length;
    return { id, tp, fp, fn, sensitivity: ratio(tp, tp + fn) };
  });

  const isQuiet = (s: Scored) => s.got.length === 0;
  const missesRule = (s: Scored) => s.case.expected.some((id) => !s.got.includes(id));
  return {
    rules,
    flagged: {
      total: definite.length,
      caught: definite.filter((s) => s.case.expected.some((id) => s.got.includes(id))).length,
      anyFlag: definite.filter((s) => s.got.length > 0).length,
    },
    benign: {
      total: benign.length,
      quiet: benign.filter(isQuiet).length,
      byContext: CONTEXTS.map((context) => {
        const inContext = benign.filter((s) => (s.case.context ?? 'current') === context);
        return { context, total: inContext.length, quiet: inContext.filter(isQuiet).length };
      }).filter((c) => c.total > 0),
    },
    possible: {
      total: possible.length,
      flagged: possible.filter((s) => s.got.length > 0).length,
      keptAsPossible: possible.filter((s) => [...s.got, ...(s.gotPossible ?? [])].some((id) => s.case.expected.includes(id as never))).length,
    },
    benignWithPossible: benign.filter((s) => isQuiet(s) && (s.gotPossible ?? []).length > 0).length,
    misses: scored.filter((s) => (definite.includes(s) && missesRule(s)) || (benign.includes(s) && !isQuiet(s))),
  };
}
