// What any match of a regex must contain, read mechanically from its source: a condition on literals
// ("chest" and one of "feels", "felt", "is"...) that every string the regex can match satisfies. A text
// that fails it cannot match, so the screen skips that pattern without running it (prefilter.ts). This is
// the "required factors" analysis of RE2 and Hyperscan, kept as an and/or tree, over the subset of syntax
// the rules use; anything else reads as "nothing known" (null), which only means the pattern always runs.

/** A condition every match satisfies: it contains the literal, all of the parts, or one of them. */
export type Need = { lit: string } | { all: Need[] } | { any: Need[] };

/** What is known about the strings one piece of a pattern matches. */
interface Known {
  /** Every string it can match, when that is a short finite list. */
  exact: Set<string> | null;
  /** What every match contains; null when nothing is known. */
  need: Need | null;
}

const MAX_EXACT = 64;
const ANY: Known = { exact: null, need: null };
const EMPTY: Known = { exact: new Set(['']), need: null };
const one = (s: string): Known => ({ exact: new Set([s]), need: { lit: s } });

/** One of these strings: nothing known if one of them is empty (it is in every text). */
const oneOf = (set: Set<string>): Need | null =>
  set.size === 0 || set.has('') ? null : set.size === 1 ? { lit: [...set][0]! } : { any: [...set].map((lit) => ({ lit })) };
const withExact = (exact: Set<string>): Known => ({ exact, need: oneOf(exact) });
const allOf = (needs: (Need | null)[]): Need | null => {
  const known = needs.filter((n): n is Need => n !== null);
  return known.length === 0 ? null : known.length === 1 ? known[0]! : { all: known };
};

function sequence(parts: Known[]): Known {
  const needs: (Need | null)[] = [];
  let run: Set<string> | null = new Set(['']);
  let whole = true; // run still spans every piece so far: it is then the exact set of the sequence
  for (const part of parts) {
    if (run && part.exact && run.size * part.exact.size <= MAX_EXACT) {
      const next = new Set<string>();
      for (const a of run) for (const b of part.exact) next.add(a + b);
      run = next;
      continue;
    }
    // Every match holds one of the run of exactly known pieces so far, and whatever each later piece needs.
    if (run) needs.push(oneOf(run));
    if (!part.exact) needs.push(part.need);
    run = part.exact ? new Set(part.exact) : null;
    whole = false;
  }
  if (run && whole) return withExact(run);
  if (run) needs.push(oneOf(run));
  return { exact: null, need: allOf(needs) };
}

function alternation(branches: Known[]): Known {
  if (branches.every((b) => b.exact)) {
    const all = new Set(branches.flatMap((b) => [...b.exact!]));
    if (all.size <= MAX_EXACT) return withExact(all);
  }
  // A match comes from one branch, so it meets that branch's need; a branch that needs nothing ends it.
  if (branches.some((b) => b.need === null)) return ANY;
  return { exact: null, need: { any: branches.map((b) => b.need!) } };
}

function repeat(body: Known, min: number, max: number): Known {
  if (min === 0 && max === 1 && body.exact) return withExact(new Set([...body.exact, '']));
  if (min === 0) return ANY;
  if (min === 1 && max === 1) return body;
  // At least once: one copy's need is met by every match.
  return { exact: null, need: body.need };
}

/** Parses the pattern source with a cursor; unknown syntax is ANY, never an error. */
class Reader {
  private at = 0;
  constructor(private readonly src: string) {}

  read(): Known {
    const known = this.alternatives();
    return this.at === this.src.length ? known : ANY;
  }

  private alternatives(): Known {
    const branches = [this.branch()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.branch());
    }
    return branches.length === 1 ? branches[0]! : alternation(branches);
  }

  private branch(): Known {
    const parts: Known[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') parts.push(this.quantified(this.atom()));
    return sequence(parts);
  }

  private quantified(atom: Known): Known {
    const c = this.src[this.at];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return atom;
      [min, max] = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
      this.at += m[0].length - 1;
    } else return atom;
    this.at++;
    if (this.src[this.at] === '?') this.at++; // lazy: the same strings
    return repeat(atom, min, max);
  }

  private atom(): Known {
    const c = this.src[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    return one(c);
  }

  private group(): Known {
    const head = /^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(this.src.slice(this.at))?.[0] ?? '';
    this.at += head.length;
    const inner = this.alternatives();
    if (this.src[this.at] !== ')') return ANY;
    this.at++;
    // A lookaround consumes nothing: leaving its condition out only lets more texts through.
    return head === '?=' || head === '?!' || head === '?<=' || head === '?<!' ? EMPTY : inner;
  }

  private escape(): Known {
    const c = this.src[this.at++]!;
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'd') return withExact(new Set('0123456789'));
    if (/[\\^$.|?*+()[\]{}\/\-'"°]/.test(c)) return one(c);
    return ANY; // \s, \w, \u…, back-references and the rest: not worth knowing
  }

  /** A plain class of literal characters ([-.,], [sz]) is its characters; one with ranges or \s is ANY. */
  private charClass(): Known {
    const end = this.src.indexOf(']', this.at);
    if (end < 0) return ANY;
    const body = this.src.slice(this.at, end);
    this.at = end + 1;
    if (body.startsWith('^') || body.includes('\\') || /.-./.test(body) || body === '') return ANY;
    return withExact(new Set(body));
  }
}

/** What every match of a pattern contains, or null when nothing is known (the pattern must always run). */
export function necessaryCondition(pattern: RegExp): Need | null {
  if (pattern.flags.replace(/[gy]/g, '') !== '') return null; // i, s, u, m or v change what the source means
  return new Reader(pattern.source).read().need;
}

/** Whether a string meets a condition, by plain substring search: what the tests check matches against. */
export const meets = (need: Need, text: string): boolean =>
  'lit' in need ? text.includes(need.lit) : 'all' in need ? need.all.every((n) => meets(n, text)) : need.any.some((n) => meets(n, text));
