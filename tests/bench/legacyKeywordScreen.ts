// BENCH-ONLY CODE: the pre-#12 keyword red-flag screen, copied from git history (shared/rules/redFlags.ts at
// 7f80f4b^, before the clinical text screen replaced it) as the "today" baseline of the intake-throughput
// figure (docs/benchmarks.md). Unchanged but for its imports and the adapter at the end, which gives its ids
// the new screen's result shape so admitWith() can run it. Nothing outside tests/bench may import it.
//
// Red-flag screening at intake (docs/domain-rules.md): which rules fire on a request's free text and answers.
//
// Negation is deliberately simple: a mention is ignored when "no", "not", "never", "denies", "without"
// or a "-n't" word sits within the few words before it in the same clause ("no chest pain", "denies
// chest pain"). Screening is a safety net, not the only one: a coordinator can still raise a red flag
// by hand on anything the screen missed or read as negated, and only a clinician may clear one.
import { ageInMonthsOn } from '../../shared/rules/age';
import { RED_FLAG_IDS, RED_FLAG_PATTERNS, type RedFlagId } from './legacyKeywordPatterns';
import { RED_FLAG_RULES as SCREEN_RULES, type RedFlagId as ScreenRuleId, type screenRequest } from '../../shared/rules/redFlags';

export { RED_FLAG_IDS, type RedFlagId } from './legacyKeywordPatterns';

export interface RedFlagRule {
  id: RedFlagId;
  label: string;
}

/** Every rule, in the order screening reports them. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = RED_FLAG_IDS.map((id) => ({ id, label: RED_FLAG_PATTERNS[id].label }));

export const isRedFlagId = (id: string): id is RedFlagId => (RED_FLAG_IDS as readonly string[]).includes(id);

/** The human sentence for a rule id; ids raised by hand that are not in the table come back as given. */
export const redFlagLabel = (id: string): string => (isRedFlagId(id) ? RED_FLAG_PATTERNS[id].label : id);

export interface RedFlagInput {
  text: string;
  answers?: Record<string, unknown>;
  /** YYYY-MM-DD; needed for the rules that depend on age. */
  birthDate: string;
  /** ISO instant of submission; age is taken on that London day, never "today". */
  submittedAt: string;
}

/** The ids of the rules that fired, in RED_FLAG_RULES order. */
export function screenRedFlags(input: RedFlagInput): RedFlagId[] {
  const text = normalise([input.text, ...answerPhrases(input.answers)].join('. '));
  const months = ageInMonthsOrNull(input.birthDate, input.submittedAt);
  return RED_FLAG_IDS.filter((id) => {
    const rule = RED_FLAG_PATTERNS[id];
    if (rule.underMonths !== undefined && (months === null || months < 0 || months >= rule.underMonths)) return false;
    if (hasLiveMatch(text, rule.phrases)) return true;
    return (rule.together ?? []).some((sets) => sets.every((set) => hasLiveMatch(text, set)));
  });
}

/** Lower case, straight apostrophes, one space between words: the form the phrase table is written for. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\r\n]+/g, '. ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Structured answers read as words: strings as written, a `true` flag as its key ("chestPain" → "chest pain"),
 * a number with its key ("temperature 38.4"). A `false` flag says nothing, so it cannot fire a rule.
 */
function answerPhrases(answers: unknown, depth = 0): string[] {
  if (answers === null || typeof answers !== 'object' || depth > 3) return [];
  const phrases: string[] = [];
  for (const [key, value] of Object.entries(answers as Record<string, unknown>)) {
    if (typeof value === 'string') phrases.push(value);
    else if (value === true) phrases.push(humaniseKey(key));
    else if (typeof value === 'number' && Number.isFinite(value)) phrases.push(`${humaniseKey(key)} ${value}`);
    else if (Array.isArray(value))
      phrases.push(...value.flatMap((v) => (typeof v === 'string' ? [v] : answerPhrases(v, depth + 1))));
    else if (typeof value === 'object') phrases.push(...answerPhrases(value, depth + 1));
  }
  return phrases;
}

const humaniseKey = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();

function ageInMonthsOrNull(birthDate: string, submittedAt: string): number | null {
  try {
    return ageInMonthsOn(birthDate, submittedAt);
  } catch {
    // Intake validates both dates; an unreadable one only switches off the age-bound rules.
    return null;
  }
}

const globalCopies = new Map<RegExp, RegExp>();
function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, 'gi');
    globalCopies.set(pattern, copy);
  }
  return copy;
}

/** True when some pattern matches somewhere that is not negated. */
function hasLiveMatch(text: string, patterns: readonly RegExp[]): boolean {
  for (const pattern of patterns) {
    // matchAll works on a clone, so the shared global copy keeps no lastIndex between calls.
    for (const match of text.matchAll(globalCopy(pattern))) {
      if (!isNegated(text, match.index)) return true;
    }
  }
  return false;
}

const CLAUSE_BREAK =
  /[.,;:!?()"]|\b(?:and|but|however|although|though|yet|so|because|then|now|except|apart from|until|plus|also)\b/g;
const NEGATION_WINDOW_WORDS = 5;
// Phrases that contain a negator but do not deny what follows ("not sure if it's chest pain").
const NOT_A_DENIAL =
  /\b(?:not sure|not certain|no idea|no one|nobody|not just|not only|not quite|not well|not good|not great|not right|not (?:feeling|been) (?:well|great|good|right)|not (?:my|him|her)self|(?:do|did)(?: ?n'?t| not) know)\b/g;
const NEGATOR =
  /\b(?:no|not|never|denies|denied|deny|denying|without|nil|none|negative for|free of|(?:do|does|did|has|have|had|is|are|was|were|wo)(?:n'?t))\b/;

/** Whether the clause just before `index` denies what starts there ("no", "denies", "hasn't had"…). */
export function isNegated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 100), index);
  let clauseStart = 0;
  for (const brk of before.matchAll(CLAUSE_BREAK)) clauseStart = brk.index + brk[0].length;
  const window = before
    .slice(clauseStart)
    .trim()
    .split(' ')
    .slice(-NEGATION_WINDOW_WORDS)
    .join(' ')
    .replace(NOT_A_DENIAL, ' ');
  return NEGATOR.test(window);
}

// ---- Bench adapter (not in the original) ----

const SEVERITY = new Map(SCREEN_RULES.map((r) => [r.id as string, r.severity]));

/**
 * The keyword screen in the new screen's result shape, for admitWith(): each id it fires is a definite hit.
 * It kept no offsets, so the evidence names the screen; nothing is set aside, as it recorded nothing.
 */
export const legacyScreenRequest: typeof screenRequest = (input) => ({
  hits: screenRedFlags(input).map((id) => ({
    ruleId: id as ScreenRuleId,
    severity: SEVERITY.get(id) ?? 'emergency',
    certainty: 'definite' as const,
    evidence: { answer: 'keyword screen (bench baseline)' },
  })),
  setAside: [],
});
