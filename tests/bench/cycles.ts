// Hand-off cycles (issue "Routing, hand-offs, working-time SLAs and the liability map"):
// claim → offer to the ANP team → accept by an ANP → complete.
//
// Figure H1, in process: the hub's one command path (`hub.execute` with the real definitions and
// staff actors from the database) against a bare better-sqlite3 transaction per step writing the
// same rows, on separate files with the same schema and pragmas (WAL, synchronous=FULL). The
// bare side's rows per step are not assumed: the bench counts what the hub writes per step
// (inserts by table counts, updates by the columns they set) and makes the bare side write the
// same, then prints both. Sides alternate in rounds so the shared machine's noise falls on both.
//
// The bare side is in cyclesBare.ts; figures H2 and H3, over HTTP, are in cyclesHttp.ts. A diagnostic, not a target, here: the
// command path with several cycles in flight, whose commands share commits (group commit).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startHub, type Hub } from '../../server/app';
import { sha256 } from '../../server/auth/sessions';
import { accept, claim, complete, route } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { ACCOUNTS, PRACTICES, TEST_INTAKE_KEY, intakeBody } from '../helpers/fixtures';
import { bareSide, type StepPlan } from './cyclesBare';
import { breakdown, profileWork, type Breakdown } from './profile';
import { testNhsNumber } from './seed';
import { Samples, summarize, type Summary } from './stats';

/** The steps of one cycle, as processes/cycleClients.ts sends them over HTTP. */
export const STEPS = ['claim', 'route', 'accept', 'complete'] as const;
export type Step = (typeof STEPS)[number];

const WARMUP_CYCLES = 60;
/** Warm-up cycles whose rows are counted step by step (a census per step is a few table scans). */
const CENSUS_CYCLES = 20;

// ---------------------------------------------------------------------------------------------
// Row census: what one step wrote, from counts. Inserts show in row counts; the updates a step
// makes show in the columns they set: the request's version, a hand-off's answer, an interval's end.

const CENSUS_SQL = `select
  (select coalesce(sum(version), 0) from consultations) as consultation,
  (select count(*) from handoffs) as handoffInsert,
  (select count(*) from handoffs where responded_at is not null) as handoffAnswer,
  (select count(*) from liability_intervals where to_at is not null) as liabilityClose,
  (select count(*) from liability_intervals) as liabilityInsert,
  (select count(*) from change_feed) as feed,
  (select count(*) from audit_log) as audit,
  total_changes() as rowsChanged`;
const CENSUS_KEYS = ['consultation', 'handoffInsert', 'handoffAnswer', 'liabilityClose', 'liabilityInsert', 'feed', 'audit', 'rowsChanged'] as const;
export type Census = Record<(typeof CENSUS_KEYS)[number], number>;

export const census = (db: Database.Database): Census => db.prepare(CENSUS_SQL).get() as Census;
const diff = (a: Census, b: Census, per = 1): Census =>
  Object.fromEntries(CENSUS_KEYS.map((k) => [k, Math.round(((b[k] - a[k]) / per) * 100) / 100])) as Census;
const add = (a: Census, b: Census): Census => Object.fromEntries(CENSUS_KEYS.map((k) => [k, a[k] + b[k]])) as Census;
const zero = (): Census => Object.fromEntries(CENSUS_KEYS.map((k) => [k, 0])) as Census;

/** "request 1 · hand-off +1 · liability closed 1 +1 · feed +1 · audit +1 · = 6 rows" */
export function describeCensus(c: Census): string {
  const parts = [`request ${c.consultation}`];
  if (c.handoffInsert || c.handoffAnswer) parts.push(`hand-off${c.handoffInsert ? ` +${c.handoffInsert}` : ''}${c.handoffAnswer ? ` answered ${c.handoffAnswer}` : ''}`);
  parts.push(`liability${c.liabilityClose ? ` closed ${c.liabilityClose}` : ''}${c.liabilityInsert ? ` +${c.liabilityInsert}` : ''}${c.liabilityClose || c.liabilityInsert ? '' : ' –'}`);
  parts.push(`feed +${c.feed}`, `audit +${c.audit}`, `= ${c.rowsChanged} rows`);
  return parts.join(' · ');
}

// ---------------------------------------------------------------------------------------------
// Figure 1, in process.

/** The hub's steps are asynchronous (they settle after their commit); the bare side's are not. */
export type Done = void | Promise<unknown>;

export interface CycleSide {
  /** Runs one whole cycle on the side's i-th request, recording each step's time. */
  cycle(i: number, latency?: Record<Step, Samples>): Done;
  census(): Census;
  /** The side's connection, for WAL diagnostics. */
  sqlite: Database.Database;
  /** Each step alone, for the per-step census. */
  steps(i: number): Record<Step, () => Done>;
}

const newLatency = (): Record<Step, Samples> => ({ claim: new Samples(), route: new Samples(), accept: new Samples(), complete: new Samples() });

export const staffActor = (hub: Hub, username: string): Actor => {
  const s = hub.db.q.staff.byUsername(username)!;
  return { kind: 'staff', id: s.id, name: s.name, roles: s.roles, practiceOds: s.practiceOds };
};

async function hubSide(dir: string, requests: number): Promise<CycleSide & { hub: Hub }> {
  const hub = await startHub({ dbPath: join(dir, 'hub.sqlite'), port: 0 });
  hub.db.write(() => {
    for (const p of PRACTICES) hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) });
    for (const a of ACCOUNTS.filter((a) => a.username === 'coordinator1' || a.username === 'anp1')) {
      hub.db.q.staff.insert({ ...a, practiceOds: null, passwordHash: 'not-used' });
    }
  });
  hub.directory.refresh();
  const coordinator = staffActor(hub, 'coordinator1');
  const anp = staffActor(hub, 'anp1');
  const practice: Actor = { kind: 'integration', id: 'practice:E85001', name: 'Riverside', roles: [], organisationOds: 'E85001' };
  // Submitted together, so they share commits.
  const admitted = await Promise.all(
    Array.from({ length: requests }, (_, i) =>
      hub.admit(intakeBody({ submittedAt: new Date(Date.now() - 3600_000).toISOString(), patient: { nhsNumber: testNhsNumber(i) } }), practice),
    ),
  );
  const ids = admitted.map(({ row }) => {
    if (row.status !== 'queued') throw new Error(`seeded request ${row.id} is ${row.status}, not queued`);
    return row.id;
  });
  const sqlite = hub.db.orm.$client;
  // The four steps as a real client sends them; each returns what the next one needs.
  const state = new Map<number, { version: number; handoffId: number }>();
  const steps = (i: number): Record<Step, () => Promise<void>> => {
    const consultationId = ids[i]!;
    return {
      claim: async () => {
        const { row } = await hub.execute(claim, { actor: coordinator, consultationId, body: {} });
        state.set(i, { version: row.version, handoffId: 0 });
      },
      route: async () => {
        const { row } = await hub.execute(route, {
          actor: coordinator,
          consultationId,
          body: { destination: 'anp', reason: { code: 'protocol_match' }, expectedVersion: state.get(i)!.version },
        });
        state.set(i, { version: row.version, handoffId: row.pendingHandoffId! });
      },
      accept: async () => {
        await hub.execute(accept, { actor: anp, consultationId, body: { handoffId: state.get(i)!.handoffId } });
      },
      complete: async () => {
        await hub.execute(complete, { actor: anp, consultationId, body: { outcome: 'advice_given' } });
        state.delete(i);
      },
    };
  };
  return {
    hub,
    steps,
    async cycle(i, latency) {
      const s = steps(i);
      for (const step of STEPS) {
        const t0 = performance.now();
        await s[step]();
        latency?.[step].push(performance.now() - t0);
      }
    },
    census: () => census(sqlite),
    sqlite,
  };
}

export interface CyclesResult {
  synchronous: 'FULL' | 'OFF';
  cycles: number;
  hub: { cyclesPerSecond: number; latency: Record<Step, Summary> };
  bare: { cyclesPerSecond: number; latency: Record<Step, Summary> };
  ratio: number;
  roundRatios: number[];
  /** Rows written per step (warm-up census) and per cycle (the whole measured run), each side. */
  rowsPerStep: { hub: Record<Step, Census>; bare: Record<Step, Census> };
  rowsPerCycle: { hub: Census; bare: Census };
  /** Pages each step's commit appended to the WAL (what its fsync has to write), each side. */
  walFramesPerStep: { hub: Record<Step, number>; bare: Record<Step, number> };
  sameRows: boolean;
  auditChainOk: boolean;
  anatomy?: { cycles: number } & Breakdown;
}

/**
 * Warm-up cycles with a census around each step; returns the rows each step wrote, averaged, and
 * the pages (WAL frames) its commit appended: the WAL is emptied before each step and its frames
 * counted after, which a passive checkpoint reports.
 */
async function warmWithCensus(side: CycleSide, from: number): Promise<{ rows: Record<Step, Census>; walFrames: Record<Step, number> }> {
  const sums: Record<Step, Census> = { claim: zero(), route: zero(), accept: zero(), complete: zero() };
  const frames: Record<Step, number> = { claim: 0, route: 0, accept: 0, complete: 0 };
  const checkpoint = (mode: 'TRUNCATE' | 'PASSIVE') => (side.sqlite.prepare(`pragma wal_checkpoint(${mode})`).get() as { log: number }).log;
  for (let i = from; i < from + CENSUS_CYCLES; i++) {
    const s = side.steps(i);
    for (const step of STEPS) {
      const c0 = side.census();
      checkpoint('TRUNCATE');
      await s[step]();
      frames[step] += checkpoint('PASSIVE');
      sums[step] = add(sums[step], diff(c0, side.census()));
    }
  }
  for (let i = from + CENSUS_CYCLES; i < from + WARMUP_CYCLES; i++) await side.cycle(i);
  return {
    rows: Object.fromEntries(STEPS.map((s) => [s, diff(zero(), sums[s], CENSUS_CYCLES)])) as Record<Step, Census>,
    walFrames: Object.fromEntries(STEPS.map((s) => [s, frames[s] / CENSUS_CYCLES])) as Record<Step, number>,
  };
}

const sameCensus = (a: Census, b: Census) => CENSUS_KEYS.every((k) => Math.abs(a[k] - b[k]) < 0.01);

/**
 * `cycles` cycles per side in `rounds` alternating rounds (plus warm-up). synchronous=OFF is a
 * diagnostic: it takes the fsync out of both sides, leaving the CPU cost of each path.
 */
export async function measureCycles(
  dir: string,
  options: { cycles: number; rounds: number; synchronous: 'FULL' | 'OFF'; profileCycles?: number },
): Promise<CyclesResult> {
  const perRound = Math.ceil(options.cycles / options.rounds);
  const total = WARMUP_CYCLES + perRound * options.rounds + (options.profileCycles ?? 0);
  const hubS = await hubSide(dir, total);
  let plans: Record<Step, StepPlan> | undefined;
  const bareS = bareSide(dir, hubS.hub, () => plans!);
  try {
    if (options.synchronous === 'OFF') {
      hubS.hub.db.orm.$client.pragma('synchronous = OFF');
      bareS.db.pragma('synchronous = OFF');
    }
    // Warm both paths; the hub's warm-up also says which rows each step writes.
    const hubWarm = await warmWithCensus(hubS, 0);
    const hubSteps = hubWarm.rows;
    await new Promise((resolve) => setImmediate(resolve));
    plans = Object.fromEntries(
      STEPS.map((s) => [
        s,
        {
          handoffInsert: hubSteps[s].handoffInsert >= 0.99,
          handoffAnswer: hubSteps[s].handoffAnswer >= 0.99,
          liabilityClose: hubSteps[s].liabilityClose >= 0.99,
          liabilityInsert: hubSteps[s].liabilityInsert >= 0.99,
        },
      ]),
    ) as Record<Step, StepPlan>;
    const bareWarm = await warmWithCensus(bareS, 0);
    const bareSteps = bareWarm.rows;

    const before = { hub: hubS.census(), bare: bareS.census() };
    const time = { hub: 0, bare: 0 };
    const latency = { hub: newLatency(), bare: newLatency() };
    const roundRatios: number[] = [];
    let next = WARMUP_CYCLES;
    for (let r = 0; r < options.rounds; r++) {
      const roundTime = { hub: 0, bare: 0 };
      const order = r % 2 === 0 ? (['hub', 'bare'] as const) : (['bare', 'hub'] as const);
      for (const side of order) {
        const s = side === 'hub' ? hubS : bareS;
        const t0 = performance.now();
        for (let i = next; i < next + perRound; i++) {
          const pending = s.cycle(i, latency[side]);
          if (pending) await pending;
        }
        // The hub broadcasts on the next turn of the event loop: let it, inside the timed region.
        if (side === 'hub') await new Promise((resolve) => setImmediate(resolve));
        roundTime[side] = performance.now() - t0;
        time[side] += roundTime[side];
      }
      roundRatios.push(roundTime.bare / roundTime.hub);
      next += perRound;
    }
    const cycles = next - WARMUP_CYCLES;
    const rowsPerCycle = { hub: diff(before.hub, hubS.census(), cycles), bare: diff(before.bare, bareS.census(), cycles) };
    const anatomy = options.profileCycles ? await profileCycles(hubS, next, options.profileCycles) : undefined;
    const hubRate = cycles / (time.hub / 1000);
    const bareRate = cycles / (time.bare / 1000);
    const summaries = (l: Record<Step, Samples>) => Object.fromEntries(STEPS.map((s) => [s, summarize(l[s].values())])) as Record<Step, Summary>;
    return {
      synchronous: options.synchronous,
      cycles,
      hub: { cyclesPerSecond: hubRate, latency: summaries(latency.hub) },
      bare: { cyclesPerSecond: bareRate, latency: summaries(latency.bare) },
      ratio: hubRate / bareRate,
      roundRatios,
      rowsPerStep: { hub: hubSteps, bare: bareSteps },
      rowsPerCycle,
      walFramesPerStep: { hub: hubWarm.walFrames, bare: bareWarm.walFrames },
      sameRows: STEPS.every((s) => sameCensus(hubSteps[s], bareSteps[s])) && sameCensus(rowsPerCycle.hub, rowsPerCycle.bare),
      auditChainOk: hubS.hub.db.q.audit.verify().ok,
      anatomy,
    };
  } finally {
    bareS.db.close();
    await hubS.hub.close();
  }
}

const LIBRARY_STAGES = new Set(['transaction', 'transition', 'createActor', 'emit', 'safeParse', '(garbage collector)']);

async function profileCycles(side: CycleSide, from: number, cycles: number): Promise<NonNullable<CyclesResult['anatomy']>> {
  const { functions } = await profileWork(async () => {
    for (let i = from; i < from + cycles; i++) await side.cycle(i);
  });
  await new Promise((resolve) => setImmediate(resolve));
  return { cycles, ...breakdown(functions, cycles, LIBRARY_STAGES, 2) };
}

/**
 * A diagnostic for the H1/H2 findings, not a target: the hub's command path with `inFlight`
 * cycles side by side, as concurrent clients' would be. Their commands reach the executor in the
 * same turn of the event loop, so they share a commit (group commit); 1 is one command at a time.
 */
export async function measureCyclesInFlight(dir: string, options: { cycles: number; inFlight: number[] }) {
  const hubS = await hubSide(dir, WARMUP_CYCLES + options.cycles * options.inFlight.length);
  try {
    let next = 0;
    const run = async (cycles: number, inFlight: number) => {
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          for (let done = 0; done < cycles / inFlight; done++) await hubS.cycle(next++);
        }),
      );
      return cycles / ((performance.now() - t0) / 1000);
    };
    await run(WARMUP_CYCLES, 1);
    const rates: { inFlight: number; cyclesPerSecond: number }[] = [];
    for (const inFlight of options.inFlight) rates.push({ inFlight, cyclesPerSecond: await run(options.cycles, inFlight) });
    return rates;
  } finally {
    await hubS.hub.close();
  }
}
