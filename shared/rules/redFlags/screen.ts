// screenRequest: every rule over a request's text and answers, each match read in its context.
// Pure and fast (the regexes are compiled once, at load); see docs/clinical-safety/red-flags.md.
import type { RedFlagEvidence, RedFlagHit, RedFlagSetAside, ScreenResult } from '../../schemas/redFlags';
import { ageInMonthsOn } from '../age';
import { answerHits, answerWords, knownAnswers } from './answers';
import { judge, readText, type ReadText } from './context';
import { RED_FLAG_IDS, type RedFlagId } from './ids';
import { CHILD, rx } from './lexicon';
import { textSaysUnder3Months } from './measures';
import { Probe } from './prefilter';
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
  original: string;
  folded: string;
  field?: string;
  /** The text's index, shared by every pattern run over it (prefilter.ts). */
  probe: Probe;
  /** The context read (ConText terms, sentences), made when the first match needs judging: most texts have none. */
  doc: ReadText | null;
  /** Matches by pattern number (PATTERN_IDS): the fever and breathing patterns are shared by several rules, so each runs once. */
  matches: (RegExpExecArray[] | undefined)[];
}
interface RuleOutcome {
  live: Candidate[];
  setAside: RedFlagSetAside[];
}

const CHILD_TERM = rx(CHILD);

/** Every pattern a rule runs, numbered once at load, so a source keeps its matches in an array. */
const PATTERN_IDS = new Map<RegExp, number>();
for (const rule of RULE_DEFS) {
  for (const trigger of [...rule.phrases, ...(rule.together ?? []).flat()]) {
    if (!PATTERN_IDS.has(trigger.pattern)) PATTERN_IDS.set(trigger.pattern, PATTERN_IDS.size);
  }
}
/** Each rule's patterns, phrases and parts alike: a rule none of them matches has nothing to judge. */
const RULE_PATTERNS = new Map<RuleDef, RegExp[]>(
  RULE_DEFS.map((rule) => [rule, [...new Set([...rule.phrases, ...(rule.together ?? []).flat()].map((t) => t.pattern))]]),
);

function sourceOf(original: string, field?: string): Source {
  const folded = fold(original);
  return { original, folded, ...(field ? { field } : {}), probe: new Probe(folded), doc: null, matches: new Array(PATTERN_IDS.size) };
}

export function screenRequest(input: ScreenInput): ScreenResult {
  const sources: Source[] = [sourceOf(input.text)];
  for (const { field, text } of answerWords(input.answers)) sources.push(sourceOf(text, field));
  const patient = new Patient(input, sources);
  const fromAnswers = answerHits(knownAnswers(input.answers), patient);

  const hits: RedFlagHit[] = [];
  const setAside: RedFlagSetAside[] = [];
  for (const rule of RULE_DEFS) {
    const answered = fromAnswers.length > 0 ? fromAnswers.find((a) => a.ruleId === rule.id) : undefined;
    if (answered) {
      hits.push({ ruleId: rule.id, severity: rule.severity, certainty: 'definite', evidence: { answer: answered.answer } });
      continue;
    }
    // Nothing written that any of the rule's patterns matches: no hit and nothing set aside, whoever the patient is.
    if (!writtenAnywhere(sources, RULE_PATTERNS.get(rule)!)) continue;
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

/** What the screen knows of the patient, each fact read from the texts only when a rule or answer asks for it. */
class Patient implements PatientFacts {
  private age: number | null | undefined;
  private under3: boolean | undefined;
  private child: boolean | undefined;
  constructor(
    private readonly input: ScreenInput,
    private readonly sources: readonly Source[],
  ) {}

  get ageMonths(): number | null {
    if (this.age === undefined) {
      try {
        this.age = ageInMonthsOn(this.input.birthDate, this.input.submittedAt);
      } catch {
        // Intake validates both dates; an unreadable one only switches off the age-bound rules.
        this.age = null;
      }
    }
    return this.age;
  }

  get textSaysUnder3Months(): boolean {
    return (this.under3 ??= this.sources.some((s) => textSaysUnder3Months(s.folded)));
  }

  get textMentionsChild(): boolean {
    return (this.child ??= this.sources.some((s) => s.probe.matches(CHILD_TERM).length > 0));
  }
}

function screenRule(rule: RuleDef, sources: Source[]): RuleOutcome {
  const outcome: RuleOutcome = { live: [], setAside: [] };
  for (const source of sources) collect(rule, rule.phrases, source, outcome);
  // Every part must be written somewhere, so a part no source mentions ends the search before any judging.
  if (rule.together && outcome.live.every((c) => c.certainty !== 'definite') && rule.together.every((group) => writtenAnywhere(sources, group))) {
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

/** Whether any source holds a match of any of these patterns (or triggers). */
function writtenAnywhere(sources: readonly Source[], patterns: readonly (RegExp | Trigger)[]): boolean {
  for (const p of patterns) {
    const pattern = p instanceof RegExp ? p : p.pattern;
    for (const source of sources) if (matchesOf(source, pattern).length > 0) return true;
  }
  return false;
}

/** A pattern's matches in one source, found once however many rules share the pattern. */
function matchesOf(source: Source, pattern: RegExp): RegExpExecArray[] {
  const id = PATTERN_IDS.get(pattern)!;
  return (source.matches[id] ??= source.probe.matches(pattern));
}

function collect(rule: RuleDef, triggers: readonly Trigger[], source: Source, into: RuleOutcome): void {
  const { field } = source;
  for (const trigger of triggers) {
    const found = matchesOf(source, trigger.pattern);
    if (found.length === 0) continue;
    const doc = (source.doc ??= readText(source.original, source.folded, source.probe));
    for (const m of found) {
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
