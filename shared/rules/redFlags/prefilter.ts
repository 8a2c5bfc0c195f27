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
 * Three characters as one number (10 bits each, every \s as a space and every digit as 0, as the starts are
 * written: matchStarts.ts): two pieces share a key only when they differ in digits or one holds a character
 * above U+03FF, which only lets a pattern through, never loses one. The tables
 * below keep whole keys (open addressing, placed by a multiplicative hash), so a lookup is exact.
 */
const clamp = (c: number) => (c > 57 && c < 127 ? c : c > 47 && c < 58 ? 48 : c > 32 && c < 48 ? c : isSpace(c) ? 32 : c > 1023 ? 1023 : c);
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
  for (const key of plan.starts ?? []) startSlots.plansOf(startSlots.add(key)).push(plan.id);
  return plan;
}

/**
 * Every three characters some match starts with, each with a number (its slot) and the plans whose matches
 * can start with it: an open-addressing table, so the index looks up each position of a text in one or two
 * probes of an Int32Array.
 */
class StartTable {
  /** key + 1 at its place, 0 where empty. */
  private keys = new Int32Array(4096);
  private slots = new Int32Array(4096);
  private shift = 20;
  private readonly plans: number[][] = [];

  /** The key's slot, or -1 when no match starts with these three characters. */
  find(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let h = bucketOf(key, this.shift); ; h = (h + 1) & mask) {
      const k = keys[h]!;
      if (k === key + 1) return this.slots[h]!;
      if (k === 0) return -1;
    }
  }

  add(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    // Kept at most a quarter full, so a miss (most positions of a text) ends on the first or second probe.
    if ((this.plans.length + 1) * 4 > this.keys.length) this.grow();
    this.place(key, this.plans.length);
    this.plans.push([]);
    return this.plans.length - 1;
  }

  plansOf(slot: number): number[] {
    return this.plans[slot]!;
  }

  private place(key: number, slot: number): void {
    const mask = this.keys.length - 1;
    let h = bucketOf(key, this.shift);
    while (this.keys[h] !== 0) h = (h + 1) & mask;
    this.keys[h] = key + 1;
    this.slots[h] = slot;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2);
    this.shift--;
    for (let h = 0; h < keys.length; h++) if (keys[h] !== 0) this.place(keys[h]! - 1, slots[h]!);
  }
}
const startSlots = new StartTable();

/**
 * One text, read once for all the patterns run over it: the set of its three-character pieces (for the
 * literal conditions), and for every pattern the positions, in order, where one of its starts begins.
 */
export class Probe {
  /** The text's pieces as key + 1 in an open-addressing table; 0 is empty. */
  private readonly present: Int32Array;
  private readonly shift: number;
  /** Plan p's candidate positions are candidates[firstOf[p]..firstOf[p + 1]), ascending. */
  private readonly firstOf: Int32Array;
  private readonly candidates: Int32Array;
  /** A text this short (a form answer: "4 days") is not indexed: its literals are looked for as written. */
  private readonly small: boolean;
  /** The plans made before the text was read (ids below this): only theirs are indexed. */
  private readonly planned: number;
  /** For a small text: the plans some match could start in it. */
  private readonly startable: Set<number> | null = null;
  /** This text's mark in the literal memo. */
  private readonly stamp = nextStamp();
  constructor(readonly text: string) {
    this.small = text.length < SMALL;
    const planned = (this.planned = plans.size);
    if (this.small) {
      for (let i = 0; i + K <= text.length; i++) {
        const slot = startSlots.find(keyAt(text, i));
        if (slot >= 0) for (const id of startSlots.plansOf(slot)) (this.startable ??= new Set()).add(id);
      }
      this.present = this.firstOf = this.candidates = EMPTY;
      this.shift = 0;
      return;
    }
    const n = text.length - K + 1;
    // More places than pieces, so a lookup always ends; a text repeats many of its pieces, so about half full.
    const bits = Math.max(6, Math.ceil(Math.log2(n + 1)));
    const present = (this.present = new Int32Array(1 << bits));
    const mask = present.length - 1;
    const shift = (this.shift = 32 - bits);
    if (scratch.at.length < n) scratch = { at: new Int32Array(n), slot: new Int32Array(n), count: scratch.count };
    if (scratch.count.length < planned + 1) scratch.count = new Int32Array(Math.max(planned + 1, scratch.count.length * 2));
    const { at, slot: slotAt, count } = scratch;
    count.fill(0, 0, planned + 1);
    let hits = 0;
    // Each key from the one before: drop its first character, add the next.
    let key = (clamp(text.charCodeAt(0)) << 10) | clamp(text.charCodeAt(1));
    for (let i = 0; i < n; i++) {
      key = ((key << 10) | clamp(text.charCodeAt(i + 2))) & 0x3fffffff;
      let h = bucketOf(key, shift);
      while (present[h] !== 0 && present[h] !== key + 1) h = (h + 1) & mask;
      present[h] = key + 1;
      const slot = startSlots.find(key);
      if (slot < 0) continue;
      at[hits] = i;
      slotAt[hits++] = slot;
      for (const id of startSlots.plansOf(slot)) count[id + 1]!++;
    }
    // Positions go to their plans in text order, so each plan's list is ascending (a position has one key).
    const firstOf = (this.firstOf = new Int32Array(planned + 1));
    for (let p = 0; p < planned; p++) firstOf[p + 1] = firstOf[p]! + count[p + 1]!;
    const candidates = (this.candidates = new Int32Array(firstOf[planned]!));
    count.set(firstOf.subarray(0, planned));
    for (let j = 0; j < hits; j++) for (const id of startSlots.plansOf(slotAt[j]!)) candidates[count[id]!++] = at[j]!;
  }

  private has(key: number): boolean {
    const { present } = this;
    const mask = present.length - 1;
    for (let h = bucketOf(key, this.shift); ; h = (h + 1) & mask) {
      const k = present[h]!;
      if (k === key + 1) return true;
      if (k === 0) return false;
    }
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
    // A plan made after the text was read has no positions here: it is checked and scanned as usual.
    if (!starts || id >= this.planned) return check === null || this.holds(check) ? allMatches(this.text, pattern) : (NONE as RegExpExecArray[]);
    // No match can start in the text.
    if (this.small) return this.startable?.has(id) && (check === null || this.holds(check)) ? allMatches(this.text, pattern) : (NONE as RegExpExecArray[]);
    // Where a match could start first: on an everyday text that alone rules most patterns out, for a few
    // lookups where the condition would walk dozens of literals.
    const first = this.firstOf[id]!;
    const end = this.firstOf[id + 1]!;
    if (first === end || (check !== null && !this.holds(check))) return NONE as RegExpExecArray[];
    // Trying many positions one by one costs more than one scan; both find the same matches.
    if (end - first > this.text.length / 8) return allMatches(this.text, pattern);
    // A global scan tries each position from lastIndex on and stops at the first that matches; positions
    // where no start begins cannot match, so trying only the candidates, in order, finds the same matches.
    let found: RegExpExecArray[] | null = null;
    let from = 0;
    for (let c = first; c < end; c++) {
      const i = this.candidates[c]!;
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
const EMPTY = new Int32Array(0);
/** While a text is indexed: each start's position and slot, and a count (then a cursor) per plan; reused from text to text. */
let scratch = { at: new Int32Array(4096), slot: new Int32Array(4096), count: new Int32Array(256) };
