// Runs a pattern over a text only where it could match. Two mechanical facts about each pattern decide
// where: the and/or condition on literals every match meets (literals.ts; a text that fails it is not
// scanned), and the first three characters every match starts with (matchStarts.ts; the pattern is tried
// only at the positions where one of them begins). The screen's ~140 patterns mostly find nothing in a given
// request; this is where its time goes down. The matches are exactly those of a plain global scan:
// tests/unit/rules/redFlagPrefilter.test.ts and the screen's regression guard check it.
import { necessaryCondition, type Need } from './literals';
import { matchStarts } from './matchStarts';
import { allMatches } from './text';

const K = 3;
/** Shorter texts (a form answer: "4 days") are not indexed: their literals are looked for as written, exactly. */
const SMALL = 32;
/**
 * The characters \s matches (ECMAScript WhiteSpace and LineTerminator): all read as a space, since the
 * starts name \s as ' ' (matchStarts.ts). redFlagPrefilter.test.ts checks this against \s itself.
 */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/**
 * Three characters as one exact number (10 bits each, every \s as a space): two pieces share a key only
 * when one holds a character above U+03FF, which only lets a pattern through, never loses one. Keys go in
 * buckets by a hash of their top bits; each position keeps its key, so a lookup is exact, not "this bucket".
 */
const clamp = (c: number) => (c > 32 && c < 127 ? c : isSpace(c) ? 32 : c > 1023 ? 1023 : c);
const key3 = (a: number, b: number, c: number) => (a << 20) | (b << 10) | c;
const bucketOf = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;
const keyAt = (s: string, at: number) => key3(clamp(s.charCodeAt(at)), clamp(s.charCodeAt(at + 1)), clamp(s.charCodeAt(at + 2)));

const enum Kind {
  /** A literal of K or more characters: every one of its three-character pieces is in the index. */
  Long,
  /** A shorter literal, looked for as written. */
  Short,
  All,
  Any,
}
/** A condition with each literal's keys worked out; one shape for every node, so the check stays monomorphic. */
class Check {
  constructor(
    readonly kind: Kind,
    readonly lit: string,
    /** The literal's number: one answer per literal per text, however many patterns name it (PAIN's words, CANT's). */
    readonly id: number,
    /** A long literal's pieces, first and last ahead of the middle ones: they reject most texts. */
    readonly keys: readonly number[],
    readonly parts: readonly Check[],
  ) {}
}
/**
 * The same condition, cheaper to check: nested and/or flattened, a literal dropped from a choice that also
 * offers a part of it ("pains" beside "pain"), and the smallest parts tried first, so a text that fails
 * usually fails on a short list. Each step keeps exactly the texts that meet the condition.
 */
function simplify(need: Need): Need {
  if ('lit' in need) return need;
  if ('all' in need) {
    const parts = need.all.map(simplify).flatMap((p) => ('all' in p ? p.all : [p]));
    return { all: parts.sort((a, b) => size(a) - size(b)) };
  }
  const parts = need.any.map(simplify).flatMap((p) => ('any' in p ? p.any : [p]));
  const lits = new Set(parts.flatMap((p) => ('lit' in p ? [p.lit] : [])));
  const implied = (lit: string) => [...lits].some((l) => l !== lit && lit.includes(l));
  const kept = parts.filter((p) => ('lit' in p ? !implied(p.lit) : !('all' in p && p.all.some((q) => 'lit' in q && (lits.has(q.lit) || implied(q.lit))))));
  const unique = kept.filter((p, i) => !('lit' in p) || kept.findIndex((q) => 'lit' in q && q.lit === p.lit) === i);
  return unique.length === 1 ? unique[0]! : { any: unique.sort((a, b) => size(a) - size(b)) };
}
const size = (need: Need): number => ('lit' in need ? 1 : ('all' in need ? need.all : need.any).reduce((n, p) => n + size(p), 1));

function compile(need: Need): Check {
  if ('all' in need) return new Check(Kind.All, '', -1, [], need.all.map(compile));
  if ('any' in need) return new Check(Kind.Any, '', -1, [], need.any.map(compile));
  const lit = need.lit;
  let id = literalIds.get(lit);
  if (id === undefined) literalIds.set(lit, (id = literalIds.size));
  if (id >= memo.seen.length) memo = { seen: new Int32Array(memo.seen.length * 2), holds: new Uint8Array(memo.seen.length * 2) };
  if (lit.length < K) return new Check(Kind.Short, lit, id, [], []);
  const keys = [keyAt(lit, 0), keyAt(lit, lit.length - K)];
  for (let i = 1; i < lit.length - K; i++) keys.push(keyAt(lit, i));
  return new Check(Kind.Long, lit, id, keys, []);
}

const literalIds = new Map<string, number>();
/**
 * What each literal gave for the text whose stamp is in `seen`: one table for every text, as only one is
 * read at a time in practice (answers are small texts and never use it); another text's entry is a miss.
 */
let memo = { seen: new Int32Array(2048), holds: new Uint8Array(2048) };
let lastStamp = 0;
function nextStamp(): number {
  if (lastStamp === 0x7fffffff) {
    memo.seen.fill(0);
    lastStamp = 0;
  }
  return ++lastStamp;
}

interface Plan {
  /** The plan's number, in the order plans were made. */
  id: number;
  /** What any match contains; null when nothing is known and the pattern runs over every text. */
  check: Check | null;
  /** Keys of the three characters any match starts with; null when a match may be shorter or they are unknown. */
  starts: number[] | null;
  /** The same pattern, sticky, to try one position at a time. */
  sticky: RegExp;
}
const plans = new Map<RegExp, Plan>();

function planOf(pattern: RegExp): Plan {
  let plan = plans.get(pattern);
  if (plan) return plan;
  const need = necessaryCondition(pattern);
  const starts = matchStarts(pattern, K);
  plan = {
    id: plans.size,
    check: need && compile(simplify(need)),
    starts: starts && starts.every((s) => s.length === K) ? [...new Set(starts.map((s) => keyAt(s, 0)))] : null,
    sticky: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'),
  };
  plans.set(pattern, plan);
  for (const key of plan.starts ?? []) {
    const ids = startsWith.get(key);
    if (ids) ids.push(plan.id);
    else startsWith.set(key, [plan.id]);
  }
  return plan;
}

/**
 * For every three characters some match starts with, the plans whose matches can: a small text looks up its
 * few pieces here once, instead of each pattern looking at the text.
 */
const startsWith = new Map<number, number[]>();

/** One text, indexed once by its three-character pieces, for all the patterns run over it. */
export class Probe {
  /** Bits of a key's hash dropped to give its bucket. */
  private readonly shift: number;
  /** Positions grouped by bucket, each group in order: bucket b's are positions[first[b]..first[b + 1]), their keys in keys[]. */
  private readonly first: number[];
  private readonly positions: number[];
  private readonly keys: number[];
  /** A text this short (a form answer: "4 days") is not indexed: its literals are looked for as written. */
  private readonly small: boolean;
  /** For a small text: the plans made before it (ids below this) that some match could start in it. */
  private readonly planned: number;
  private readonly startable: Set<number> | null = null;
  /** This text's mark in the literal memo. */
  private readonly stamp = nextStamp();
  constructor(readonly text: string) {
    this.small = text.length < SMALL;
    this.planned = plans.size;
    if (this.small) {
      for (let i = 0; i + K <= text.length; i++) {
        const ids = startsWith.get(keyAt(text, i));
        if (ids) for (const id of ids) (this.startable ??= new Set()).add(id);
      }
    }
    const n = this.small ? 0 : text.length - K + 1;
    const bits = this.small ? 0 : Math.min(12, Math.max(5, Math.ceil(Math.log2(n + 1))));
    const buckets = 1 << bits;
    this.shift = 32 - bits;
    if (scratch.keys.length < n) scratch = { keys: new Int32Array(n), buckets: new Int32Array(n) };
    const first = (this.first = new Array<number>(buckets + 1).fill(0));
    // Each key from the one before: drop its first character, add the next.
    let key = n > 0 ? (clamp(text.charCodeAt(0)) << 10) | clamp(text.charCodeAt(1)) : 0;
    for (let i = 0; i < n; i++) {
      key = ((key << 10) | clamp(text.charCodeAt(i + 2))) & 0x3fffffff;
      scratch.keys[i] = key;
      first[(scratch.buckets[i] = bucketOf(key, this.shift)) + 1]!++;
    }
    for (let b = 0; b < buckets; b++) first[b + 1]! += first[b]!;
    const next = first.slice(0, buckets);
    const positions = (this.positions = new Array<number>(n).fill(0));
    const keys = (this.keys = new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) {
      const j = next[scratch.buckets[i]!]!++;
      positions[j] = i;
      keys[j] = scratch.keys[i]!;
    }
  }

  private has(key: number): boolean {
    const b = bucketOf(key, this.shift);
    for (let j = this.first[b]!, end = this.first[b + 1]!; j < end; j++) if (this.keys[j] === key) return true;
    return false;
  }

  private hasAll(keys: readonly number[]): boolean {
    for (const k of keys) if (!this.has(k)) return false;
    return true;
  }

  /** False only when the pattern cannot match the text, nor any part of it. */
  mayMatch(pattern: RegExp): boolean {
    const { check } = planOf(pattern);
    return check === null || this.holds(check);
  }

  /** A literal that occurs has every three-character piece of it in the index; a short text or literal is searched as written. */
  private holds(check: Check): boolean {
    switch (check.kind) {
      case Kind.Long:
      case Kind.Short: {
        const { seen, holds } = memo;
        if (seen[check.id] === this.stamp) return holds[check.id] === 1;
        const found = this.small || check.kind === Kind.Short ? this.text.includes(check.lit) : this.hasAll(check.keys);
        seen[check.id] = this.stamp;
        holds[check.id] = found ? 1 : 0;
        return found;
      }
      case Kind.All:
        for (const c of check.parts) if (!this.holds(c)) return false;
        return true;
      default:
        for (const c of check.parts) if (this.holds(c)) return true;
        return false;
    }
  }

  /** Every match of a global pattern, as allMatches (text.ts) finds them. */
  matches(pattern: RegExp): RegExpExecArray[] {
    const { id, check, starts, sticky } = planOf(pattern);
    if (this.small) {
      // No match can start in the text; a plan made after the text was read is checked as usual.
      if (starts && id < this.planned && !this.startable?.has(id)) return NONE as RegExpExecArray[];
      return check === null || this.holds(check) ? allMatches(this.text, pattern) : (NONE as RegExpExecArray[]);
    }
    if (!starts) return check === null || this.holds(check) ? allMatches(this.text, pattern) : (NONE as RegExpExecArray[]);
    // Where a match could start first: on an everyday text that alone rules most patterns out, for a few
    // lookups where the condition would walk dozens of literals.
    let count = 0;
    for (const key of starts) {
      const b = bucketOf(key, this.shift);
      for (let j = this.first[b]!, end = this.first[b + 1]!; j < end; j++) {
        if (this.keys[j] !== key) continue;
        if (count === tried.length) tried = growTo(tried, count * 2);
        tried[count++] = this.positions[j]!;
      }
    }
    if (count === 0 || (check !== null && !this.holds(check))) return NONE as RegExpExecArray[];
    // Trying many positions one by one costs more than one scan; both find the same matches.
    if (count > this.text.length / 8) return allMatches(this.text, pattern);
    // Each start's positions come in order; several starts' must be merged into one order.
    if (starts.length > 1) sortFirst(tried, count);
    // A global scan tries each position from lastIndex on and stops at the first that matches; positions
    // where no start begins cannot match, so trying only the candidates, in order, finds the same matches.
    let found: RegExpExecArray[] | null = null;
    let from = 0;
    for (let c = 0; c < count; c++) {
      const i = tried[c]!;
      if (i < from) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(this.text);
      if (!m) {
        from = i + 1;
        continue;
      }
      (found ??= []).push(m);
      from = i + Math.max(1, m[0].length);
    }
    sticky.lastIndex = 0;
    return found ?? (NONE as RegExpExecArray[]);
  }
}

/** The shared answer "no matches": callers only read it. */
const NONE: readonly RegExpExecArray[] = Object.freeze([]);
/** Each position's key and bucket while an index is built, reused from text to text. */
let scratch = { keys: new Int32Array(4096), buckets: new Int32Array(4096) };
/**
 * The positions where one pattern is tried, while it is tried: one array for every call, as matches() never
 * runs inside another (a regex calls no code of ours).
 */
let tried: Int32Array = new Int32Array(512);
const growTo = (a: Int32Array, size: number): Int32Array => {
  const bigger = new Int32Array(size);
  bigger.set(a);
  return bigger;
};
/**
 * The first `count` numbers in ascending order: by insertion, as there are usually a handful (a typed
 * array's own sort beyond that). Sorting a plain array with a comparator cost a tenth of a long text's screen.
 */
function sortFirst(a: Int32Array, count: number): void {
  if (count > 32) {
    a.subarray(0, count).sort();
    return;
  }
  for (let i = 1; i < count; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}
