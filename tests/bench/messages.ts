// The patient-message figures (issue #14): the dispatcher's throughput through the real
// notifications-node-client against the fake Notify (in its own process), while a command load runs
// on the same hub; and that load's p99 with the dispatcher sending against the same load without,
// in alternating rounds of one run so the shared machine's noise falls on both. See docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPriority } from 'node:os';
import { startHub, type Hub } from '../../server/app';
import { sha256 } from '../../server/auth/sessions';
import type { Actor } from '../../shared/lifecycle/events';
import { ACCOUNTS, PRACTICES, TEST_INTAKE_KEY, intakeBody } from '../helpers/fixtures';
import { queueTestMessage } from '../helpers/outbox';
import { startStealMeter } from './machine';
import { pacedClaimsAndReleases } from './pacedCommands';
import { detail, fmt, section, type Figure } from './report';
import { Samples, summarize } from './stats';

export interface MessagesConfig {
  /** Seconds per round; rounds alternate without and with messages. */
  roundSeconds: number;
  rounds: number;
  /** Coordinators sending claim/release commands, each on its own request. */
  workers: number;
  /** Commands per second across them, paced (open loop): a busy hub's clicks, not a saturating flood. */
  commandRate: number;
  /** Notify calls the dispatcher has in flight at once. */
  concurrency: number;
  /** Queued messages it commits together (sending, then accepted). */
  batchSize: number;
  /** Messages it starts per second at most. */
  maxPerSecond: number;
  /** The fake Notify's nice value: real Notify runs on GOV.UK's machines, so its CPU is not the hub's to share. */
  fakeNice: number;
}

export const MESSAGE_TARGETS = { messagesPerSecond: 200, p99Ratio: 1.2 };

interface FakeInfo {
  url: string;
  apiKey: string;
  smsTemplateId: string;
  emailTemplateId: string;
}

async function startFake(nice: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'messagesFake.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise<FakeInfo>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!) as FakeInfo);
    });
    child.once('exit', (code) => reject(new Error(`fake Notify exited (${code})`)));
  });
  // On a two-core bench machine the fake's CPU would otherwise be taken from the hub's, which real Notify's is not.
  if (nice !== 0) setPriority(child.pid!, nice);
  return { info, stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))) };
}

async function seed(hub: Hub, requests: number) {
  const account = ACCOUNTS[0]!;
  hub.db.write(() => {
    for (const p of PRACTICES) hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) });
    for (let i = 0; i < 20; i++) hub.db.q.staff.insert({ ...ACCOUNTS[i]!, practiceOds: null, passwordHash: 'not-used' });
  });
  hub.directory.refresh();
  const practice: Actor = { kind: 'integration', id: 'practice:E85001', name: 'Riverside', roles: [], organisationOds: 'E85001' };
  const submittedAt = new Date(Date.now() - 60_000).toISOString();
  const ids = (await Promise.all(Array.from({ length: requests }, () => hub.admit(intakeBody({ submittedAt }), practice)))).map((c) => c.row.id);
  const staff = hub.db.q.staff.byUsername(account.username)!;
  return { ids, actorOf: (i: number): Actor => ({ kind: 'staff', id: staff.id + i, name: `Coordinator ${i + 1}`, roles: ['coordinator'], practiceOds: null }) };
}

/**
 * The main thread's own CPU time in ms (Linux: its task's utime + stime, in 10 ms ticks), where people's
 * commands run; process.cpuUsage() also counts the Notify worker's thread. Undefined elsewhere.
 */
function mainThreadCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const settledCount = (hub: Hub) =>
  (hub.db.orm.$client.prepare("select count(*) as n from patient_messages where status in ('accepted', 'delivered', 'failed')").get() as { n: number }).n;

export async function messagesPhase(figures: Figure[], dir: string, config: MessagesConfig): Promise<void> {
  section('M. Patient messages: dispatcher throughput against the fake Notify, beside a command load (in process)');
  const fake = await startFake(config.fakeNice);
  const hub = await startHub({
    dbPath: join(mkdtempSync(join(dir, 'messages-')), 'hub.sqlite'),
    port: 0,
    messaging: { notify: { apiKey: fake.info.apiKey, baseUrl: fake.info.url, smsTemplateId: fake.info.smsTemplateId, emailTemplateId: fake.info.emailTemplateId }, dispatcher: { concurrency: config.concurrency, batchSize: config.batchSize, maxPerSecond: config.maxPerSecond } },
  });
  try {
    const { ids, actorOf } = await seed(hub, config.workers);
    const consultationId = ids[0]!;
    const latency = { without: new Samples(), with: new Samples() };
    let sent = 0;
    let sendingSeconds = 0;
    const commits = { transactions: 0, changes: 0 };
    // The process's CPU time in each kind of round: the difference, over the messages, is what one costs.
    const cpuMs = { without: 0, with: 0 };
    const mainMs = { without: 0, with: 0 };
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const main = () => mainThreadCpuMs() ?? Number.NaN;
    // The main thread's event-loop utilisation in each kind of round: the share of time it was busy.
    const elu = { without: { idle: 0, active: 0 }, with: { idle: 0, active: 0 } };
    const addElu = (into: { idle: number; active: number }, since: ReturnType<typeof performance.eventLoopUtilization>) => {
      const d = performance.eventLoopUtilization(since);
      into.idle += d.idle;
      into.active += d.active;
    };
    // How long the main loop was held at a stretch in each kind of round: a command due during a long task waits it out.
    // A monitor per round: one enabled again would count the time it was off as a delay.
    const loopDelay = { without: [] as IntervalHistogram[], with: [] as IntervalHistogram[] };
    const watchLoop = (into: IntervalHistogram[]) => {
      const monitor = monitorEventLoopDelay({ resolution: 1 });
      monitor.enable();
      return () => (monitor.disable(), into.push(monitor));
    };
    const steal = startStealMeter();

    // Each worker claims and releases its own request at its share of the rate, as a coordinator would.
    const commandLoad = (ms: number, into: Samples) => pacedClaimsAndReleases(hub, ids, actorOf, config.commandRate, ms, into);

    const ms = config.roundSeconds * 1000;
    await commandLoad(1_000, new Samples()); // warm-up
    for (let round = 0; round < config.rounds; round++) {
      const cpuOff = cpu();
      const mainOff = main();
      const eluStartOff = performance.eventLoopUtilization();
      const offDone = watchLoop(loopDelay.without);
      await commandLoad(ms, latency.without);
      offDone();
      cpuMs.without += cpu() - cpuOff;
      mainMs.without += main() - mainOff;
      addElu(elu.without, eluStartOff);
      // More than the dispatcher could send in the round, so it is busy throughout; queued before the clock starts.
      hub.db.write(() => {
        for (let i = 0; i < MESSAGE_TARGETS.messagesPerSecond * 3 * config.roundSeconds; i++) queueTestMessage(hub, { consultationId });
      });
      const before = settledCount(hub);
      const statsBefore = hub.db.commitStats();
      const t0 = performance.now();
      const cpuOn = cpu();
      const mainOn = main();
      const eluStartOn = performance.eventLoopUtilization();
      const onDone = watchLoop(loopDelay.with);
      hub.dispatcher.start();
      await commandLoad(ms, latency.with);
      onDone();
      cpuMs.with += cpu() - cpuOn;
      mainMs.with += main() - mainOn;
      addElu(elu.with, eluStartOn);
      const during = settledCount(hub) - before;
      sendingSeconds += (performance.now() - t0) / 1000;
      sent += during;
      await hub.dispatcher.stop();
      const statsAfter = hub.db.commitStats();
      commits.transactions += statsAfter.transactions - statsBefore.transactions;
      commits.changes += statsAfter.changes - statsBefore.changes;
      detail(`round ${round + 1}: ${during} messages accepted by Notify in ${config.roundSeconds} s`);
    }
    const stealShare = steal.read();
    const without = summarize(latency.without.values());
    const withMessages = summarize(latency.with.values());
    const rate = sent / sendingSeconds;
    const ratio = withMessages.p99 / without.p99;
    detail(`${config.rounds} alternating rounds of ${config.roundSeconds} s, ${config.workers} coordinators claiming and releasing, ${config.commandRate} commands/s in all (paced); dispatcher: ${config.concurrency} Notify calls in flight, batches of ${config.batchSize} each with one commit shared with the next one's start, at most ${config.maxPerSecond} a second; fake Notify at nice ${config.fakeNice}`);
    detail(`  commands, no messages     ${fmt.summary(without)}`);
    detail(`  commands, dispatcher on   ${fmt.summary(withMessages)}`);
    detail(`  dispatcher                ${rate.toFixed(0)} messages/s accepted (send committed, Notify called, acceptance committed), ${sent} in all`);
    const perMessage = (on: number, off: number) => ((on - off) / Math.max(1, sent)).toFixed(2);
    const share = (e: { idle: number; active: number }) => `${((100 * e.active) / Math.max(1, e.idle + e.active)).toFixed(0)}%`;
    detail(`  CPU, dispatcher on − off  ${perMessage(cpuMs.with, cpuMs.without)} ms per message, all threads; ${perMessage(mainMs.with, mainMs.without)} ms on the main thread (where commands run)`);
    detail(`  main event loop busy      ${share(elu.without)} dispatcher off, ${share(elu.with)} on`);
    const worst = (rounds: IntervalHistogram[], of: (h: IntervalHistogram) => number) => Math.max(...rounds.map(of)) / 1e6;
    const delay = (rounds: IntervalHistogram[]) => `p99 ${worst(rounds, (h) => h.percentile(99)).toFixed(1)} ms, max ${worst(rounds, (h) => h.max).toFixed(1)} ms`;
    detail(`  main loop delay, worst round  ${delay(loopDelay.without)} dispatcher off; ${delay(loopDelay.with)} on`);
    detail(`  commits, dispatcher on    ${commits.transactions} transactions for ${commits.changes} operations (people's and the dispatcher's)`);
    figures.push({
      name: 'M1. dispatcher throughput beside commands',
      target: `≥ ${MESSAGE_TARGETS.messagesPerSecond} messages/s`,
      measured: `${rate.toFixed(0)} messages/s`,
      pass: rate >= MESSAGE_TARGETS.messagesPerSecond,
      steal: stealShare,
    });
    figures.push({
      name: 'M2. command p99 with ÷ without messages',
      target: `≤ ${MESSAGE_TARGETS.p99Ratio}×`,
      measured: `${fmt.ratio(ratio)} (${fmt.ms(withMessages.p99)} vs ${fmt.ms(without.p99)})`,
      pass: ratio <= MESSAGE_TARGETS.p99Ratio,
      steal: stealShare,
    });
  } finally {
    await hub.close();
    await fake.stop();
  }
}
