// F1: finding a request over a generated history (issue #16, "Search p95 under 200 ms over two years
// × 40 practices"; docs/benchmarks.md, "Search (F1)"). BENCH_ONLY=search BENCH_STATS_DB=<file from
// `npm run seed:history`>. The file is copied, so the bench never changes it; a hub starts on the copy
// in this process and a signed-in coordinator calls GET /api/search over HTTP, as the search box does,
// with values drawn from the file: a reference, an NHS number without and with its spaces, a family
// name, and a practice with one day. Each search that finds anyone is an audited read: its audit
// entry is committed before the answer, and timed with it.
import { mkdtempSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startHub, type Hub } from '../../server/app';
import { hashSecretSync } from '../../server/auth/passwords';
import { TEST_PASSWORD } from '../helpers/fixtures';
import { detail, fmt, section, type Figure } from './report';
import { signIn } from './signIn';
import { Samples, summarize } from './stats';
import { copyHistory } from './statsPhase';

export const SEARCH_TARGET_P95_MS = 200;

export interface SearchConfig {
  db: string;
  /** Measured searches of each kind, after a few of warm-up. */
  runs: number;
}

const KINDS = ['reference', 'nhs number', 'nhs number spaced', 'family name', 'practice and day'] as const;
type Kind = (typeof KINDS)[number];
const WARM_UP = 5;

interface Drawn {
  reference: string | null;
  nhs: string;
  family: string;
  practice: string;
  day: string;
}

/** Requests drawn evenly over the file's ids (a fixed stride, so two runs search for the same ones). */
function draw(hub: Hub, count: number): Drawn[] {
  const db = hub.db.orm.$client;
  const { lo, hi } = db.prepare('select min(id) as lo, max(id) as hi from consultations').get() as { lo: number; hi: number };
  const pick = db.prepare(`select c.reference, c.nhs_number as nhs, c.family_name as family, c.practice_ods as practice, f.received_day as day
    from consultations c join request_facts f on f.consultation_id = c.id where c.id >= ? order by c.id limit 1`);
  return Array.from({ length: count }, (_, i) => pick.get(lo + Math.floor(((hi - lo) * (i + 0.5)) / count)) as Drawn);
}

function queryOf(kind: Kind, d: Drawn): string {
  const q = (text: string) => `q=${encodeURIComponent(text)}`;
  switch (kind) {
    case 'reference':
      return q(d.reference!);
    case 'nhs number':
      return q(d.nhs);
    case 'nhs number spaced':
      return q(`${d.nhs.slice(0, 3)} ${d.nhs.slice(3, 6)} ${d.nhs.slice(6)}`);
    case 'family name':
      return q(d.family);
    case 'practice and day':
      return `practice=${d.practice}&from=${d.day}&to=${d.day}`;
  }
}

export async function searchPhase(figures: Figure[], dir: string, config: SearchConfig): Promise<void> {
  section('F. Search over a generated history (HTTP to a hub in this process)');
  if (!config.db || !existsSync(config.db)) throw new Error('BENCH_ONLY=search needs BENCH_STATS_DB: a file made by `npm run seed:history`');
  const t0 = performance.now();
  const file = copyHistory(config.db, mkdtempSync(join(dir, 'search-')));
  const hub = await startHub({ dbPath: file, port: 0 });
  try {
    const shape = hub.db.orm.$client.prepare('select count(*) as requests, count(distinct received_day) as days, count(distinct practice_ods) as practices from request_facts').get() as { requests: number; days: number; practices: number };
    const label = `${shape.requests.toLocaleString('en-GB')} requests, ${shape.days} days, ${shape.practices} practices, ${fmt.mb(statSync(config.db).size)}`;
    detail(`history: ${label} (${config.db}); copied and started in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    const cookie = await coordinatorSession(hub);
    const drawn = draw(hub, WARM_UP + config.runs);
    const samples = new Map(KINDS.map((k) => [k, new Samples()]));
    const all = new Samples();
    const found = new Map(KINDS.map((k) => [k, 0]));
    // One of each kind in turn, so the machine's noise falls on all of them alike.
    for (let i = 0; i < drawn.length; i++) {
      for (const kind of KINDS) {
        const started = performance.now();
        const res = await fetch(`${hub.url}/api/search?${queryOf(kind, drawn[i]!)}`, { headers: { cookie } });
        const body = (await res.json()) as { results?: unknown[] };
        const ms = performance.now() - started;
        if (res.status !== 200) throw new Error(`search ${kind}: ${res.status} ${JSON.stringify(body)}`);
        if (i < WARM_UP) continue;
        samples.get(kind)!.push(ms);
        all.push(ms);
        if ((body.results?.length ?? 0) > 0) found.set(kind, found.get(kind)! + 1);
      }
    }
    for (const kind of KINDS) {
      const s = summarize(samples.get(kind)!.values());
      detail(`F1 ${kind.padEnd(18)} ${fmt.summary(s)}; found someone in ${found.get(kind)} of ${config.runs}`);
      figures.push({ name: `F1. search p95, ${kind}`, target: `< ${SEARCH_TARGET_P95_MS} ms`, measured: fmt.ms(s.p95), pass: s.p95 < SEARCH_TARGET_P95_MS });
    }
    const overall = summarize(all.values());
    detail(`F1 every kind           ${fmt.summary(overall)}`);
    figures.push({ name: `F1. search p95, every kind (over ${label})`, target: `< ${SEARCH_TARGET_P95_MS} ms`, measured: fmt.ms(overall.p95), pass: overall.p95 < SEARCH_TARGET_P95_MS });
  } finally {
    await hub.close();
  }
}

/** A coordinator the bench can sign in as (the history's own staff have passwords nobody holds). */
async function coordinatorSession(hub: Hub): Promise<string> {
  const username = 'bench-search-coordinator';
  if (!hub.db.q.staff.byUsername(username)) {
    hub.db.write(() => hub.db.q.staff.insert({ username, name: 'Bench Coordinator', roles: ['coordinator'], practiceOds: null, passwordHash: hashSecretSync(TEST_PASSWORD) }));
    hub.directory.refresh();
  }
  return signIn(hub.url, username);
}
