// The first characters of every match of a regex, read mechanically from its source (FIRST-k of a
// grammar): the prefilter tries a pattern only at the positions where one of them begins (prefilter.ts).
// Same syntax subset as literals.ts; anything else reads as "not known" (null), and the pattern is scanned
// as usual. The starts are written as the prefilter reads a text: every \s as a space and every digit as 0.

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
      // Digits only ([1-4], [0-9]): the text these starts are looked for in has every digit written as 0.
      if (/^(?:\d-\d|\d)+$/.test(body)) return new Set(['0']);
      if (body.startsWith('^') || body.includes('\\') || /.-./.test(body) || body === '') return 'unknown';
      return new Set(body);
    }
    if (c === '\\') {
      const e = this.src[this.at++]!;
      if (e === 'b' || e === 'B') return new Set(['']);
      // The text these starts are looked for in has every \s character written as a space (prefilter.ts).
      if (e === 's') return new Set([' ']);
      // Every digit is read as 0 (prefilter.ts): "\d+" is three starts, not a thousand.
      if (e === 'd') return new Set(['0']);
      if (/[\\^$.|?*+()[\]{}\/\-'"°]/.test(e)) return new Set([e]);
      return 'unknown';
    }
    if (c === '^' || c === '$') return new Set(['']);
    if (c === '.') return 'unknown';
    return new Set([c]);
  }
}
