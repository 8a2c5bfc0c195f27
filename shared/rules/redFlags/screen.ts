// screenRequest: every rule over a request's text and answers, each match read in its context.
// Pure and fast (the regexes are compiled once, at load); see docs/clinical-safety/red-flags.md.
import type { RedFlagEvidence, RedFlagHit, RedFlagSetAside, ScreenResult } from '../../schemas/redFlags';
import { ageInMonthsOn } from '../age';
import { answerHits, answerWords, knownAnswers } from './answers';
import { judge, readText, type ReadText } from './context';
import { RED_FLAG_IDS, type RedFlagId } from './ids';
import { CHILD, rx } from './lexicon';
import { textSaysUnder3Months } from './measures';
import { RULE_DEFS } from './rules';
import { fold } from './text';
import type { Certainty, PatientFacts, RuleDef, Trigger } from './types';

export interface ScreenInput {
  text: string;
  answers?: Record<string, unknown>;
  /** YYYY-MM-DD; needed for the rules that depend on age. */
  birthDate: string;
  /** ISO instant of submission; age is taken on that London day, never "today". */
  submittedAt: string;
}

interface Candidate {
  certainty: Certainty;
  evidence: RedFlagEvidence;
}
interface Source {
  doc: ReadText;
  field?: string;
  /** Matches by pattern: the fever and breathing patterns are shared by several rules, so each runs once. */
  matches: Map<RegExp, RegExpExecArray[]>;
}
interface RuleOutcome {
  live: Candidate[];
  setAside: RedFlagSetAside[];
}

const CHILD_TERM = rx(CHILD);

export function screenRequest(input: ScreenInput): ScreenResult {
  const sources: Source[] = [
    { doc: readText(input.text, fold(input.text)), matches: new Map() },
    ...answerWords(input.answers).map(({ field, text }) => ({ doc: readText(text, fold(text)), field, matches: new Map() })),
  ];
  const patient = patientFacts(input, sources);
  const fromAnswers = answerHits(knownAnswers(input.answers), patient);

  const hits: RedFlagHit[] = [];
  const setAside: RedFlagSetAside[] = [];
  for (const rule of RULE_DEFS) {
    const answered = fromAnswers.find((a) => a.ruleId === rule.id);
    if (answered) {
      hits.push({ ruleId: rule.id, severity: rule.severity, certainty: 'definite', evidence: { answer: answered.answer } });
      continue;
    }
    if (rule.appliesTo && !rule.appliesTo(patient)) continue;
    const outcome = screenRule(rule, sources);
    const best = outcome.live.find((c) => c.certainty === 'definite') ?? outcome.live[0];
    if (best) hits.push({ ruleId: rule.id, severity: rule.severity, certainty: best.certainty, evidence: best.evidence });
    else setAside.push(...outcome.setAside);
  }
  return { hits, setAside };
}

/** The ids of the rules that fired for certain, in rule order: what intake stores today. */
export function screenRedFlags(input: ScreenInput): RedFlagId[] {
  const definite = new Set(screenRequest(input).hits.filter((h) => h.certainty === 'definite').map((h) => h.ruleId));
  return RED_FLAG_IDS.filter((id) => definite.has(id));
}

function patientFacts(input: ScreenInput, sources: Source[]): PatientFacts {
  let ageMonths: number | null = null;
  try {
    ageMonths = ageInMonthsOn(input.birthDate, input.submittedAt);
  } catch {
    // Intake validates both dates; an unreadable one only switches off the age-bound rules.
  }
  const texts = sources.map((s) => s.doc.folded);
  return {
    ageMonths,
    textSaysUnder3Months: texts.some(textSaysUnder3Months),
    textMentionsChild: texts.some((t) => {
      CHILD_TERM.lastIndex = 0;
      return CHILD_TERM.test(t);
    }),
  };
}

function screenRule(rule: RuleDef, sources: Source[]): RuleOutcome {
  const outcome: RuleOutcome = { live: [], setAside: [] };
  for (const source of sources) collect(rule, rule.phrases, source, outcome);
  // Every part must be written somewhere, so a part no source mentions ends the search before any judging.
  const written = (group: readonly Trigger[]) => sources.some((source) => group.some((trigger) => matchesOf(source, trigger.pattern).length > 0));
  if (rule.together && outcome.live.every((c) => c.certainty !== 'definite') && rule.together.every(written)) {
    const parts = rule.together.map((group) => {
      const part: RuleOutcome = { live: [], setAside: [] };
      for (const source of sources) collect(rule, group, source, part);
      return part;
    });
    if (parts.every((p) => p.live.length > 0)) {
      const certainty: Certainty = parts.every((p) => p.live.some((c) => c.certainty === 'definite')) ? 'definite' : 'possible';
      const anchor = parts[0]!.live.find((c) => c.certainty === 'definite') ?? parts[0]!.live[0]!;
      outcome.live.unshift({ certainty, evidence: anchor.evidence });
    } else if (parts.every((p) => p.live.length + p.setAside.length > 0)) {
      // Every part was written but some only in a context that sets it aside: say so.
      for (const s of parts.flatMap((p) => p.setAside)) if (!outcome.setAside.some((o) => sameSpan(o, s))) outcome.setAside.push(s);
    }
  }
  return outcome;
}

/** A pattern's matches in one source, found once however many rules share the pattern. */
function matchesOf(source: Source, pattern: RegExp): RegExpExecArray[] {
  let found = source.matches.get(pattern);
  if (!found) source.matches.set(pattern, (found = source.doc.probe.matches(pattern)));
  return found;
}

function collect(rule: RuleDef, triggers: readonly Trigger[], source: Source, into: RuleOutcome): void {
  const { doc, field } = source;
  for (const trigger of triggers) {
    for (const m of matchesOf(source, trigger.pattern)) {
      const certainty = trigger.check ? trigger.check(m, doc.folded) : 'definite';
      if (!certainty) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      const evidence: RedFlagEvidence = { text: doc.original.slice(span.start, span.end), ...span, ...(field ? { field } : {}) };
      const verdict = judge(doc, span, rule, trigger.lasting === true);
      if (verdict.effect === 'set-aside') {
        const entry = { ruleId: rule.id, evidence, reason: verdict.reason };
        if (!into.setAside.some((s) => sameSpan(s, entry))) into.setAside.push(entry);
      } else {
        into.live.push({ certainty: verdict.effect === 'possible' ? 'possible' : certainty, evidence });
      }
    }
  }
}

/** Two set-asides of one rule that start at the same words ("chest pain" and "chest") are one. */
const sameSpan = (a: RedFlagSetAside, b: RedFlagSetAside) =>
  'start' in a.evidence && 'start' in b.evidence && a.evidence.start === b.evidence.start && a.evidence.field === b.evidence.field;
