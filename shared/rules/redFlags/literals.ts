// Necessary literals of a regex, read mechanically from its source: a set of strings such that every
// string the regex can match contains at least one of them. A text that holds none cannot match, so the
// screen skips that pattern without running it (prefilter.ts). This is the "required factors" analysis
// of RE2 and Hyperscan, over the subset of syntax the rules use; anything else makes the answer "none
// known" (null), which only means the pattern is always run. Only ever errs towards running a pattern.

/** What is known about the strings one piece of a pattern matches. */
interface Known {
  /** Every string it can match, when that is a short finite list. */
  exact: Set<string> | null;
  /** Strings one of which every match contains; null when nothing is known. */
  factors: Set<string> | null;
}

const MAX_EXACT = 64;
const ANY: Known = { exact: null, factors: null };
const EMPTY: Known = { exact: new Set(['']), factors: null };
const one = (s: string): Known => ({ exact: new Set([s]), factors: new Set([s]) });

/** Shortest string in a set, the measure of how much a factor set narrows: longer is rarer. */
const shortest = (set: Set<string>) => Math.min(...[...set].map((s) => s.length));
const usable = (set: Set<string> | null): set is Set<string> => set !== null && set.size > 0 && shortest(set) > 0;
/** The better of two factor sets: the longer shortest literal, then the fewer literals. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!usable(a)) return usable(b) ? b : null;
  if (!usable(b)) return a;
  const [la, lb] = [shortest(a), shortest(b)];
  return la !== lb ? (la > lb ? a : b) : a.size <= b.size ? a : b;
}
const withFactors = (exact: Set<string>): Known => ({ exact, factors: usable(exact) ? exact : null });

function sequence(parts: Known[]): Known {
  let best: Set<string> | null = null;
  let run: Set<string> | null = new Set(['']);
  let whole = true; // run still spans every piece so far: it is then the exact set of the sequence
  for (const part of parts) {
    if (run && part.exact && run.size * part.exact.size <= MAX_EXACT) {
      const next = new Set<string>();
      for (const a of run) for (const b of part.exact) next.add(a + b);
      run = next;
      continue;
    }
    // The run of exactly known pieces so far is itself a factor of every match; so is each later piece's.
    best = better(best, run);
    best = better(best, part.factors);
    run = part.exact ? new Set(part.exact) : null;
    whole = false;
  }
  if (run && whole) return withFactors(run);
  return { exact: null, factors: better(best, run) };
}

function alternation(branches: Known[]): Known {
  if (branches.every((b) => b.exact)) {
    const all = new Set(branches.flatMap((b) => [...b.exact!]));
    if (all.size <= MAX_EXACT) return withFactors(all);
  }
  // A match comes from one branch, so it holds one of that branch's factors: the union covers them all.
  if (!branches.every((b) => usable(b.factors ?? b.exact))) return ANY;
  return { exact: null, factors: new Set(branches.flatMap((b) => [...(b.factors ?? b.exact)!])) };
}

function repeat(body: Known, min: number, max: number): Known {
  if (min === 0 && max === 1 && body.exact) return withFactors(new Set([...body.exact, '']));
  if (min === 0) return ANY;
  if (min === 1 && max === 1) return body;
  // At least once: one copy's factor is in every match.
  return { exact: null, factors: body.factors ?? (usable(body.exact) ? body.exact : null) };
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
    if (c === 'd') return withFactors(new Set('0123456789'));
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
    return withFactors(new Set(body));
  }
}

/** The necessary literals of a pattern, or null when none are known (the pattern must always run). */
export function necessaryLiterals(pattern: RegExp): readonly string[] | null {
  if (pattern.flags.replace(/[gy]/g, '') !== '') return null; // i, s, u, m or v change what the source means
  const known = new Reader(pattern.source).read();
  const set = known.factors ?? (usable(known.exact) ? known.exact : null);
  return usable(set) ? [...set] : null;
}

/**
 * The first `k` characters of every match, as a set (a match shorter than `k` appears whole), or null when
 * they are not known or too many. Every match starts at a position where one of these begins.
 */
export function matchStarts(pattern: RegExp, k: number): readonly string[] | null {
  if (pattern.flags.replace(/[gy]/g, '') !== '') return null;
  const set = new StartsReader(pattern.source, k).read();
  return set && [...set];
}

const MAX_STARTS = 400;

/** Same grammar as Reader, computing the first k characters of a match (FIRST-k of a grammar). */
class StartsReader {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly k: number,
  ) {}

  read(): Set<string> | null {
    const set = this.alternatives();
    return this.at === this.src.length ? set : null;
  }

  /** Every way of a string from `a` followed by one from `b`, cut to k; null when unknown or too many. */
  private then(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
    if (!a) return null;
    const out = new Set<string>();
    for (const x of a) {
      if (x.length >= this.k) out.add(x);
      else if (!b) return null;
      else for (const y of b) out.add((x + y).slice(0, this.k));
      if (out.size > MAX_STARTS) return null;
    }
    return out;
  }

  private alternatives(): Set<string> | null {
    let all: Set<string> | null = this.branch();
    while (this.src[this.at] === '|') {
      this.at++;
      const next = this.branch();
      all = all && next ? new Set([...all, ...next]) : null;
    }
    return all && all.size <= MAX_STARTS ? all : null;
  }

  private branch(): Set<string> | null {
    let set: Set<string> | null = new Set(['']);
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') set = this.then(set, this.quantified(this.atom()));
    return set;
  }

  private quantified(atom: Set<string> | null | 'unknown'): Set<string> | null {
    const body = atom === 'unknown' ? null : atom;
    const c = this.src[this.at];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{' && /^\{(\d+)(,(\d*))?\}/.test(this.src.slice(this.at))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at))!;
      [min, max] = [Number(m[1]), m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1])];
      this.at += m[0].length - 1;
    } else return body;
    this.at++;
    if (this.src[this.at] === '?') this.at++;
    // min copies, then up to k more optional ones: beyond k characters nothing is kept.
    let set: Set<string> | null = new Set(['']);
    for (let i = 0; i < Math.min(min, this.k); i++) set = this.then(set, body);
    let grown = set;
    for (let i = min; i < max && i < min + this.k && grown; i++) {
      const more = this.then(grown, body);
      grown = more && new Set([...grown, ...more]);
      if (grown && grown.size > MAX_STARTS) grown = null;
    }
    return grown;
  }

  private atom(): Set<string> | null | 'unknown' {
    const c = this.src[this.at++]!;
    if (c === '(') {
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(this.src.slice(this.at))?.[0] ?? '';
      this.at += head.length;
      const inner = this.alternatives();
      if (this.src[this.at] !== ')') return 'unknown';
      this.at++;
      return head === '?=' || head === '?!' || head === '?<=' || head === '?<!' ? new Set(['']) : inner;
    }
    if (c === '[') {
      const end = this.src.indexOf(']', this.at);
      if (end < 0) return 'unknown';
      const body = this.src.slice(this.at, end);
      this.at = end + 1;
      if (body.startsWith('^') || body.includes('\\') || /.-./.test(body) || body === '') return 'unknown';
      return new Set(body);
    }
    if (c === '\\') {
      const e = this.src[this.at++]!;
      if (e === 'b' || e === 'B') return new Set(['']);
      // The text these starts are looked for in has every \s character written as a space (prefilter.ts).
      if (e === 's') return new Set([' ']);
      if (e === 'd') return new Set('0123456789');
      if (/[\\^$.|?*+()[\]{}\/\-'"°]/.test(e)) return new Set([e]);
      return 'unknown';
    }
    if (c === '^' || c === '$') return new Set(['']);
    if (c === '.') return 'unknown';
    return new Set([c]);
  }
}
