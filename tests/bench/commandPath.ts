// Figure 3: claims and releases through the hub's one command path, in process, against a bare
// better-sqlite3 transaction writing the same rows in BEGIN IMMEDIATE: the consultation row
// (version-checked update), a change-feed row, a hash-chained audit row, and — because the
// command path now also moves the liability map — the same liability-interval close + insert,
// when the bench sees the hub write them. Separate database files, same schema (copied from
// the hub's migrated file), same pragmas (WAL, synchronous=FULL). The two sides alternate in
// rounds so that the shared machine's noise falls on both alike.
import Database from 'better-sqlite3';
import { bareCopyOf } from './bareCopy';
import { bareWrites } from './bareWrites';
import { join } from 'node:path';
import { startHub, type Hub } from '../../server/app';
import { sha256 } from '../../server/auth/sessions';
import { claim, release } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { ACCOUNTS, PRACTICES, TEST_INTAKE_KEY, intakeBody } from '../helpers/fixtures';
import { breakdown, profileWork, type Breakdown } from './profile';
import { Samples, summarize, type Summary } from './stats';

const REQUESTS = 100;
const WARMUP_OPS = 200;
const TABLES = ['change_feed', 'audit_log', 'liability_intervals'] as const;
type Counts = Record<(typeof TABLES)[number], number>;

export interface CommandPathResult {
  synchronous: 'FULL' | 'OFF';
  ops: number;
  hub: { opsPerSecond: number; latency: Summary };
  raw: { opsPerSecond: number; latency: Summary };
  ratio: number;
  roundRatios: number[];
  /** Rows each side wrote per command, per table, as counted after the run. */
  rowsPerOp: { hub: Counts; raw: Counts };
  rawWritesLiability: boolean;
  auditChainOk: boolean;
  /** Where the hub's time per command goes (a CPU profile of further hub-only commands). */
  anatomy?: {
    ops: number;
    stages: Breakdown['stages'];
    /** Self time per command by owner (package, e-hub code, native SQLite, GC); sums to the total. */
    owners: Breakdown['owners'];
  };
}

interface Side {
  /** Runs claim (even i) or release (odd i) of request i/2 mod REQUESTS; throws on refusal. */
  op(i: number): void | Promise<unknown>;
  counts(): Counts;
}

const countRows = (db: Database.Database): Counts =>
  Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n])) as Counts;

async function hubSide(dir: string): Promise<Side & { hub: Hub }> {
  const hub = await startHub({ dbPath: join(dir, 'hub.sqlite'), port: 0 });
  const account = ACCOUNTS[0]!;
  hub.db.write(() => {
    for (const p of PRACTICES) hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) });
    hub.db.q.staff.insert({ ...account, practiceOds: null, passwordHash: 'not-used' });
  });
  hub.directory.refresh();
  const staff = hub.db.q.staff.byUsername(account.username)!;
  const actor: Actor = { kind: 'staff', id: staff.id, name: staff.name, roles: staff.roles, practiceOds: null };
  const practice: Actor = { kind: 'integration', id: 'practice:E85001', name: 'Riverside', roles: [], organisationOds: 'E85001' };
  // Submitted together, so they share one commit.
  const ids = (await Promise.all(Array.from({ length: REQUESTS }, () => hub.admit(intakeBody(), practice)))).map((c) => c.row.id);
  return {
    hub,
    op(i) {
      const consultationId = ids[Math.floor(i / 2) % REQUESTS]!;
      // One command in flight at a time, as the bare side runs one transaction at a time.
      return hub.execute(i % 2 === 0 ? claim : release, { actor, consultationId, body: {} });
    },
    counts: () => countRows(hub.db.orm.$client),
  };
}

/** The same schema and starting rows as the hub's file, written with nothing but better-sqlite3. */
function rawSide(dir: string, source: Hub, writeLiability: () => boolean): Side & { db: Database.Database } {
  const db = bareCopyOf(source, join(dir, 'raw.sqlite'), ['consultations', 'liability_intervals']);
  const ids = (db.prepare('select id from consultations order by id').all() as { id: number }[]).map((r) => r.id);

  const load = db.prepare('select * from consultations where id = ?');
  const writes = bareWrites(db);
  const state = (r: { status: string; version: number; claimed_by: number | null }) =>
    JSON.stringify({ status: r.status, version: r.version, claimedBy: r.claimed_by, assigneeId: null, pendingDestination: null, redFlags: [] });
  const basis = 'hub protocol CN v3 signed off by the GP clinical lead';

  const write = db.transaction((id: number, isClaim: boolean) => {
    const now = Date.now();
    const before = load.get(id) as Record<string, unknown> & { status: string; version: number; claimed_by: number | null };
    const after = { status: isClaim ? 'in_triage' : 'queued', version: before.version + 1, claimed_by: isClaim ? 1 : null };
    const row = { ...before, ...after, lease_expires_at: isClaim ? now + 600_000 : null, updated_at: now };
    writes.writeLifecycle(row, id, before.version);
    const action = isClaim ? 'claim' : 'release';
    if (writeLiability()) {
      writes.moveLiability(
        id,
        now,
        isClaim
          ? ['person', '1', 'Coordinator 1', 'role', 'duty_clinician', 'Hub duty clinician', `claimed for triage by Coordinator 1 (care coordinator); ${basis}`]
          : ['team', 'hub_queue', 'Hub triage queue', 'role', 'duty_clinician', 'Hub duty clinician', `released to the queue by Coordinator 1; ${basis}`],
      );
    }
    writes.record({ id, type: action, actorId: '1', actorRole: 'coordinator', status: after.status, version: after.version, before: state(before), after: state(after), reason: null, now });
  });

  return {
    db,
    op(i) {
      write.immediate(ids[Math.floor(i / 2) % ids.length]!, i % 2 === 0);
    },
    counts: () => countRows(db),
  };
}

const perOp = (a: Counts, b: Counts, ops: number) =>
  Object.fromEntries(TABLES.map((t) => [t, Math.round(((b[t] - a[t]) / ops) * 100) / 100])) as Counts;

/**
 * Runs `pairs` claim+release pairs on each side, alternating in `rounds` rounds.
 * synchronous=OFF is a diagnostic: it takes the fsync out, leaving the CPU cost of each path.
 */
export async function measureCommandPath(
  dir: string,
  options: { pairs: number; rounds: number; synchronous: 'FULL' | 'OFF'; profileOps?: number },
): Promise<CommandPathResult> {
  const hubS = await hubSide(dir);
  let liability = false;
  const rawS = rawSide(dir, hubS.hub, () => liability);
  try {
    if (options.synchronous === 'OFF') {
      hubS.hub.db.orm.$client.pragma('synchronous = OFF');
      rawS.db.pragma('synchronous = OFF');
    }
    // Warm both paths (JIT, statement caches, WAL growth); the hub's warm-up also shows which
    // rows a claim or release writes, so the raw side can write the same.
    const w0 = hubS.counts();
    for (let i = 0; i < WARMUP_OPS; i++) await hubS.op(1_000_000 + i);
    liability = perOp(w0, hubS.counts(), WARMUP_OPS).liability_intervals >= 0.99;
    for (let i = 0; i < WARMUP_OPS; i++) rawS.op(1_000_000 + i);

    const before = { hub: hubS.counts(), raw: rawS.counts() };
    const perRound = Math.ceil((options.pairs * 2) / options.rounds / 2) * 2;
    const time = { hub: 0, raw: 0 };
    const latency = { hub: new Samples(), raw: new Samples() };
    const roundRatios: number[] = [];
    let next = 0;
    for (let r = 0; r < options.rounds; r++) {
      const roundTime = { hub: 0, raw: 0 };
      // Alternate which side goes first, so neither always runs in the other's wake.
      const order = r % 2 === 0 ? (['hub', 'raw'] as const) : (['raw', 'hub'] as const);
      for (const side of order) {
        const s = side === 'hub' ? hubS : rawS;
        const t0 = performance.now();
        for (let i = next; i < next + perRound; i++) {
          const o0 = performance.now();
          const pending = s.op(i);
          if (pending) await pending;
          latency[side].push(performance.now() - o0);
        }
        // The hub broadcasts on the next turn of the event loop: let it, inside the timed region,
        // so deferred work is counted rather than pushed past the stopwatch.
        if (side === 'hub') await new Promise((resolve) => setImmediate(resolve));
        roundTime[side] = performance.now() - t0;
        time[side] += roundTime[side];
      }
      roundRatios.push(roundTime.raw / roundTime.hub);
      next += perRound;
    }
    const ops = next;
    const rowsPerOp = { hub: perOp(before.hub, hubS.counts(), ops), raw: perOp(before.raw, rawS.counts(), ops) };
    const anatomy = options.profileOps ? await profileHub(hubS, next, options.profileOps) : undefined;
    const hubRate = ops / (time.hub / 1000);
    const rawRate = ops / (time.raw / 1000);
    return {
      synchronous: options.synchronous,
      ops,
      hub: { opsPerSecond: hubRate, latency: summarize(latency.hub.values()) },
      raw: { opsPerSecond: rawRate, latency: summarize(latency.raw.values()) },
      ratio: hubRate / rawRate,
      roundRatios,
      rowsPerOp,
      rawWritesLiability: liability,
      auditChainOk: hubS.hub.db.q.audit.verify().ok,
      anatomy,
    };
  } finally {
    rawS.db.close();
    await hubS.hub.close();
  }
}

// Stages worth naming even though they live in libraries: the transaction wrapper (its self time
// is BEGIN + COMMIT, fsync included), its per-call construction, the machine, the broadcast.
const LIBRARY_STAGES = new Set(['sqliteTransaction', 'transaction', 'transition', 'createActor', 'emit', '(garbage collector)']);

async function profileHub(side: Side, from: number, ops: number): Promise<NonNullable<CommandPathResult['anatomy']>> {
  const { functions } = await profileWork(async () => {
    for (let i = from; i < from + ops; i++) await side.op(i);
  });
  return { ops, ...breakdown(functions, ops, LIBRARY_STAGES, 0.5) };
}
