// ConText over one request: find the trigger terms once, then decide for each match whether a trigger's
// scope covers it (same sentence, nothing that ends the clause in between) and what that does.
import {
  CLAUSE_BREAK,
  CONTEXT_TERMS,
  CURRENT,
  FIRST_PERSON,
  NEGATION_BREAK,
  NOT_THE_PATIENT,
  OTHER_PERSON_STORY,
  PSEUDO_TRIGGERS,
  QUESTION_BREAK,
  RECURS,
  RELATIVE_TERM,
  RESOLVED_BREAK,
  type ContextKind,
  type ContextTerm,
} from './contextTerms';
import { Probe } from './prefilter';
import { allMatches, crosses, sentences, wordsBetween, type Span } from './text';
import type { RuleDef } from './types';

interface Found extends Span {
  term: ContextTerm;
  text: string;
}

export interface ReadText {
  folded: string;
  original: string;
  sentences: Span[];
  found: Found[];
  /** What one sentence says whatever the match (its breaks, relatives, "now"): read once, not per match. */
  perSentence: Map<number, unknown>;
  /** Which patterns could match the folded text at all (prefilter.ts). */
  probe: Probe;
}

type Doubt = { effect: 'possible' | 'set-aside'; reason: string };
export type Verdict = { effect: 'live' } | Doubt;

const spansOf = (folded: string, pattern: RegExp): Span[] =>
  allMatches(folded, pattern).map((m) => ({ start: m.index, end: m.index + m[0].length }));
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The context terms and sentences of one text; `probe` is the text's index when the caller has made it. */
export function readText(original: string, folded: string, probe: Probe = new Probe(folded)): ReadText {
  const pseudo = probe.matches(PSEUDO_TRIGGERS);
  const found: Found[] = [];
  for (const term of CONTEXT_TERMS) {
    for (const m of probe.matches(term.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (term.kind !== 'idiom' && overlapsAny(pseudo, start, end)) continue;
      found.push({ start, end, term, text: original.slice(start, end) });
    }
  }
  return { folded, original, sentences: sentences(folded), found, perSentence: new Map(), probe };
}

/** Whether a span overlaps any of these matches ("not sure" over "not"). */
function overlapsAny(matches: readonly RegExpExecArray[], start: number, end: number): boolean {
  for (const p of matches) if (p.index < end && start < p.index + p[0].length) return true;
  return false;
}

/** What `once` remembers per sentence; a number, so the key is a number too (a regex's source as key cost a string hash per match). */
const enum Asked {
  Current,
  Relative,
  Story,
  ClauseBreaks,
  QuestionBreaks,
}
const breaksKey = (breaks: RegExp): Asked | -1 => (breaks === QUESTION_BREAK ? Asked.QuestionBreaks : breaks === CLAUSE_BREAK ? Asked.ClauseBreaks : -1);

/** `compute` over one sentence, remembered for the other matches in it. */
function once<T>(doc: ReadText, sentence: Span, what: Asked | -1, compute: () => T): T {
  if (what < 0) return compute();
  const key = sentence.start * 8 + what;
  if (doc.perSentence.has(key)) return doc.perSentence.get(key) as T;
  const value = compute();
  doc.perSentence.set(key, value);
  return value;
}

/** The sentence holding an offset, by binary search: sentences are in order and do not overlap. */
function sentenceOf(doc: ReadText, at: number): Span {
  const all = doc.sentences;
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = all[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: doc.folded.length };
}

function inScope(doc: ReadText, trigger: Found, match: Span): boolean {
  const { term } = trigger;
  if (term.direction === 'overlap') return overlaps(trigger, match);
  const breaks = term.kind === 'negated' ? NEGATION_BREAK : term.kind === 'resolved' ? RESOLVED_BREAK : CLAUSE_BREAK;
  const ahead = trigger.end <= match.start && !crosses(doc.folded, trigger.end, match.start, breaks);
  const behind = trigger.start >= match.end && !crosses(doc.folded, match.end, trigger.start, breaks);
  const close = (from: number, to: number) => term.maxWords === undefined || wordsBetween(doc.folded, from, to) <= term.maxWords;
  if (term.direction === 'forward') return ahead && close(trigger.end, match.start);
  if (term.direction === 'backward') return behind && close(match.end, trigger.start);
  return (ahead && close(trigger.end, match.start)) || (behind && close(match.end, trigger.start)) || overlaps(trigger, match);
}

/** The clause around a match: from the last break before it to the next break after it, inside its sentence. */
function clauseOf(doc: ReadText, match: Span, breaks: RegExp): Span {
  const sentence = sentenceOf(doc, match.start);
  let start = sentence.start;
  let end = sentence.end;
  for (const b of once(doc, sentence, breaksKey(breaks), () => spansOf(doc.folded.slice(sentence.start, sentence.end), breaks))) {
    const at = sentence.start + b.start;
    if (at + (b.end - b.start) <= match.start) start = at + (b.end - b.start);
    else if (at >= match.end && at < end) end = at;
  }
  return { start, end };
}

const has = (doc: ReadText, span: Span, pattern: RegExp) => {
  pattern.lastIndex = 0;
  return pattern.test(doc.folded.slice(span.start, span.end));
};
const between = (a: Span, b: Span): Span => (a.end <= b.start ? { start: a.end, end: b.start } : { start: b.end, end: Math.max(b.end, a.start) });
const quote = (kind: ContextKind, text: string) => `${kind}: '${text.trim()}'`;

/**
 * What the context does to one match, by ConText: the first set-aside wins, else any doubt makes it possible.
 * A `lasting` match names a state (pregnant, just had a baby) that a recent date only starts.
 */
export function judge(doc: ReadText, match: Span, rule: RuleDef, lasting = false): Verdict {
  const sentence = sentenceOf(doc, match.start);
  const doubts: string[] = [];
  const inSentence = doc.found.filter((f) => f.start >= sentence.start && f.end <= sentence.end && inScope(doc, f, match));
  for (const kind of ['idiom', 'negated', 'other person', 'past', 'hypothetical', 'question', 'resolved'] as const) {
    if (kind === 'other person' && rule.aboutOthers) continue;
    for (const f of inSentence.filter((x) => x.term.kind === kind)) {
      let effect = f.term.effect;
      if (kind === 'past' && lasting && effect === 'possible') continue;
      // "Positive test 2 weeks ago and today sharp pains": a "today" between them gives the mention its own time.
      if (kind === 'past' && has(doc, between(f, match), CURRENT)) continue;
      if (kind === 'hypothetical' && rule.whenHypothetical === 'possible') effect = 'possible';
      // A "now" or "again" anywhere in the sentence brings an old story back to today: doubt, not dismissal.
      if (kind === 'past' && effect === 'set-aside' && !f.term.firm && once(doc, sentence, Asked.Current, () => has(doc, sentence, CURRENT))) effect = 'possible';
      if (kind === 'question' && has(doc, clauseOf(doc, match, QUESTION_BREAK), FIRST_PERSON)) effect = 'possible';
      if (kind === 'resolved') {
        if (has(doc, { start: f.end, end: sentence.end }, RECURS) || rule.whenResolved === 'keep') continue;
        effect = rule.whenResolved === 'set-aside' ? 'set-aside' : 'possible';
      }
      if (effect === 'set-aside') return { effect, reason: quote(kind, f.text) };
      doubts.push(quote(kind, f.text));
    }
    if (kind === 'other person') {
      const story = otherPersonStory(doc, sentence, match);
      if (story?.effect === 'set-aside') return story;
      if (story) doubts.push(story.reason);
    }
    if (kind === 'question') {
      const asked = askedAbout(doc, sentence, match);
      if (asked?.effect === 'set-aside') return asked;
      if (asked) doubts.push(asked.reason);
    }
  }
  return doubts.length > 0 ? { effect: 'possible', reason: doubts.join('; ') } : { effect: 'live' };
}

/**
 * Parents and carers write for the patient ("Writing for my mum: her face has dropped"), so a relative is
 * the patient unless the sentence tells their own story (a death, an age, a family history). A friend or
 * colleague is probably someone else, but not surely: possible.
 */
function otherPersonStory(doc: ReadText, sentence: Span, match: Span): Doubt | null {
  const clause = clauseOf(doc, match, CLAUSE_BREAK);
  const relative = once(doc, sentence, Asked.Relative, () =>
    spansOf(doc.folded.slice(sentence.start, sentence.end), RELATIVE_TERM).map((s) => ({ start: s.start + sentence.start, end: s.end + sentence.start })),
  );
  const near = relative.find((r) => overlaps({ start: clause.start, end: clause.end }, r));
  if (near && once(doc, sentence, Asked.Story, () => has(doc, sentence, OTHER_PERSON_STORY))) return { effect: 'set-aside', reason: quote('other person', doc.original.slice(near.start, near.end)) };
  const other = spansOf(doc.folded.slice(clause.start, clause.end), NOT_THE_PATIENT)[0];
  if (other) return { effect: 'possible', reason: quote('other person', doc.original.slice(clause.start + other.start, clause.start + other.end)) };
  return null;
}

/** A mention in the clause a question mark closes: set aside when it is a general question, possible when it is the patient's own. */
function askedAbout(doc: ReadText, sentence: Span, match: Span): Doubt | null {
  if (!doc.folded.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) return null;
  const clause = clauseOf(doc, match, QUESTION_BREAK);
  if (!doc.folded.slice(clause.end, sentence.end).trim().startsWith('?') && clause.end !== sentence.end) return null;
  return has(doc, clause, FIRST_PERSON) ? { effect: 'possible', reason: "question: '?'" } : { effect: 'set-aside', reason: "question: '?'" };
}
