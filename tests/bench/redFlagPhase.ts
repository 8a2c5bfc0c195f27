// The red-flag figures (issue #12): R1, screening a 2,000-character request, and R2, intake throughput
// with the screen against the pre-#12 keyword screen in the same run. See docs/benchmarks.md.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { measureIntakeThroughput, type IntakeOptions } from './intakeScreens';
import { startStealMeter } from './machine';
import { measureScreenLatency } from './redFlagScreen';
import { detail, fmt, section, type Figure } from './report';

export interface RedFlagConfig {
  screenRuns: number;
  screenWarmup: number;
  intake: IntakeOptions;
}

export const RED_FLAG_TARGETS = { screenP95Ms: 2, intakeRatio: 0.8 };

export async function redFlagPhase(figures: Figure[], dir: string, config: RedFlagConfig): Promise<void> {
  section('R1. Red-flag screen, one 2,000-character request (in process)');
  const screenSteal = startStealMeter();
  const screen = measureScreenLatency({ runs: config.screenRuns, warmup: config.screenWarmup });
  const screenStealShare = screenSteal.read();
  detail(`${config.screenRuns} screenings after ${config.screenWarmup} warm-up, ${screen.variants} different ${screen.chars}-character lay requests in turn`);
  detail(`  per request  ${fmt.summary(screen.latency)}`);
  detail(`  CPU time     ${fmt.summary(screen.cpu)} (this process's; the rest of the wall time is the core given to others)`);
  detail(`  hits per request ${screen.hitsPerRequest.toFixed(1)} (definite and possible): current symptoms, history, denials, family, questions mixed`);
  figures.push({
    name: 'R1. red-flag screen, 2,000 characters, p95',
    target: `< ${RED_FLAG_TARGETS.screenP95Ms} ms`,
    measured: `${fmt.ms(screen.latency.p95)} (p50 ${fmt.ms(screen.latency.p50)}, p99 ${fmt.ms(screen.latency.p99)})`,
    pass: screen.latency.p95 < RED_FLAG_TARGETS.screenP95Ms,
    steal: screenStealShare,
  });

  const { intake } = config;
  section('R2. Intake throughput: red-flag screen vs the pre-#12 keyword screen (in process)');
  const intakeSteal = startStealMeter();
  const r = await measureIntakeThroughput(mkdtempSync(join(dir, 'intake-')), intake);
  const intakeStealShare = intakeSteal.read();
  detail(`execute(admitWith(screen)) on one hub and database, ${r.screen.admitted} admissions per side after ${intake.warmup} warm-up, ${intake.inFlight} in flight, ${intake.rounds} alternating rounds`);
  detail(`requests: ${(r.longShare * 100).toFixed(0)}% are 2,000-character messages, the rest everyday ones; ${r.meanChars.toFixed(0)} characters on average`);
  detail(`  red-flag screen    ${fmt.rate(r.screen.opsPerSecond)}   CPU ${fmt.ms(r.screen.cpuMsPerOp)} per admission   ${r.screen.redFlagged} red-flagged and escalated`);
  detail(`  keyword screen     ${fmt.rate(r.legacy.opsPerSecond)}   CPU ${fmt.ms(r.legacy.cpuMsPerOp)} per admission   ${r.legacy.redFlagged} red-flagged and escalated`);
  detail(`  CPU per admission, keyword ÷ screen: ${fmt.ratio(r.legacy.cpuMsPerOp / r.screen.cpuMsPerOp)} (the ratio with the machine's load taken out)`);
  detail(`  ratio              ${fmt.ratio(r.ratio)} (rounds: ${r.roundRatios.map((x) => x.toFixed(2)).join(', ')})`);
  figures.push({
    name: 'R2. intake: red-flag screen ÷ keyword screen',
    target: `≥ ${RED_FLAG_TARGETS.intakeRatio}×`,
    measured: `${fmt.ratio(r.ratio)} (${fmt.rate(r.screen.opsPerSecond)} vs ${fmt.rate(r.legacy.opsPerSecond)})`,
    pass: r.ratio >= RED_FLAG_TARGETS.intakeRatio,
    steal: intakeStealShare,
  });
}
