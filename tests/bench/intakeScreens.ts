// Figure R2: intake throughput with the red-flag screen against "today's", the pre-#12 keyword screen
// (legacyKeywordScreen.ts). Both run the real admission operation through the hub's one executor, in
// process, built by admitWith() with one screen or the other; everything else (validation, the row, SLA,
// liability, change feed, audit, escalation of a red flag, group commit) is the same code. One hub and
// one database serve both sides, which take turns in rounds, the first side alternating, so the machine's
// noise and the growing tables fall on both alike.
import { join } from 'node:path';
import { startHub, type Hub } from '../../server/app';
import { sha256 } from '../../server/auth/sessions';
import { admit, admitWith } from '../../server/commands/admit';
import type { Actor } from '../../shared/lifecycle/events';
import type { IntakeRequest } from '../../shared/schemas/intake';
import { PRACTICES, TEST_INTAKE_KEY, intakeBody } from '../helpers/fixtures';
import { legacyScreenRequest } from './legacyKeywordScreen';
import { longRequest } from './redFlagScreen';
import { RED_FLAG_TEXT, TEXTS, testNhsNumber } from './seed';

export interface IntakeOptions {
  /** Admissions per side, measured (after `warmup` more per side). */
  requests: number;
  warmup: number;
  rounds: number;
  /** Admissions in flight at once per side (closed loop): they share commits, as concurrent intake does. */
  inFlight: number;
}

export interface IntakeSide {
  admitted: number;
  seconds: number;
  opsPerSecond: number;
  /** This process's CPU time per admission (ms): the work itself, whatever else the machine was doing. */
  cpuMsPerOp: number;
  /** Admissions that came out red-flagged (and were escalated in the same transaction). */
  redFlagged: number;
}

export interface IntakeThroughputResult {
  screen: IntakeSide;
  legacy: IntakeSide;
  /** Screen ÷ keyword screen, admissions per second over all rounds. */
  ratio: number;
  roundRatios: number[];
  /** Share of requests that are 2,000-character messages; the rest are everyday short ones. */
  longShare: number;
  meanChars: number;
}

const LONG_EVERY = 4;
const RED_FLAG_EVERY = 50;

/** The n-th request of a side: the same sequence on both sides, so both screen the same texts. */
export function intakeRequest(n: number): IntakeRequest {
  const practice = PRACTICES[n % PRACTICES.length]!;
  const text = n % LONG_EVERY === 0 ? longRequest(n) : n % RED_FLAG_EVERY === 1 ? RED_FLAG_TEXT : TEXTS[n % TEXTS.length]!;
  return intakeBody({
    practiceOds: practice.ods,
    submittedAt: new Date(Date.now() - 60_000).toISOString(),
    text,
    patient: { nhsNumber: testNhsNumber(n), birthDate: `${1940 + (n % 80)}-0${1 + (n % 9)}-1${n % 10}` },
  });
}

interface Side {
  name: 'screen' | 'legacy';
  operation: typeof admit;
  next: number;
  seconds: number;
  cpuMs: number;
  admitted: number;
  redFlagged: number;
}

/** Admits `count` requests through `side`'s operation, `inFlight` at a time; returns the seconds taken. */
async function run(hub: Hub, side: Side, count: number, inFlight: number, measured: boolean): Promise<number> {
  const actorFor = (ods: string): Actor => ({ kind: 'integration', id: `practice:${ods}`, name: ods, roles: [], organisationOds: ods });
  const end = side.next + count;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const worker = async () => {
    while (side.next < end) {
      const body = intakeRequest(side.next++);
      const { row } = await hub.execute(side.operation, { actor: actorFor(body.practiceOds), body: { request: body } });
      if (measured && row.redFlags.length > 0) side.redFlagged++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  if (measured) {
    side.seconds += seconds;
    side.cpuMs += (cpu.user + cpu.system) / 1000;
    side.admitted += count;
  }
  return seconds;
}

export async function measureIntakeThroughput(dir: string, options: IntakeOptions): Promise<IntakeThroughputResult> {
  const hub = await startHub({ dbPath: join(dir, 'intake.sqlite'), port: 0 });
  try {
    hub.db.write(() => {
      for (const p of PRACTICES) hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) });
    });
    hub.directory.refresh();
    const sides: Side[] = [
      { name: 'screen', operation: admit, next: 0, seconds: 0, cpuMs: 0, admitted: 0, redFlagged: 0 },
      { name: 'legacy', operation: admitWith(legacyScreenRequest), next: 0, seconds: 0, cpuMs: 0, admitted: 0, redFlagged: 0 },
    ];
    for (const side of sides) await run(hub, side, options.warmup, options.inFlight, false);

    const perRound = Math.max(1, Math.ceil(options.requests / options.rounds));
    const roundRatios: number[] = [];
    for (let r = 0; r < options.rounds; r++) {
      const order = r % 2 === 0 ? sides : [...sides].reverse();
      const took: Record<string, number> = {};
      for (const side of order) took[side.name] = await run(hub, side, perRound, options.inFlight, true);
      roundRatios.push(took.legacy! / took.screen!);
    }

    const result = (s: Side): IntakeSide => ({
      admitted: s.admitted,
      seconds: s.seconds,
      opsPerSecond: s.admitted / s.seconds,
      cpuMsPerOp: s.cpuMs / s.admitted,
      redFlagged: s.redFlagged,
    });
    const [screen, legacy] = sides.map(result) as [IntakeSide, IntakeSide];
    const sample = Array.from({ length: 200 }, (_, n) => intakeRequest(n).text.length);
    return {
      screen,
      legacy,
      ratio: screen.opsPerSecond / legacy.opsPerSecond,
      roundRatios,
      longShare: 1 / LONG_EVERY,
      meanChars: sample.reduce((a, b) => a + b, 0) / sample.length,
    };
  } finally {
    await hub.close();
  }
}
