// Figure 4 (issue "Routing, hand-offs, working-time SLAs and the liability map"): the liability
// map of one request with a long history (50 hand-offs), over real HTTP from this process to the
// hub's own process: GET /api/consultations/:id/liability (every interval and hand-off) and
// GET …/liability?at=ISO (the one interval in force at an instant), sequential, after a warm-up.
// The history is built through the hub's command path with a clock stepping a minute per command,
// so that each interval spans real time and lookups at an instant land all over the map.
import { Agent, request } from 'node:http';
import { openDatabase } from '../../db/open';
import type { Hub } from '../../server/app';
import { accept, claim, complete, decline, handBack, route } from '../../server/commands';
import { toInterval } from '../../server/routes/liability';
import { toHandoffView } from '../../server/views/queueItem';
import type { Actor } from '../../shared/lifecycle/events';
import { intakeBody } from '../helpers/fixtures';
import { testNhsNumber } from './seed';
import { median, summarize, type Summary } from './stats';

export interface LiabilityHistory {
  id: number;
  handoffs: number;
  intervals: number;
  /** The request's life: from intake to the last command (epoch ms). */
  from: number;
  to: number;
}

const MINUTE = 60_000;

/**
 * One request offered to the ANP team `handoffs` times: claim → offer → decline, or claim → offer
 * → accept → hand back, alternately; the last offer is accepted and completed. Each command is a
 * minute after the one before. `clock` is the hub's clock, pinned while this runs.
 */
export async function buildLiabilityHistory(
  hub: Hub,
  clock: { pin(t: number | undefined): void },
  options: { handoffs: number; coordinator: Actor; anp: Actor },
): Promise<LiabilityHistory> {
  const { coordinator, anp } = options;
  const from = Date.now() - (options.handoffs * 5 + 10) * MINUTE;
  let t = from;
  const tick = () => clock.pin((t += MINUTE));
  clock.pin(t);
  try {
    // One command at a time, each committed before the clock moves on.
    const practice: Actor = { kind: 'integration', id: 'practice:E85001', name: 'Riverside Test Surgery', roles: [], organisationOds: 'E85001' };
    const { row } = await hub.admit(intakeBody({ submittedAt: new Date(t - 5 * MINUTE).toISOString(), patient: { nhsNumber: testNhsNumber(987_654) } }), practice);
    const consultationId = row.id;
    if (row.status !== 'queued') throw new Error(`liability request is ${row.status}, not queued`);
    for (let k = 0; k < options.handoffs; k++) {
      tick();
      const claimed = await hub.execute(claim, { actor: coordinator, consultationId, body: {} });
      tick();
      const routed = await hub.execute(route, {
        actor: coordinator,
        consultationId,
        body: { destination: 'anp', reason: { code: 'protocol_match' }, expectedVersion: claimed.row.version },
      });
      const handoffId = routed.row.pendingHandoffId!;
      tick();
      if (k === options.handoffs - 1) {
        await hub.execute(accept, { actor: anp, consultationId, body: { handoffId } });
        tick();
        await hub.execute(complete, { actor: anp, consultationId, body: { outcome: 'advice_given' } });
      } else if (k % 2 === 0) {
        await hub.execute(decline, { actor: anp, consultationId, body: { handoffId, reason: 'Needs a GP face-to-face assessment' } });
      } else {
        await hub.execute(accept, { actor: anp, consultationId, body: { handoffId } });
        tick();
        await hub.execute(handBack, { actor: anp, consultationId, body: { reason: 'Needs the practice nurse for a dressing, not an ANP' } });
      }
    }
    return {
      id: consultationId,
      handoffs: hub.db.q.handoffs.forConsultation(consultationId).length,
      intervals: hub.db.q.liability.all(consultationId).length,
      from,
      to: t,
    };
  } finally {
    clock.pin(undefined);
  }
}

function get(agent: Agent, url: string, cookie: string): Promise<{ status: number; bytes: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, bytes: body.length, body: body.toString() });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface LiabilityLookupResult {
  /** The whole map: every interval and hand-off. */
  all: { latency: Summary; bytes: number; intervals: number; handoffs: number };
  /** The interval in force at an instant spread over the request's life. */
  at: { latency: Summary; bytes: number; distinctIntervals: number };
}

// A deterministic generator, so every run asks for the same instants.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export async function measureLiabilityLookup(
  url: string,
  cookie: string,
  history: LiabilityHistory,
  options: { warmup: number; runs: number },
): Promise<LiabilityLookupResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const path = `${url}/api/consultations/${history.id}/liability`;
    const timed = async (target: string) => {
      const t0 = performance.now();
      const res = await get(agent, target, cookie);
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`GET ${target}: ${res.status} ${res.body.slice(0, 200)}`);
      return { ms, res };
    };
    for (let i = 0; i < options.warmup; i++) await timed(path);
    const allTimes: number[] = [];
    let last = '';
    let bytes = 0;
    for (let i = 0; i < options.runs; i++) {
      const { ms, res } = await timed(path);
      allTimes.push(ms);
      last = res.body;
      bytes = res.bytes;
    }
    const map = JSON.parse(last) as { intervals: unknown[]; handoffs: unknown[] };

    const random = rng(20261125);
    const instant = () => new Date(history.from + Math.floor(random() * (history.to - history.from))).toISOString();
    for (let i = 0; i < options.warmup; i++) await timed(`${path}?at=${instant()}`);
    const atTimes: number[] = [];
    const seen = new Set<string>();
    let atBytes = 0;
    for (let i = 0; i < options.runs; i++) {
      const { ms, res } = await timed(`${path}?at=${instant()}`);
      atTimes.push(ms);
      atBytes = Math.max(atBytes, res.bytes);
      seen.add(JSON.stringify((JSON.parse(res.body) as { interval: { from: string } }).interval.from));
    }
    return {
      all: { latency: summarize(allTimes), bytes, intervals: map.intervals.length, handoffs: map.handoffs.length },
      at: { latency: summarize(atTimes), bytes: atBytes, distinctIntervals: seen.size },
    };
  } finally {
    agent.destroy();
  }
}

/** Medians (ms) of the pieces of one whole-map answer, in this process on the same file. */
export function liabilityAnatomy(dbPath: string, history: LiabilityHistory) {
  const { id } = history;
  const db = openDatabase(dbPath);
  try {
    const time = (work: () => unknown, n = 200) => {
      for (let i = 0; i < 20; i++) work();
      const samples: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        work();
        samples.push(performance.now() - t0);
      }
      return median(samples);
    };
    const body = () => ({
      consultationId: id,
      intervals: db.q.liability.all(id).map(toInterval),
      handoffs: db.q.handoffs.forConsultation(id).map(toHandoffView),
    });
    return {
      intervalsQuery: time(() => db.q.liability.all(id)),
      handoffsQuery: time(() => db.q.handoffs.forConsultation(id)),
      wholeBody: time(body),
      stringify: time(() => JSON.stringify(body())) - time(body),
      atQuery: time(() => db.q.liability.at(id, Math.floor((history.from + history.to) / 2))),
    };
  } finally {
    db.close();
  }
}
