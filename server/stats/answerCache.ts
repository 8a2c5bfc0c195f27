// The figures' answers kept while what they read has not moved (docs/metrics.md, "Answers reused"):
// one computation per distinct question at a time (a second identical ask joins the one in flight),
// and its answer served again while the stats version is unchanged and it is under five seconds old. The
// version moves with every write to the figures' tables (db/queries/stats.ts), made in the transaction
// of the change itself, so an ask that arrives after a commit never gets an answer from before it. The
// five seconds bound what moves without such a write, which sends no 'stats' notice either (server/
// realtime.ts): figures "as of now" (undecided ahead of their deadline, today's capacity), who is
// signed in, review verdicts, names.
import { createHash } from 'node:crypto';
import type { StatsResource } from '../../shared/schemas/stats';
import type { StatsAsk, StatsReader } from './reader';

const FRESH_MS = 5000;
/** Distinct questions kept: the dashboard asks one per period and practice (integrators one per figure); a bound against odd query strings. */
const MAX_ENTRIES = 256;

export interface KeptAnswer {
  answer: object;
  /** The answer as sent: serialised and encoded once however many managers are sent it. */
  body: Buffer;
  /** A weak validator of the figures (every field but generatedAt): equal figures, equal tag, a 304. */
  etag: string;
}

interface Entry {
  version: number;
  /** The hub's moment the answer is for, and when (monotonic) it was asked: both must be under FRESH_MS ago. */
  at: number;
  askedAt: number;
  kept: Promise<KeptAnswer>;
}

function keep(answer: object): KeptAnswer {
  const body = Buffer.from(JSON.stringify(answer));
  // generatedAt at any depth: the dashboard's answer holds one per figure.
  const figures = JSON.stringify(answer, (key, value: unknown) => (key === 'generatedAt' ? undefined : value));
  return { answer, body, etag: `W/"${createHash('sha1').update(figures).digest('base64url')}"` };
}

/** The same question however its query string was ordered; settings are part of it (a new calendar is a new answer). */
function questionOf(endpoint: StatsResource, ask: StatsAsk, settingsKey: string): string {
  const q = ask.query;
  const query = typeof q === 'object' && q !== null && !Array.isArray(q) ? Object.entries(q).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : q;
  return `${endpoint}\n${JSON.stringify(query)}\n${settingsKey}`;
}

export interface AnswerCache {
  answer(endpoint: StatsResource, ask: StatsAsk): Promise<KeptAnswer>;
}

/** `version` reads the hub's stats version now; a reader's rejection is passed on and never kept. */
export function answerCache(reader: StatsReader, version: () => number, options: { freshMs?: number; maxEntries?: number } = {}): AnswerCache {
  const freshMs = options.freshMs ?? FRESH_MS;
  const maxEntries = options.maxEntries ?? MAX_ENTRIES;
  const entries = new Map<string, Entry>();
  // The settings object is replaced when an admin changes them: its serialisation is kept per object.
  const settingsKeys = new WeakMap<object, string>();
  const settingsKeyOf = (s: StatsAsk['settings']) => settingsKeys.get(s) ?? (settingsKeys.set(s, JSON.stringify(s)), settingsKeys.get(s)!);

  return {
    answer(endpoint, ask) {
      const key = questionOf(endpoint, ask, settingsKeyOf(ask.settings));
      const now = version();
      const hit = entries.get(key);
      const askedAt = performance.now();
      if (hit && hit.version === now && ask.now >= hit.at && ask.now - hit.at < freshMs && askedAt - hit.askedAt < freshMs) return hit.kept;
      const entry: Entry = { version: now, at: ask.now, askedAt, kept: reader.answer(endpoint, ask).then(keep) };
      // Newest last, so the first key is the one to drop when full.
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      entry.kept.catch(() => entries.get(key) === entry && entries.delete(key));
      return entry.kept;
    },
  };
}
