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
// Figures H2 and H3, over HTTP, are in cyclesHttp.ts. A diagnostic, not a target, here: the
// command path with several cycles in flight, whose commands share commits (group commit).
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { startHub, type Hub } from '../../server/app';
import { sha256 } from '../../server/auth/sessions';
import { accept, claim, complete, route } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { ACCOUNTS, PRACTICES, TEST_INTAKE_KEY, intakeBody } from '../helpers/fixtures';
import { breakdown, profileWork, type Breakdown } from './profile';
import { testNhsNumber } from './seed';
import { Samples, summarize, type Summary } from './stats';

/** The steps of one cycle, as processes/cycleClients.ts sends them over HTTP. */
export const STEPS = ['claim', 'route', 'accept', 'complete'] as const;
export type Step = (typeof STEPS)[number];

const GENESIS = '0'.repeat(64);
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

const census = (db: Database.Database): Census => db.prepare(CENSUS_SQL).get() as Census;
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
type Done = void | Promise<unknown>;

interface CycleSide {
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

/** Which rows the bare side writes in a step: what the census saw the hub write in it. */
interface StepPlan {
  handoffInsert: boolean;
  handoffAnswer: boolean;
  liabilityClose: boolean;
  liabilityInsert: boolean;
}

function bareSide(dir: string, source: Hub, plans: () => Record<Step, StepPlan>): CycleSide & { db: Database.Database } {
  const src = source.db.orm.$client;
  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // The hub's schema as migrated, tables then indexes (the partial open-interval index included).
  const schema = src
    .prepare("select sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name not like '__drizzle%' order by type desc")
    .all() as { sql: string }[];
  for (const { sql } of schema) db.exec(sql);
  for (const table of ['staff', 'consultations', 'liability_intervals']) {
    const rows = src.prepare(`select * from ${table} order by rowid`).all() as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const cols = Object.keys(rows[0]!);
    const insert = db.prepare(`insert into ${table} (${cols.join(',')}) values (${cols.map((c) => `@${c}`).join(',')})`);
    db.transaction(() => rows.forEach((r) => insert.run(r)))();
  }
  const ids = (db.prepare("select id from consultations where status = 'queued' order by id").all() as { id: number }[]).map((r) => r.id);
  const staff = (username: string) => db.prepare('select id, name from staff where username = ?').get(username) as { id: number; name: string };
  const coordinator = staff('coordinator1');
  const anp = staff('anp1');

  type Row = Record<string, unknown> & { id: number; status: string; version: number; claimed_by: number | null; assignee_id: number | null; pending_destination: string | null; red_flags: string; first_action_at: number | null };
  const load = db.prepare('select * from consultations where id = ?');
  // Every lifecycle column the hub's one prepared update sets (SQLite maintains each index that
  // holds a column named in SET, changed or not, so the list matters).
  const LIFECYCLE = ['status', 'version', 'claimed_by', 'lease_expires_at', 'assignee_id', 'pending_destination', 'pending_organisation_ods', 'pending_handoff_id', 'red_flags', 'priority', 'returned_because', 'first_action_at', 'sla_breaches', 'closed_at', 'outcome', 'updated_at'];
  const present = new Set((db.prepare('select name from pragma_table_info(?)').all('consultations') as { name: string }[]).map((c) => c.name));
  const setColumns = LIFECYCLE.filter((c) => present.has(c));
  const update = db.prepare(`update consultations set ${setColumns.map((c) => `${c} = @${c}`).join(', ')} where id = @id and version = @expectedVersion`);
  const insertHandoff = db.prepare(
    'insert into handoffs (consultation_id, destination, details, reason_code, reason_text, suggestion_followed, offered_by_id, offered_by_name, offered_at, expires_at, status) values (?, ?, ?, ?, null, null, ?, ?, ?, ?, ?) returning id',
  );
  const answerHandoff = db.prepare(
    "update handoffs set status = ?, responded_by_id = ?, responded_by_name = ?, responded_at = ?, response_reason = null where id = ? and status = 'offered'",
  );
  const openInterval = db.prepare('select * from liability_intervals where consultation_id = ? and to_at is null');
  const closeInterval = db.prepare('update liability_intervals set to_at = ? where consultation_id = ? and to_at is null');
  const openNext = db.prepare(
    'insert into liability_intervals (consultation_id, from_at, to_at, owner_kind, owner_id, owner_name, accountable_kind, accountable_id, accountable_name, basis) values (?, ?, null, ?, ?, ?, ?, ?, ?, ?)',
  );
  const feed = db.prepare('insert into change_feed (consultation_id, type, actor_id, payload, at) values (?, ?, ?, ?, ?) returning seq');
  const lastHash = db.prepare('select hash from audit_log order by id desc limit 1');
  const audit = db.prepare(
    'insert into audit_log (at, actor_id, actor_role, action, consultation_id, before, after, reason, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const auditState = (r: Row) =>
    JSON.stringify({ status: r.status, version: r.version, claimedBy: r.claimed_by, assigneeId: r.assignee_id, pendingDestination: r.pending_destination, redFlags: JSON.parse(r.red_flags) });
  const basis = 'hub protocol CN v3 signed off by the GP clinical lead';

  /** One step's transaction body: load, the step's own writes, the request row, liability, feed, audit. */
  const step = (
    name: Step,
    actor: { id: number; name: string; role: string },
    change: (before: Row, now: number, handoffId: number | null) => Partial<Row>,
    liability: (now: number, handoffId: number | null) => [string, string, string, string, string, string, string],
    reason: string | null,
  ) =>
    db.transaction((id: number, handoffId: number | null): number | null => {
      const plan = plans()[name];
      const now = Date.now();
      const before = load.get(id) as Row;
      let hid = handoffId;
      if (plan.handoffInsert) {
        hid = (insertHandoff.get(id, 'anp', '{}', 'protocol_match', String(actor.id), actor.name, now, now + 30 * 60_000, 'offered') as { id: number }).id;
      }
      if (plan.handoffAnswer && answerHandoff.run('accepted', String(actor.id), actor.name, now, hid).changes !== 1) throw new Error('already answered');
      const after = { ...before, ...change(before, now, hid), version: before.version + 1, updated_at: now } as Row;
      const params = Object.fromEntries(setColumns.map((c) => [c, after[c]]));
      if (update.run({ ...params, id, expectedVersion: before.version }).changes !== 1) throw new Error('stale version');
      if (plan.liabilityClose) {
        openInterval.get(id);
        closeInterval.run(now, id);
      }
      if (plan.liabilityInsert) openNext.run(id, now, ...liability(now, hid));
      feed.get(id, name, String(actor.id), JSON.stringify({ status: after.status, version: after.version }), now);
      const prevHash = (lastHash.get() as { hash: string } | undefined)?.hash ?? GENESIS;
      const entry = [now, String(actor.id), actor.role, name, id, auditState(before), auditState(after), reason] as const;
      audit.run(...entry, prevHash, createHash('sha256').update(JSON.stringify([prevHash, ...entry])).digest('hex'));
      return hid;
    });

  const asCoordinator = { ...coordinator, role: 'coordinator' };
  const asAnp = { ...anp, role: 'anp' };
  const tx = {
    claim: step(
      'claim',
      asCoordinator,
      (_b, now) => ({ status: 'in_triage', claimed_by: coordinator.id, lease_expires_at: now + 600_000 }),
      () => ['person', String(coordinator.id), coordinator.name, 'role', 'duty_clinician', 'Hub duty clinician', `claimed for triage by ${coordinator.name} (care coordinator); ${basis}`],
      null,
    ),
    route: step(
      'route',
      asCoordinator,
      (b, now, hid) => ({
        status: 'offered',
        claimed_by: null,
        lease_expires_at: null,
        pending_destination: 'anp',
        pending_handoff_id: hid,
        first_action_at: b.first_action_at ?? now,
        returned_because: null,
      }),
      (_now, hid) => ['team', 'anp', 'ANP team', 'role', 'duty_clinician', 'Hub duty clinician', `offered to ANP team in hand-off #${hid}; Hub duty clinician accountable until it is accepted`],
      'anp: protocol_match',
    ),
    accept: step(
      'accept',
      asAnp,
      () => ({ status: 'with_clinician', assignee_id: anp.id, pending_destination: null, pending_handoff_id: null, returned_because: null }),
      (_now, hid) => ['person', String(anp.id), anp.name, 'person', String(anp.id), anp.name, `accepted hand-off #${hid}`],
      null,
    ),
    complete: step(
      'complete',
      asAnp,
      (_b, now) => ({ status: 'closed', assignee_id: anp.id, closed_at: now, outcome: 'advice_given' }),
      () => ['', '', '', '', '', '', ''],
      'advice_given',
    ),
  };
  const handoffOf = new Map<number, number | null>();
  const steps = (i: number): Record<Step, () => void> => {
    const id = ids[i]!;
    return {
      claim: () => void tx.claim.immediate(id, null),
      route: () => void handoffOf.set(i, tx.route.immediate(id, null)),
      accept: () => void tx.accept.immediate(id, handoffOf.get(i) ?? null),
      complete: () => {
        tx.complete.immediate(id, null);
        handoffOf.delete(i);
      },
    };
  };
  return {
    db,
    steps,
    cycle(i, latency) {
      const s = steps(i);
      for (const name of STEPS) {
        const t0 = performance.now();
        s[name]();
        latency?.[name].push(performance.now() - t0);
      }
    },
    census: () => census(db),
    sqlite: db,
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
