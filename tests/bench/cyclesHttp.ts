// Hand-off cycles over HTTP (figures H2 and H3): seeding the hub's database, asking the client
// process to run closed-loop or paced cycles, the HTTP floor, and a CPU profile of the HTTP path.
import type { Admitted } from '../../server/commands/admit';
import { startHub } from '../../server/app';
import { hashSecretSync } from '../../server/auth/passwords';
import { sha256 } from '../../server/auth/sessions';
import type { Clock } from '../../server/clock';
import type { Actor } from '../../shared/lifecycle/events';
import { ACCOUNTS, PHARMACIES, PRACTICES, TEST_INTAKE_KEY, TEST_PASSWORD, intakeBody } from '../helpers/fixtures';
import type { BenchChild } from './ipc';
import { buildLiabilityHistory, type LiabilityHistory } from './liabilityLookup';
import { STEPS, staffActor, type Step } from './cycles';
import { startStealMeter } from './machine';
import { ownerOf } from './profile';
import { testNhsNumber } from './seed';
import { summarize, type Summary } from './stats';

// ---------------------------------------------------------------------------------------------
// Seeding the hub's database for the HTTP figures: N queued, unflagged clinical requests through
// the hub's admission path (batched in outer transactions; the inner ones become savepoints),
// the staff, and one request with a long hand-off history for the liability lookup.

export interface CycleSeed {
  queuedIds: number[];
  liability: LiabilityHistory;
  seconds: number;
}

export async function seedCycleHub(dbPath: string, options: { requests: number; liabilityHandoffs: number }): Promise<CycleSeed> {
  const started = performance.now();
  // The system clock, except while the liability history is built: its steps are a minute apart,
  // so that lookups at an instant land in distinct intervals.
  let pinned: number | undefined;
  const clock: Clock & { pin(t: number | undefined): void } = { now: () => pinned ?? Date.now(), pin: (t) => (pinned = t) };
  const hub = await startHub({ dbPath, port: 0, clock });
  try {
    const passwordHash = hashSecretSync(TEST_PASSWORD);
    hub.db.write(() => {
      for (const p of PRACTICES) hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) });
      for (const p of PHARMACIES) hub.db.q.practices.insertPharmacy({ ...p, integrationKeyHash: sha256(`key-${p.ods}`) });
      for (const a of ACCOUNTS) hub.db.q.staff.insert({ ...a, practiceOds: a.practiceOds ?? null, passwordHash });
    });
    hub.directory.refresh();
    const liability = await buildLiabilityHistory(hub, clock, {
      handoffs: options.liabilityHandoffs,
      coordinator: staffActor(hub, 'coordinator20'),
      anp: staffActor(hub, 'anp2'),
    });

    const now = Date.now();
    const queuedIds: number[] = [];
    const BATCH = 1000;
    for (let start = 0; start < options.requests; start += BATCH) {
      // Submitted together, so they share commits (group commit).
      const admitted: Promise<Admitted>[] = [];
      for (let i = start; i < Math.min(options.requests, start + BATCH); i++) {
        const practice = PRACTICES[i % 2]!;
        const body = intakeBody({
          practiceOds: practice.ods,
          submittedAt: new Date(now - ((i * 7919) % (4 * 3600_000))).toISOString(),
          patient: {
            nhsNumber: testNhsNumber(i),
            givenName: ['Olivia', 'Noah', 'Amelia', 'George'][i % 4]!,
            familyName: ['Smith', 'Patel', 'Jones', 'Khan', 'Evans'][i % 5]!,
            birthDate: `${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
            sex: i % 2 ? 'female' : 'male',
          },
        });
        const actor: Actor = { kind: 'integration', id: `practice:${practice.ods}`, name: practice.name, roles: [], organisationOds: practice.ods };
        admitted.push(hub.admit(body, actor));
      }
      for (const { row } of await Promise.all(admitted)) if (row.status === 'queued' && row.redFlags.length === 0) queuedIds.push(row.id);
    }
    return { queuedIds, liability, seconds: (performance.now() - started) / 1000 };
  } finally {
    await hub.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Figures 2 and 3: ask the client process to run, and the hub's process how busy it was.

export interface HttpCyclesResult {
  mode: 'throughput' | 'paced';
  cycles: number;
  cyclesPerSecond: number;
  commandsPerSecond: number;
  latency: Record<Step, Summary>;
  all: Summary;
  errors: Record<string, number>;
  ranOut: boolean;
  /** Share of one core the hub process used, and the clients' process, during the run. */
  hubCpuShare: number;
  clientCpuShare: number;
  /** Changes per committed transaction in the hub during the run (group commit). */
  changesPerCommit: number;
  /** Share of the machine's CPU time the hypervisor took for other guests during the run. */
  stealShare: number | undefined;
  /** Paced only: how late each cycle's claim was sent against its schedule. */
  lag?: Summary;
  maxInflight?: number;
  workers?: number;
  targetRate?: number;
}

interface ClientRun {
  cycles: number;
  commands: number;
  latency: Record<Step, Float64Array>;
  errors: Record<string, number>;
  windowMs: number;
  ranOut: boolean;
  clientCpuShare: number;
  lag?: Float64Array;
  maxInflight?: number;
}

type CommitStats = { transactions: number; changes: number };

async function timedOnHub(hub: BenchChild, run: () => Promise<ClientRun>) {
  const [cpu0, commits0] = [await hub.call<NodeJS.CpuUsage>('cpu'), await hub.call<CommitStats>('commits')];
  const t0 = performance.now();
  const steal = startStealMeter();
  const r = await run();
  const stealShare = steal.read();
  const [cpu1, commits1] = [await hub.call<NodeJS.CpuUsage>('cpu'), await hub.call<CommitStats>('commits')];
  const wallMs = performance.now() - t0;
  const hubCpuShare = (cpu1.user - cpu0.user + cpu1.system - cpu0.system) / 1000 / wallMs;
  const changesPerCommit = (commits1.changes - commits0.changes) / Math.max(1, commits1.transactions - commits0.transactions);
  return { r, hubCpuShare, changesPerCommit, stealShare };
}

type HubSide = Awaited<ReturnType<typeof timedOnHub>>;

function toHttpResult(mode: HttpCyclesResult['mode'], { r, hubCpuShare, changesPerCommit, stealShare }: HubSide): HttpCyclesResult {
  const every: number[] = [];
  for (const s of STEPS) every.push(...r.latency[s]);
  return {
    mode,
    cycles: r.cycles,
    cyclesPerSecond: r.cycles / (r.windowMs / 1000),
    commandsPerSecond: r.commands / (r.windowMs / 1000),
    latency: Object.fromEntries(STEPS.map((s) => [s, summarize(r.latency[s])])) as Record<Step, Summary>,
    all: summarize(every),
    errors: r.errors,
    ranOut: r.ranOut,
    hubCpuShare,
    clientCpuShare: r.clientCpuShare,
    changesPerCommit,
    stealShare,
    lag: r.lag ? summarize(r.lag) : undefined,
    maxInflight: r.maxInflight,
  };
}

export async function measureHttpThroughput(hub: BenchChild, clients: BenchChild, options: { workers: number; warmupMs: number; measureMs: number }) {
  const side = await timedOnHub(hub, () => clients.call<ClientRun>('throughput', options, options.warmupMs + options.measureMs + 60_000));
  return { ...toHttpResult('throughput', side), workers: options.workers };
}

export async function measureHttpPaced(hub: BenchChild, clients: BenchChild, options: { cyclesPerSecond: number; warmupMs: number; measureMs: number }) {
  const side = await timedOnHub(hub, () => clients.call<ClientRun>('paced', options, options.warmupMs + options.measureMs + 60_000));
  return { ...toHttpResult('paced', side), targetRate: options.cyclesPerSecond };
}

/** The HTTP floor: closed-loop `GET /api/auth/me` with the same workers; nothing is written. */
export async function measureHttpFloor(hub: BenchChild, clients: BenchChild, options: { workers: number; warmupMs: number; measureMs: number }) {
  const cpu0 = await hub.call<NodeJS.CpuUsage>('cpu');
  const t0 = performance.now();
  const r = await clients.call<{ requests: number; failed: number; windowMs: number; latency: Float64Array }>(
    'floor',
    { ...options, path: '/api/auth/me' },
    options.warmupMs + options.measureMs + 60_000,
  );
  const cpu1 = await hub.call<NodeJS.CpuUsage>('cpu');
  const hubCpuShare = (cpu1.user - cpu0.user + cpu1.system - cpu0.system) / 1000 / (performance.now() - t0);
  return { requestsPerSecond: r.requests / (r.windowMs / 1000), failed: r.failed, latency: summarize(r.latency), hubCpuShare, workers: options.workers };
}

export interface HttpAnatomy {
  cyclesPerSecond: number;
  commands: number;
  /** Wall time of the hub's (main) thread per command, by owner, in µs: sums to the total. */
  owners: { owner: string; microsPerCommand: number }[];
  /** The functions with the most self time, µs per command. */
  top: { name: string; where: string; microsPerCommand: number }[];
}

/**
 * Diagnostic for figure H2: the same closed-loop cycles over HTTP, but against a hub started in
 * this process on the same database file (after the hub's own process has stopped), under a
 * sampling CPU profile of this process's main thread. Says where a command's time goes: the HTTP
 * stack, Express, the command path, SQLite (COMMIT and its fsync block the thread, so they count).
 */
export async function profileHttpCycles(dbPath: string, clients: BenchChild, options: { workers: number; warmupMs: number; measureMs: number }): Promise<HttpAnatomy> {
  const { Session } = await import('node:inspector/promises');
  const hub = await startHub({ dbPath, port: 0 });
  try {
    await clients.call('url', hub.url);
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const r = await clients.call<ClientRun>('throughput', options, options.warmupMs + options.measureMs + 60_000);
    const { profile } = (await session.post('Profiler.stop')) as unknown as {
      profile: { nodes: { id: number; callFrame: { functionName: string; url: string } }[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
    };
    session.disconnect();
    // Only the samples of the measured window: the profile also spans the warm-up.
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    let t = profile.startTime;
    const windowFrom = profile.endTime - options.measureMs * 1000;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      if (t < windowFrom) return;
      const n = nodes.get(id)!;
      const where = n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(server|db|shared|tests)\//, '$1/');
      const key = `${n.callFrame.functionName || '(anonymous)'}\t${where}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    const commands = Math.max(1, r.commands);
    const byOwner = new Map<string, number>();
    const top: HttpAnatomy['top'] = [];
    for (const [key, micros] of self) {
      const [name, where] = key.split('\t') as [string, string];
      const owner = name === '(idle)' ? 'idle (waiting for requests)' : name === '(program)' ? 'V8/Node, unattributed (program)' : ownerOf({ name, where });
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
      top.push({ name, where, microsPerCommand: micros / commands });
    }
    return {
      cyclesPerSecond: r.cycles / (r.windowMs / 1000),
      commands: r.commands,
      owners: [...byOwner].map(([owner, micros]) => ({ owner, microsPerCommand: micros / commands })).filter((o) => o.microsPerCommand >= 2).sort((a, b) => b.microsPerCommand - a.microsPerCommand),
      top: top.sort((a, b) => b.microsPerCommand - a.microsPerCommand).slice(0, 16),
    };
  } finally {
    await hub.close();
  }
}

