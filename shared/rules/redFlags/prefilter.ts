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
/** Shorter texts (a form answer: "4 days") are scanned as they are: indexing them costs more than it saves. */
const SMALL = 32;
/**
 * The characters \s matches (ECMAScript WhiteSpace and LineTerminator): all read as a space, since the
 * starts name \s as ' ' (matchStarts.ts). redFlagPrefilter.test.ts checks this against \s itself.
 */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/**
 * Three characters (as char codes, every \s as a space) hashed to 32 bits; a text's index keeps the top
 * few bits as its bucket, more for a longer text. Different pieces may share a bucket: that only adds
 * positions to try and literals taken as present, never loses one.
 */
const hash3 = (a: number, b: number, c: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 0;
/** The char codes of a text, every \s as a space, written into `out` (grown when too short). */
function codes(s: string, out: Uint16Array = new Uint16Array(s.length)): Uint16Array {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = isSpace(c) ? 32 : c;
  }
  return out;
}
/**
 * Scratch space for building an index, reused from text to text: a typed array over 64 bytes lives
 * outside the heap, and allocating several per request cost more than the index saved.
 */
const scratch = { codes: new Uint16Array(4096), keys: new Int32Array(4096), next: new Int32Array(4096) };
const key = (s: string, at: number) => {
  const u = codes(s.slice(at, at + K));
  return hash3(u[0]!, u[1]!, u[2]!);
};

/** A condition with each literal's keys worked out: a long literal by its first and last pieces. */
type Check = { first: number; last: number } | { short: string } | { all: Check[] } | { any: Check[] };
const compile = (need: Need): Check =>
  'lit' in need
    ? need.lit.length >= K
      ? { first: key(need.lit, 0), last: key(need.lit, need.lit.length - K) }
      : { short: need.lit }
    : 'all' in need
      ? { all: need.all.map(compile) }
      : { any: need.any.map(compile) };

interface Plan {
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
    check: need && compile(need),
    starts: starts && starts.every((s) => s.length === K) ? starts.map((s) => key(s, 0)) : null,
    sticky: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'),
  };
  plans.set(pattern, plan);
  return plan;
}

/** One text, indexed once by its three-character pieces, for all the patterns run over it. */
export class Probe {
  /** Bits of a hash dropped to give its bucket. */
  private readonly shift: number;
  /** Positions grouped by bucket, each group in order: bucket b's are positions[first[b]..first[b + 1]). */
  private readonly first: number[];
  private readonly positions: number[];
  constructor(readonly text: string) {
    const n = Math.max(0, text.length - K + 1);
    const bits = Math.min(12, Math.max(6, Math.ceil(Math.log2(n + 1)) + 1));
    const buckets = 1 << bits;
    this.shift = 32 - bits;
    if (scratch.codes.length < text.length) scratch.codes = new Uint16Array(text.length);
    if (scratch.keys.length < n) scratch.keys = new Int32Array(n);
    const u = codes(text, scratch.codes);
    const { keys, next } = scratch;
    const first = (this.first = new Array<number>(buckets + 1).fill(0));
    for (let i = 0; i < n; i++) first[(keys[i] = hash3(u[i]!, u[i + 1]!, u[i + 2]!) >>> this.shift) + 1]!++;
    for (let b = 0; b < buckets; b++) first[b + 1]! += first[b]!;
    for (let b = 0; b < buckets; b++) next[b] = first[b]!;
    const positions = (this.positions = new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) positions[next[keys[i]!]!++] = i;
  }

  private has(hash: number): boolean {
    const b = hash >>> this.shift;
    return this.first[b + 1]! > this.first[b]!;
  }

  /** False only when the pattern cannot match the text, nor any part of it. */
  mayMatch(pattern: RegExp): boolean {
    const { check } = planOf(pattern);
    return this.text.length < SMALL || check === null || this.holds(check);
  }

  /** A literal that occurs has its first and last pieces in the index; a short one is looked for as written. */
  private holds(check: Check): boolean {
    if ('first' in check) return this.has(check.first) && this.has(check.last);
    if ('short' in check) return this.text.includes(check.short);
    if ('all' in check) {
      for (const c of check.all) if (!this.holds(c)) return false;
      return true;
    }
    for (const c of check.any) if (this.holds(c)) return true;
    return false;
  }

  /** Every match of a global pattern, as allMatches (text.ts) finds them. */
  matches(pattern: RegExp): RegExpExecArray[] {
    const { check, starts, sticky } = planOf(pattern);
    if (this.text.length < SMALL) return allMatches(this.text, pattern);
    if (check !== null && !this.holds(check)) return [];
    if (!starts) return allMatches(this.text, pattern);
    const candidates: number[] = [];
    for (const hash of starts) {
      const b = hash >>> this.shift;
      for (let j = this.first[b]!; j < this.first[b + 1]!; j++) candidates.push(this.positions[j]!);
    }
    // Trying many positions one by one costs more than one scan; both find the same matches.
    if (candidates.length > this.text.length / 8) return allMatches(this.text, pattern);
    candidates.sort((a, b) => a - b);
    // A global scan tries each position from lastIndex on and stops at the first that matches; positions
    // where no start begins cannot match, so trying only the candidates, in order, finds the same matches.
    const found: RegExpExecArray[] = [];
    let from = 0;
    for (const i of candidates) {
      if (i < from) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(this.text);
      if (!m) {
        from = i + 1; // a position listed twice (two starts in one bucket) is tried once
        continue;
      }
      found.push(m);
      from = i + Math.max(1, m[0].length);
    }
    sticky.lastIndex = 0;
    return found;
  }
}
