// `npm run bench`: measures the live hub queue's four figures (issue "The live hub queue") and
// the hand-off figures (issue "Routing, hand-offs, working-time SLAs and the liability map"), and the
// red-flag figures (issue #12: the screen's latency, intake throughput against the keyword screen) on
// this machine and prints each against its target. A bench reports: it exits 0 on a missed
// target (FAIL is printed), non-zero only if it could not measure. See docs/benchmarks.md.
// BENCH_ONLY=redflags,command,queue,cycles,liability (any of them, comma-separated) runs only those phases
// (history, stats and queuepage, the queue page in Chromium, run only when named);
// `npm run bench -- --help` lists every knob (knobs.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureCommandPath, type CommandPathResult } from './commandPath';
import { FanoutRun, type FanoutOptions, type FanoutResult } from './fanout';
import { killAllChildren, startChild, type BenchChild } from './ipc';
import { startDiskProbe } from './diskProbe';
import { describeMachine, startStealMeter } from './machine';
import { detail, fmt, printDisk, printFigures, printMachine, section, type Figure } from './report';
import { handoffPhases, type HandoffConfig } from './handoffPhases';
import { redFlagPhase, type RedFlagConfig } from './redFlagPhase';
import { messagesPhase } from './messages';
import { OPT_IN_PHASES, PHASES, helpText, onlyPhases, readKnobs, type Phase } from './knobs';
import { historyPhase } from './historyPhase';
import { searchPhase } from './searchPhase';
import { statsPhase } from './statsPhase';
import { queuePagePhase } from './queuePhase';
import { signIn } from './signIn';
import { measureQueueSnapshot, queueAnatomy } from './queueSnapshot';
import { seedHub } from './seed';
import { TEST_INTAKE_KEY, intakeBody } from '../helpers/fixtures';
import type { MemoryReport } from './processes/memoryWatch';

// Before anything starts: --help answers at once, and a bad knob stops the bench before it seeds.
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(helpText());
  process.exit(0);
}
if (args.length > 0) {
  console.error(`bench: unknown argument '${args.join(' ')}'; the knobs are environment variables (npm run bench -- --help)`);
  process.exit(1);
}
let knobs: ReturnType<typeof readKnobs>;
let ONLY: Set<Phase>;
try {
  knobs = readKnobs();
  ONLY = onlyPhases();
} catch (err) {
  console.error(`bench: ${(err as Error).message}`);
  process.exit(1);
}
const num = (name: keyof typeof knobs) => knobs[name];
const CONFIG = {
  openRequests: num('BENCH_OPEN_REQUESTS'),
  clients: num('BENCH_CLIENTS'),
  fanout: {
    clients: num('BENCH_CLIENTS'),
    ratePerSecond: num('BENCH_RATE'),
    warmupMs: 2_000,
    measureMs: num('BENCH_FANOUT_SECONDS') * 1000,
    slices: 4,
    graceMs: 1_000,
  } satisfies FanoutOptions,
  commandPairs: num('BENCH_COMMAND_PAIRS'),
  queueWarmup: 10,
  queueRuns: num('BENCH_QUEUE_RUNS'),
  signedInCoordinators: 10,
};
const TARGETS = { queueP95Ms: 150, fanoutP99Ms: 75, fanoutRatio: 2, commandRatio: 0.5, rssBytes: 300 * 2 ** 20 };

// Hand-off cycles and the liability map (handoffPhases.ts).
const HANDOFF: HandoffConfig = {
  /** Queued requests seeded for the HTTP figures (each cycle consumes one). */
  requests: num('BENCH_CYCLE_REQUESTS'),
  /** Cycles per side, in process (figure H1). */
  inProcessCycles: num('BENCH_CYCLES'),
  workers: num('BENCH_CYCLE_WORKERS'),
  throughputSeconds: num('BENCH_CYCLE_SECONDS'),
  throughputWarmupSeconds: num('BENCH_CYCLE_WARMUP_SECONDS'),
  pacedRate: num('BENCH_PACED_RATE'),
  pacedSeconds: num('BENCH_PACED_SECONDS'),
  warmupMs: 2_000,
  liabilityHandoffs: 50,
  liabilityWarmup: 20,
  liabilityRuns: num('BENCH_LIABILITY_RUNS'),
};

// The red-flag screen's figures (redFlagPhase.ts).
const RED_FLAGS: RedFlagConfig = {
  screenRuns: num('BENCH_SCREEN_RUNS'),
  screenWarmup: 500,
  intake: { requests: num('BENCH_INTAKE_REQUESTS'), warmup: 300, rounds: 8, inFlight: 16 },
};

const want = (phase: Phase) => (ONLY.size === 0 && !OPT_IN_PHASES.includes(phase)) || ONLY.has(phase);

const dir = mkdtempSync(join(tmpdir(), 'ehub-bench-'));
const started = performance.now();
const cleanup = () => {
  killAllChildren();
  rmSync(dir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}
// The bench must end by itself, whatever hangs.
const watchdog = setTimeout(() => {
  console.error('\nbench: gave up after 15 minutes');
  cleanup();
  process.exit(2);
}, 15 * 60_000);
watchdog.unref();


function printCommandPath(r: CommandPathResult): void {
  detail(`synchronous=${r.synchronous}: ${r.ops} commands each side (claim/release alternating), ${r.roundRatios.length} alternating rounds`);
  detail(`  hub command path   ${fmt.rate(r.hub.opsPerSecond)}   per command ${fmt.summary(r.hub.latency)}`);
  detail(`  bare transaction   ${fmt.rate(r.raw.opsPerSecond)}   per command ${fmt.summary(r.raw.latency)}`);
  detail(`  ratio hub ÷ bare   ${fmt.ratio(r.ratio)} (rounds: ${r.roundRatios.map((x) => x.toFixed(2)).join(', ')}; medians ${fmt.ratio(r.raw.latency.p50 / r.hub.latency.p50)})`);
  detail(`  rows per command   hub ${JSON.stringify(r.rowsPerOp.hub)}  bare ${JSON.stringify(r.rowsPerOp.raw)}; audit chain ${r.auditChainOk ? 'verifies' : 'BROKEN'}`);
}

function printFanout(r: FanoutResult): void {
  detail(`${r.label}: ${r.clients} clients connected in ${(r.connectMs / 1000).toFixed(1)} s, quiet after ${(r.settleMs / 1000).toFixed(1)} s more (${r.presenceMessages} presence messages received)`);
  detail(`  ${r.changes} changes in the window, ${r.received}/${r.expected} deliveries (${r.expected - r.received} missing), payload ${r.payloadBytes} B`);
  detail(`  per delivery          ${fmt.summary(r.perDelivery)}`);
  detail(`  slowest client/change ${fmt.summary(r.slowestPerChange)}`);
  if (r.fromRequest) detail(`  from HTTP send        ${fmt.summary(r.fromRequest)}`);
  if (r.commandMs) detail(`  command round trip    ${fmt.summary(r.commandMs)}`);
  if (r.emitMs) detail(`  emit() call           ${fmt.summary(r.emitMs)}`);
  detail(`  server CPU per change ${fmt.ms(r.serverCpuMsPerChange)}; clients' process busy ${(r.clientsCpuShare * 100).toFixed(0)}% of one core`);
}

const printMemory = (label: string, m: MemoryReport) =>
  detail(`${label.padEnd(44)} RSS ${fmt.mb(m.rss)} (peak ${fmt.mb(m.peakRss)}), heap used ${fmt.mb(m.heapUsed)} of ${fmt.mb(m.heapTotal)}`);

// The live hub queue, figure 3: the command path against a bare transaction, in process.
async function commandPathPhase(figures: Figure[]) {
  // 3. The command path against a bare transaction, first, while this process is fresh.
  section('3. Command path vs bare better-sqlite3 transaction (in process)');
  const fullSteal = startStealMeter();
  const full = await measureCommandPath(mkdtempSync(join(dir, 'cmd-')), { pairs: CONFIG.commandPairs, rounds: 4, synchronous: 'FULL', profileOps: 2000 });
  const fullStealShare = fullSteal.read();
  printCommandPath(full);
  const off = await measureCommandPath(mkdtempSync(join(dir, 'cmd-')), { pairs: CONFIG.commandPairs, rounds: 4, synchronous: 'OFF' });
  detail('diagnostic, fsync taken out of both sides (not the target):');
  printCommandPath(off);
  detail(`where the hub's time goes (CPU profile of ${full.anatomy?.ops} more commands, synchronous=FULL; µs per command, inclusive/self):`);
  for (const s of full.anatomy?.stages ?? []) detail(`  ${s.micros.toFixed(1).padStart(7)} ${s.selfMicros.toFixed(1).padStart(6)}  ${s.name} (${s.where})`);
  detail('the same profile, self time by owner (µs per command):');
  for (const o of full.anatomy?.owners ?? []) detail(`  ${o.micros.toFixed(1).padStart(7)}  ${o.owner}`);
  figures.push({
    name: '3. claims: command path ÷ bare transaction',
    target: `≥ ${TARGETS.commandRatio}× the bare rate`,
    measured: `${fmt.ratio(full.ratio)} (${fmt.rate(full.hub.opsPerSecond)} vs ${fmt.rate(full.raw.opsPerSecond)})`,
    pass: full.ratio >= TARGETS.commandRatio,
    steal: fullStealShare,
  });
}

// The live hub queue, figures 2, 1 and 4: seeding, fan-out, queue snapshot, server memory.
async function liveQueuePhase(figures: Figure[]) {
  section(`Seeding ${CONFIG.openRequests} open requests`);
  const dbPath = join(dir, 'hub.sqlite');
  const seed = await seedHub(dbPath, CONFIG.openRequests);
  detail(`${seed.openRequests} requests admitted (${seed.claimed} claimed) through the hub's admission path in ${seed.seconds.toFixed(1)} s`);

  // Each server alone in its process; each server's workstations in another.
  const children: BenchChild[] = [];
  const spawn = async (name: string, args: string[] = []) => {
    const child = await startChild(name, args);
    children.push(child);
    return child;
  };
  try {
    const hub = await spawn('hubServer', [dbPath]);
    const { url } = await hub.call<{ url: string }>('info');
    const idle = await hub.call<MemoryReport>('mem:report');
    const cookies: string[] = [];
    for (let i = 1; i <= CONFIG.signedInCoordinators; i++) cookies.push(await signIn(url, `coordinator${i}`));
    // scrypt (N=32768, r=8) takes 32 MiB per sign-in on libuv's pool, unmapped when it ends.
    const signedIn = await hub.call<MemoryReport>('mem:report');

    section(`2. Fan-out to ${CONFIG.clients} workstations: hub, bare Socket.IO, bare ws`);
    await hub.call('mem:reset');
    const runs = {
      hub: new FanoutRun('hub', hub, await spawn('clients'), CONFIG.fanout, { url, cookies, ids: seed.queuedIds }),
      socketio: undefined as FanoutRun | undefined,
      ws: undefined as FanoutRun | undefined,
    };
    await runs.hub.connect(url, cookies);
    const bareServers: Partial<Record<'socketio' | 'ws', BenchChild>> = {};
    for (const kind of ['socketio', 'ws'] as const) {
      const server = await spawn('bareServer', [kind]);
      bareServers[kind] = server;
      runs[kind] = new FanoutRun(kind, server, await spawn('clients'), CONFIG.fanout);
      await runs[kind]!.connect((await server.call<{ url: string }>('info')).url, []);
    }
    // Take turns in slices; the baselines broadcast a copy of a real hub change event.
    const sliceMs = CONFIG.fanout.measureMs / CONFIG.fanout.slices;
    // The hub's latencies include its commit's fsync, the baselines' none: the disk probe shows its state.
    const diskDuringHubSlices = await startDiskProbe(dir);
    const fanoutSteal = startStealMeter();
    for (let s = 0; s < CONFIG.fanout.slices; s++) {
      await runs.hub.slice(sliceMs);
      await runs.socketio!.slice(sliceMs, runs.hub.sample);
      await runs.ws!.slice(sliceMs, runs.hub.sample);
    }
    const fanoutStealShare = fanoutSteal.read();
    const fan = { hub: runs.hub.result(), socketio: runs.socketio!.result(), ws: runs.ws!.result() };
    for (const r of Object.values(fan)) printFanout(r);
    printDisk(await diskDuringHubSlices.stop());
    const duringFanout = await hub.call<MemoryReport>('mem:report');
    for (const [kind, server] of Object.entries(bareServers)) printMemory(`bare ${kind} server, ${CONFIG.clients} clients`, await server.call<MemoryReport>('mem:report'));
    // Only the hub's workstations stay connected for the snapshot run.
    for (const child of children.splice(2)) await child.stop();
    const sockets = await hub.call<number>('sockets');

    section(`1. GET /api/queue, ${CONFIG.openRequests} open (with ${sockets} workstations connected, idle)`);
    await hub.call('mem:reset');
    const idleQueue = await measureQueueSnapshot(url, cookies[0]!, { warmup: CONFIG.queueWarmup, runs: CONFIG.queueRuns });
    detail(`idle hub, ${CONFIG.queueRuns} sequential requests after ${CONFIG.queueWarmup} warm-up: ${fmt.summary(idleQueue.latency)}`);
    // The figure: a new request arrives before every GET, so the snapshot body is rebuilt each time.
    const queueSteal = startStealMeter();
    const queue = await measureQueueSnapshot(url, cookies[0]!, {
      warmup: 2,
      runs: CONFIG.queueRuns,
      before: async () => {
        const res = await fetch(`${url}/api/intake`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_INTAKE_KEY}` },
          body: JSON.stringify(intakeBody({ submittedAt: new Date(Date.now() - 60_000).toISOString() })),
        });
        if (res.status !== 201) throw new Error(`intake for churn: ${res.status} ${await res.text()}`);
      },
    });
    const queueStealShare = queueSteal.read();
    const duringQueue = await hub.call<MemoryReport>('mem:report');
    detail(`a new request before each GET (body rebuilt), ${CONFIG.queueRuns} requests: ${fmt.summary(queue.latency)}`);
    detail(`response ${fmt.mb(queue.bytes)} uncompressed JSON, ${queue.items} items (${Math.round(queue.bytes / Math.max(1, queue.items))} B each), seq ${queue.snapshot.seq}`);

    section(`4. Hub server process memory (pid ${hub.pid})`);
    printMemory('idle, database open, no clients', idle);
    printMemory(`after ${CONFIG.signedInCoordinators} sign-ins, no clients`, signedIn);
    printMemory(`${CONFIG.clients} clients: connect + fan-out`, duringFanout);
    printMemory(`${CONFIG.clients} clients: + ${CONFIG.queueRuns + CONFIG.queueWarmup} queue snapshots`, duringQueue);

    for (const child of children.splice(0)) await child.stop();
    const anatomy = queueAnatomy(dbPath, { id: 1, name: 'Coordinator 1', username: 'coordinator1', roles: ['coordinator'], practiceOds: null });
    section('1. (cont.) where one snapshot goes, in process, medians');
    detail(`bare SQL (better-sqlite3, same query)  ${fmt.ms(anatomy.sqlOnly)}`);
    detail(`hub query + Drizzle row mapping        ${fmt.ms(anatomy.rows)}`);
    detail(`whole snapshot (+ toQueueItem ×${queue.items})   ${fmt.ms(anatomy.view)}`);
    detail(`JSON.stringify of the snapshot         ${fmt.ms(anatomy.stringify)}`);

    figures.push({
      name: `1. GET /api/queue p95, ${CONFIG.openRequests} open, a change before each`,
      target: `< ${TARGETS.queueP95Ms} ms`,
      measured: `${fmt.ms(queue.latency.p95)} (p50 ${fmt.ms(queue.latency.p50)}, p99 ${fmt.ms(queue.latency.p99)})`,
      pass: queue.latency.p95 < TARGETS.queueP95Ms,
      steal: queueStealShare,
    });
    const ratio = fan.hub.perDelivery.p99 / fan.socketio.perDelivery.p99;
    figures.push({
      name: `2. change → every workstation p99 (hub)`,
      target: `< ${TARGETS.fanoutP99Ms} ms`,
      measured: `${fmt.ms(fan.hub.perDelivery.p99)} per delivery, ${fan.hub.expected - fan.hub.received} lost`,
      pass: fan.hub.perDelivery.p99 < TARGETS.fanoutP99Ms && fan.hub.received === fan.hub.expected,
      steal: fanoutStealShare,
    });
    figures.push({
      name: `2. hub p99 ÷ bare Socket.IO p99`,
      target: `≤ ${TARGETS.fanoutRatio}×`,
      measured: `${fmt.ratio(ratio)} (${fmt.ms(fan.hub.perDelivery.p99)} vs ${fmt.ms(fan.socketio.perDelivery.p99)})`,
      pass: ratio <= TARGETS.fanoutRatio,
      steal: fanoutStealShare,
    });
    figures.push({
      name: `   bare ws p99 (hub ÷ ws)`,
      target: `(info)`,
      measured: `${fmt.ms(fan.ws.perDelivery.p99)} (${fmt.ratio(fan.hub.perDelivery.p99 / fan.ws.perDelivery.p99)})`,
    });
    figures.push({
      name: `   slowest workstation per change, p99`,
      target: `(info: strict reading)`,
      measured: `hub ${fmt.ms(fan.hub.slowestPerChange.p99)}, Socket.IO ${fmt.ms(fan.socketio.slowestPerChange.p99)}, ws ${fmt.ms(fan.ws.slowestPerChange.p99)}`,
    });
    figures.push({
      name: `4. hub RSS, ${CONFIG.clients} clients, changes flowing`,
      target: `< ${fmt.mb(TARGETS.rssBytes)}`,
      measured: `${fmt.mb(duringFanout.peakRss)} peak (connect + fan-out)`,
      pass: duringFanout.peakRss < TARGETS.rssBytes,
    });
    figures.push({
      name: `4. hub RSS, same clients, serving /api/queue`,
      target: `< ${fmt.mb(TARGETS.rssBytes)}`,
      measured: `${fmt.mb(duringQueue.peakRss)} peak (sequential snapshots)`,
      pass: duringQueue.peakRss < TARGETS.rssBytes,
    });
  } finally {
    for (const child of children.splice(0)) await child.stop();
  }
}

async function main() {
  const figures: Figure[] = [];
  printMachine(describeMachine());
  const wholeRunSteal = startStealMeter();
  detail(`temp dir  ${dir}`);
  detail(`phases    ${PHASES.filter(want).join(', ')}${ONLY.size ? ' (BENCH_ONLY)' : ''}`);
  if (want('command') || want('queue')) {
    detail(
      `config    ${CONFIG.openRequests} open requests, ${CONFIG.clients} clients, ${CONFIG.fanout.ratePerSecond} changes/s for ` +
        `${CONFIG.fanout.measureMs / 1000} s (+${CONFIG.fanout.warmupMs / 1000} s warm-up), ${CONFIG.commandPairs} claim+release pairs`,
    );
  }

  // First, in this process while it is fresh and before any child process runs.
  if (want('redflags')) await redFlagPhase(figures, dir, RED_FLAGS);
  if (want('command')) await commandPathPhase(figures);
  if (want('queue')) await liveQueuePhase(figures);
  // Hand-offs (issue "Routing, hand-offs, working-time SLAs and the liability map").
  if (want('cycles') || want('liability')) await handoffPhases(figures, { dir, want, config: HANDOFF });
  // Patient messages (issue #14).
  if (want('messages')) await messagesPhase(figures, dir, { rounds: num('BENCH_MESSAGE_ROUNDS'), roundSeconds: num('BENCH_MESSAGE_SECONDS'), workers: num('BENCH_MESSAGE_WORKERS'), commandRate: num('BENCH_MESSAGE_COMMAND_RATE'), concurrency: num('BENCH_MESSAGE_CONCURRENCY'), batchSize: num('BENCH_MESSAGE_BATCH'), maxPerSecond: num('BENCH_MESSAGE_MAX_RATE'), fakeNice: num('BENCH_MESSAGE_FAKE_NICE') });
  // The history generator (issue #15): opt-in, BENCH_ONLY=history.
  if (want('history')) await historyPhase(figures, { dir, days: num('BENCH_HISTORY_DAYS'), practices: num('BENCH_HISTORY_PRACTICES') });
  // The manager's figures over a generated history (issue #15): opt-in, BENCH_ONLY=stats BENCH_STATS_DB=<file>.
  if (want('stats'))
    await statsPhase(figures, dir, {
      db: process.env.BENCH_STATS_DB ?? '',
      runs: num('BENCH_STATS_RUNS'),
      loads: num('BENCH_STATS_LOADS'),
      rounds: num('BENCH_STATS_ROUNDS'),
      roundSeconds: num('BENCH_STATS_SECONDS'),
      managers: num('BENCH_STATS_MANAGERS'),
      managersNice: num('BENCH_STATS_MANAGERS_NICE'),
      workers: num('BENCH_MESSAGE_WORKERS'),
      commandRate: num('BENCH_MESSAGE_COMMAND_RATE'),
    });
  // The queue page with 10,000 open requests in Chromium (issue #16): opt-in, BENCH_ONLY=queuepage, after `npm run build`.
  if (want('queuepage'))
    await queuePagePhase(figures, dir, { openRequests: num('BENCH_QUEUEPAGE_OPEN'), loads: num('BENCH_QUEUEPAGE_LOADS'), presses: num('BENCH_QUEUEPAGE_PRESSES') });
  // Finding a request over the same history (issue #16, F1): opt-in, BENCH_ONLY=search BENCH_STATS_DB=<file>.
  if (want('search')) await searchPhase(figures, dir, { db: process.env.BENCH_STATS_DB ?? '', runs: num('BENCH_SEARCH_RUNS') });

  printFigures(figures);
  detail(`\n   bench took ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${describeMachine().loadAverage.join(' / ')}; CPU ${fmt.steal(wholeRunSteal.read())} over the run`);
}

try {
  await main();
  cleanup();
  process.exit(0);
} catch (err) {
  console.error('\nbench: could not complete:', err);
  cleanup();
  process.exit(1);
}
