// `npm run eval:red-flags`: runs the red-flag screen over the labelled corpus and prints its figures.
// It reports and always exits 0; the development bar is asserted by tests/unit/rules/redFlagCorpus.figures.test.ts.
// The held-out part's cases are hidden unless --show-heldout: it must not steer the tuning.
import { screenRequest } from '../../shared/rules/redFlags';
import { type CorpusCase, type CorpusPart, loadCorpusPart, PARTS } from '../fixtures/red-flags/schema';
import { type PartFigures, type Scored, scorePart } from './score';

function screen(c: CorpusCase): Scored {
  const { hits } = screenRequest({ text: c.text, answers: c.answers, birthDate: c.birthDate, submittedAt: c.submittedAt });
  const ids = (certainty: string) => hits.filter((h) => h.certainty === certainty).map((h) => h.ruleId);
  return { case: c, got: ids('definite'), gotPossible: ids('possible') };
}

const pct = (n: number, d: number): string => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function print(part: CorpusPart, figures: PartFigures, showCases: boolean): void {
  const { rules, flagged, benign, possible } = figures;
  console.log(`\n=== ${part} ===`);
  console.log(`${'rule'.padEnd(28)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  sensitivity`);
  for (const r of rules) {
    console.log(`${r.id.padEnd(28)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${pct(r.tp, r.tp + r.fn)}`);
  }
  console.log(`sensitivity (an expected rule fired): ${flagged.caught}/${flagged.total} ${pct(flagged.caught, flagged.total)}`);
  console.log(`sensitivity (any flag fired):          ${flagged.anyFlag}/${flagged.total} ${pct(flagged.anyFlag, flagged.total)}`);
  console.log(`specificity (benign left routine):     ${benign.quiet}/${benign.total} ${pct(benign.quiet, benign.total)}`);
  for (const c of benign.byContext) console.log(`  ${c.context.padEnd(14)} ${c.quiet}/${c.total} ${pct(c.quiet, c.total)}`);
  console.log(`uncertain cases flagged (leaning to safety): ${possible.flagged}/${possible.total}`);
  console.log(`uncertain cases at least a possible flag:   ${possible.keptAsPossible}/${possible.total}`);
  console.log(`benign with only a possible flag:           ${figures.benignWithPossible}/${benign.total}`);
  if (!showCases) {
    console.log(`(${figures.misses.length} misses and false alarms hidden; --show-heldout prints them)`);
    return;
  }
  console.log(`misses and false alarms (${figures.misses.length}):`);
  for (const m of figures.misses) {
    console.log(`  ${m.case.id}  expected [${m.case.expected.join(', ')}]  got [${m.got.join(', ')}]`);
    console.log(`      ${m.case.text}`);
  }
}

const showHeldout = process.argv.includes('--show-heldout');
for (const part of PARTS) {
  print(part, scorePart(loadCorpusPart(part).map(screen)), part === 'development' || showHeldout);
}
