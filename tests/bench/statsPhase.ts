// S1–S3: the manager's figures over a generated history (issue #15, "Figures"; docs/benchmarks.md,
// "Manager figures"). BENCH_ONLY=stats BENCH_STATS_DB=<file from `npm run seed:history`>. The file is
// copied, so the bench never changes it; a hub starts on the copy in this process (rebuilding the
// counters first if the file has none) and every figure is asked for over HTTP, as the page asks:
// S1 a year's summary, whole hub and one practice; S2 the dashboard's first load (every figure the
// page asks for, for the last 30 days and for a year); S3 coordinators' command p99 while five
// managers (another process) reload the dashboard in a loop, against the same load without them.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setPriority } from 'node:os';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { startHub, type Hub } from '../../server/app';
import { hashSecretSync } from '../../server/auth/passwords';
import type { Actor } from '../../shared/lifecycle/events';
import { STATS_ASKS_PER_SECOND } from '../../server/stats/pacing';
import { STATS_ENDPOINTS } from '../../shared/schemas/stats';
import { TEST_PASSWORD, intakeBody } from '../helpers/fixtures';
import { startStealMeter } from './machine';
import { pacedClaimsAndReleases } from './pacedCommands';
import { detail, fmt, section, type Figure } from './report';
import { signIn } from './signIn';
import { Samples, summarize } from './stats';

export const STATS_TARGETS = { summaryP95Ms: 200, firstLoadMs: 1_000, p99Ratio: 1.2 };

export interface StatsConfig {
  db: string;
  /** Measured asks of each summary, after a few of warm-up. */
  runs: number;
  /** Measured first loads of the dashboard per range. */
  loads: number;
  rounds: number;
  roundSeconds: number;
  workers: number;
  commandRate: number;
  managers: number;
  /** The managers' process's nice value: their browsers are not on the hub's machine. */
  managersNice: number;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The file and what sits beside it (the audit key and head), copied into `dir`. */
export function copyHistory(file: string, dir: string): string {
  const into = join(dir, 'history.sqlite');
  for (const name of readdirSync(dirname(file)).filter((n) => n.startsWith(basename(file)))) copyFileSync(join(dirname(file), name), join(dir, name.replace(basename(file), 'history.sqlite')));
  return into;
}

/** Every figure's own route for a range, and today's capacity: what the page asked before it asked one (statsProfile.ts compares). */
export const figurePaths = (from: string, to: string) => [...STATS_ENDPOINTS.filter((e) => e !== 'capacity').map((e) => `/api/stats/${e}?from=${from}&to=${to}`), '/api/stats/capacity'];
/** What the dashboard page asks for a range on its first load and on each live refresh (DashboardPage.tsx). */
export const dashboardPaths = (from: string, to: string) => [`/api/stats/dashboard?from=${from}&to=${to}`];

/** Asks spaced at one person's pace (server/stats/pacing.ts), so no wait for a turn is ever timed. */
const PACE_MS = Math.ceil(1000 / STATS_ASKS_PER_SECOND) + 10;

async function timedGet(url: string, cookie: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - t0;
}

export async function statsPhase(figures: Figure[], dir: string, config: StatsConfig): Promise<void> {
  section('S. Manager figures over a generated history (HTTP to a hub in this process)');
  if (!config.db || !existsSync(config.db)) throw new Error('BENCH_ONLY=stats needs BENCH_STATS_DB: a file made by `npm run seed:history`');
  const work = mkdtempSync(join(dir, 'stats-'));
  const t0 = performance.now();
  const file = copyHistory(config.db, work);
  const hub = await startHub({ dbPath: file, port: 0 });
  try {
    const startSeconds = (performance.now() - t0) / 1000;
    const shape = hub.db.orm.$client.prepare('select count(*) as requests, count(distinct received_day) as days, count(distinct practice_ods) as practices, max(received_day) as last from request_facts').get() as { requests: number; days: number; practices: number; last: string };
    const label = `${shape.requests.toLocaleString('en-GB')} requests, ${shape.days} days, ${shape.practices} practices, ${fmt.mb(statSync(config.db).size)}`;
    detail(`history: ${label} (${config.db}); copied and started in ${startSeconds.toFixed(0)} s`);
    const cookie = await managerSession(hub);
    const to = shape.last;
    const yearFrom = dayOf(Date.parse(`${to}T00:00:00Z`) - 364 * DAY_MS);
    const monthFrom = dayOf(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS);
    const practice = (hub.db.orm.$client.prepare('select practice_ods as p, count(*) as n from request_facts group by 1 order by 2 desc limit 1').get() as { p: string }).p;
    const steal = startStealMeter();

    // S1: a year's summary, hub and practice, alternating so the machine's noise falls on both.
    const s1 = { hub: new Samples(), practice: new Samples() };
    const summaryUrl = (p: string | null) => `${hub.url}/api/stats/summary?from=${yearFrom}&to=${to}${p ? `&practice=${p}` : ''}`;
    // Answers are reused while the figures stand (server/stats/answerCache.ts): S1 and S2 time the
    // computation, so a request is received before each ask, as on a live hub, and none is a kept answer.
    const moveFigures = await figureMover(hub);
    for (let i = 0; i < 5 + config.runs; i++) {
      await moveFigures();
      const [h, p] = [await timedGet(summaryUrl(null), cookie), await timedGet(summaryUrl(practice), cookie)];
      if (i >= 5) (s1.hub.push(h), s1.practice.push(p));
    }
    const [hubSummary, practiceSummary] = [summarize(s1.hub.values()), summarize(s1.practice.values())];
    detail(`S1 year ${yearFrom}..${to}, whole hub      ${fmt.summary(hubSummary)}`);
    detail(`S1 year ${yearFrom}..${to}, practice ${practice} ${fmt.summary(practiceSummary)}`);

    // S2: the dashboard's first load, one request after another: the server's time for all of them.
    const loads = { month: new Samples(), year: new Samples() };
    for (const [range, from] of [['month', monthFrom], ['year', yearFrom]] as const) {
      for (let i = 0; i < 1 + config.loads; i++) {
        await moveFigures();
        let total = 0;
        for (const path of dashboardPaths(from, to)) total += await timedGet(`${hub.url}${path}`, cookie);
        if (i >= 1) loads[range].push(total);
      }
    }
    const [monthLoad, yearLoad] = [summarize(loads.month.values()), summarize(loads.year.values())];
    detail(`S2 first load, last 30 days (${dashboardPaths(monthFrom, to).length} ask) ${fmt.summary(monthLoad)}`);
    detail(`S2 first load, a year                    ${fmt.summary(yearLoad)}`);

    // S3: coordinators' commands, paced, in alternating rounds without and with managers reloading.
    const commands = await commandLoad(hub, config);
    // Five people, each paced by the hub as any person is (server/stats/pacing.ts).
    const managerCookies: string[] = [];
    for (let n = 1; n <= config.managers; n++) managerCookies.push(await managerSession(hub, n));
    const latency = { without: new Samples(), with: new Samples() };
    const managers = await startManagers(hub.url, managerCookies, dashboardPaths(monthFrom, to), config.managersNice);
    let reloads = 0;
    // The hub process's CPU (event loop and the figures' worker) in each kind of round: what the managers
    // cost it, which the machine's other load moves far less than it moves a p99.
    const cpu = { without: 0, with: 0 };
    try {
      await commands.run(1_000, new Samples());
      const cpuOf = async (into: 'without' | 'with', run: () => Promise<void>) => {
        const before = process.cpuUsage();
        await run();
        const used = process.cpuUsage(before);
        cpu[into] += (used.user + used.system) / 1000;
      };
      const roundWithout = () => cpuOf('without', () => commands.run(config.roundSeconds * 1000, latency.without));
      const roundWith = async () => {
        await managers.reload();
        await cpuOf('with', () => commands.run(config.roundSeconds * 1000, latency.with));
        reloads += await managers.pause();
      };
      // Which side goes first alternates, so a drift over a round (the log growing to its checkpoint, say) falls on both.
      for (let round = 0; round < config.rounds; round++) {
        if (round % 2 === 0) (await roundWithout(), await roundWith());
        else (await roundWith(), await roundWithout());
      }
    } finally {
      managers.close();
    }
    const seconds = config.rounds * config.roundSeconds;
    const [without, withManagers] = [summarize(latency.without.values()), summarize(latency.with.values())];
    const ratio = withManagers.p99 / without.p99;
    detail(`S3 ${config.rounds} alternating rounds of ${config.roundSeconds} s, ${config.workers} coordinators, ${config.commandRate} commands/s (paced, in process)`);
    detail(`   commands, no managers        ${fmt.summary(without)}`);
    detail(`   commands, ${config.managers} managers reloading ${fmt.summary(withManagers)}; ${reloads} dashboard reloads (30 days)`);
    detail(`   hub CPU ${(cpu.without / seconds).toFixed(0)} ms/s without, ${(cpu.with / seconds).toFixed(0)} ms/s with managers: ${reloads ? ((cpu.with - cpu.without) / reloads).toFixed(1) : '–'} ms per reload`);

    const stealShare = steal.read();
    const on = `over ${label}`;
    figures.push({ name: `S1. year's summary p95, whole hub (${on})`, target: `< ${STATS_TARGETS.summaryP95Ms} ms`, measured: fmt.ms(hubSummary.p95), pass: hubSummary.p95 < STATS_TARGETS.summaryP95Ms, steal: stealShare });
    figures.push({ name: "S1. year's summary p95, one practice", target: `< ${STATS_TARGETS.summaryP95Ms} ms`, measured: fmt.ms(practiceSummary.p95), pass: practiceSummary.p95 < STATS_TARGETS.summaryP95Ms, steal: stealShare });
    figures.push({ name: 'S2. dashboard first load, 30 days (p95)', target: `< ${STATS_TARGETS.firstLoadMs} ms`, measured: fmt.ms(monthLoad.p95), pass: monthLoad.p95 < STATS_TARGETS.firstLoadMs, steal: stealShare });
    figures.push({ name: 'S2. dashboard first load, a year (p95)', target: `< ${STATS_TARGETS.firstLoadMs} ms`, measured: fmt.ms(yearLoad.p95), pass: yearLoad.p95 < STATS_TARGETS.firstLoadMs, steal: stealShare });
    figures.push({
      name: `S3. command p99 with ÷ without ${config.managers} managers reloading`,
      target: `≤ ${STATS_TARGETS.p99Ratio}×`,
      measured: `${fmt.ratio(ratio)} (${fmt.ms(withManagers.p99)} vs ${fmt.ms(without.p99)})`,
      pass: ratio <= STATS_TARGETS.p99Ratio,
      steal: stealShare,
    });
  } finally {
    await hub.close();
  }
}

/** A manager the bench can sign in as (the history's own staff have passwords nobody holds). */
export async function managerSession(hub: Hub, n = 0): Promise<string> {
  const username = `bench-stats-manager-${n}`;
  if (!hub.db.q.staff.byUsername(username)) {
    hub.db.write(() => hub.db.q.staff.insert({ username, name: 'Bench Manager', roles: ['manager'], practiceOds: null, passwordHash: hashSecretSync(TEST_PASSWORD) }));
    hub.directory.refresh();
  }
  return signIn(hub.url, username);
}

/** Coordinators claiming and releasing their own new request each, paced as messages.ts paces them. */
async function commandLoad(hub: Hub, config: StatsConfig) {
  const coordinator = hub.db.q.staff.all().find((s) => s.roles.includes('coordinator') && s.active)!;
  const practiceOds = hub.db.q.stats.practiceList()[0]!.ods;
  const practice: Actor = { kind: 'integration', id: `practice:${practiceOds}`, name: practiceOds, roles: [], organisationOds: practiceOds };
  const submittedAt = new Date(Date.now() - 60_000).toISOString();
  const ids: number[] = [];
  for (let i = 0; i < config.workers; i++) ids.push((await hub.admit(intakeBody({ practiceOds, submittedAt }), practice)).row.id);
  const actor: Actor = { kind: 'staff', id: coordinator.id, name: coordinator.name, roles: ['coordinator'], practiceOds: null };
  return { run: (ms: number, into: Samples) => pacedClaimsAndReleases(hub, ids, () => actor, config.commandRate, ms, into) };
}

/** One request received through the intake path, so the figures move and no kept answer stands. */
async function figureMover(hub: Hub) {
  const practiceOds = hub.db.q.stats.practiceList()[0]!.ods;
  const practice: Actor = { kind: 'integration', id: `practice:${practiceOds}`, name: practiceOds, roles: [], organisationOds: practiceOds };
  return async () => {
    await hub.admit(intakeBody({ practiceOds, submittedAt: new Date(Date.now() - 60_000).toISOString() }), practice);
  };
}

/**
 * Managers reloading the dashboard in a loop, in a process of their own (statsManagers.ts), started once
 * for every round and told when to reload: starting Node and compiling TypeScript is not a manager's
 * reload, and a process started for each round put that into the rounds it was timed in.
 */
export async function startManagers(url: string, cookies: string[], paths: string[], nice: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'statsManagers.ts')], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, STATS_URL: url, STATS_COOKIES: JSON.stringify(cookies), STATS_PATHS: JSON.stringify(paths) },
  });
  // On a two-core bench machine the managers' own CPU would otherwise be taken from the hub's, which their browsers' is not.
  if (nice !== 0) setPriority(child.pid!, nice);
  const lines = createInterface({ input: child.stdout! });
  const next = () => new Promise<string>((resolve, reject) => {
    const onExit = () => reject(new Error('the managers\' process ended'));
    child.once('exit', onExit);
    lines.once('line', (line) => (child.off('exit', onExit), resolve(line)));
  });
  const told = async (command: string) => {
    const answer = next();
    child.stdin!.write(`${command}\n`);
    return answer;
  };
  await next();
  return {
    /** Resolves once the managers are reloading. */
    reload: () => told('reload'),
    /** Resolves, once their reloads in flight are done, with how many whole reloads they made. */
    pause: async () => Number((await told('pause')).split(' ')[1]),
    close: () => child.stdin!.end(),
  };
}
