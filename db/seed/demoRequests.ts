// The demo hub's requests: a seeded backlog over the last few days, and one fresh request at a time for the trickle.
import { TZDate } from '@date-fns/tz';
import { HUB_TIME_ZONE } from '../../shared/rules/age';
import type { RedFlagId } from '../../shared/rules/redFlags';
import type { Answers, IntakeRequest } from '../../shared/schemas/intake';
import { ADMIN_SCENARIOS } from './demoAdminScenarios';
import { DEMO_MEMBER_PRACTICES } from './demoPeople';
import { demoPatient, fillText, pick, seededRandom, type Random } from './demoPatients';
import { CLINICAL_SCENARIOS, type Scenario } from './demoScenarios';

export { seededRandom, testRangeNhsNumber, type Random } from './demoPatients';

export const DEMO_SCENARIOS: readonly Scenario[] = [...CLINICAL_SCENARIOS, ...ADMIN_SCENARIOS];

/** The seed `npm start` uses unless told otherwise. */
export const DEMO_SEED = 20250401;

/** A generated request with the scenario it came from, so tests can check the screen against the intent. */
export interface DemoCase {
  scenarioId: string;
  /** The red-flag rule the scenario is written to fire, or null for a routine request. */
  expectedRedFlag: RedFlagId | null;
  request: IntakeRequest;
}

const HOUR = 3_600_000;
const BACKLOG_HOURS = 72;

/**
 * How likely a request arrives at this instant, relative to the working day: most come in hub hours
 * (08:00–18:30 London, weekdays), fewer in evenings and at weekends, a handful overnight.
 */
function arrivalWeight(ms: number): number {
  const london = new TZDate(ms, HUB_TIME_ZONE);
  const minutes = london.getHours() * 60 + london.getMinutes();
  const weekday = london.getDay() >= 1 && london.getDay() <= 5;
  if (weekday && minutes >= 8 * 60 && minutes < 18 * 60 + 30) return 1;
  if (minutes >= 7 * 60 && minutes < 23 * 60) return 0.3;
  return 0.06;
}

function backlogInstant(now: Date, rng: Random): Date {
  const end = now.getTime();
  let ms = end;
  // Rejection sampling against arrivalWeight; the bound only matters if every draw lands overnight.
  for (let attempt = 0; attempt < 500; attempt++) {
    ms = end - rng() * BACKLOG_HOURS * HOUR;
    if (rng() < arrivalWeight(ms)) break;
  }
  return new Date(Math.floor(ms / 1000) * 1000);
}

// The first practice (practice1's) sends twice its share, so the practice view has plenty to show.
const PRACTICE_DRAW = [DEMO_MEMBER_PRACTICES[0]!, ...DEMO_MEMBER_PRACTICES].map((p) => p.ods);

function answersFor(scenario: Scenario, textIndex: number): Answers {
  const duration = scenario.durations?.[textIndex % scenario.durations.length];
  return {
    symptomArea: scenario.symptomArea,
    ...(duration ? { duration } : {}),
    ...(scenario.severity ? { severity: scenario.severity } : {}),
    ...(scenario.requestType ? { requestType: scenario.requestType } : {}),
  };
}

function buildCase(scenario: Scenario, textIndex: number, submittedAt: Date, rng: Random, taken?: Set<string>): DemoCase {
  const patient = demoPatient(scenario, submittedAt, rng, taken);
  return {
    scenarioId: scenario.id,
    expectedRedFlag: scenario.redFlag ?? null,
    request: {
      practiceOds: pick(rng, PRACTICE_DRAW),
      submittedAt: submittedAt.toISOString(),
      kind: scenario.kind,
      patient,
      text: fillText(scenario.texts[textIndex % scenario.texts.length]!, patient.sex),
      answers: answersFor(scenario, textIndex),
    },
  };
}

/** Every scenario `demoCount` times (cycling through its wordings), oldest first; deterministic for (now, seed). */
export function demoCases(now: Date, seed: number = DEMO_SEED): DemoCase[] {
  const rng = seededRandom(seed);
  const taken = new Set<string>();
  const cases = DEMO_SCENARIOS.flatMap((scenario) =>
    Array.from({ length: scenario.demoCount }, (_, i) =>
      buildCase(scenario, i, backlogInstant(now, rng), rng, taken),
    ),
  );
  return cases.sort((a, b) => a.request.submittedAt.localeCompare(b.request.submittedAt));
}

/** About 60 requests from the last three days (a third admin, a handful of red flags), oldest first. */
export function demoRequests(now: Date, seed: number = DEMO_SEED): IntakeRequest[] {
  return demoCases(now, seed).map((c) => c.request);
}

// Red flags are rare in real traffic (docs/product.md), so the trickle draws them far less often than the backlog holds them.
const TRICKLE_WEIGHTS = DEMO_SCENARIOS.map((s) => (s.redFlag ? 0.1 : s.demoCount));
const TRICKLE_TOTAL = TRICKLE_WEIGHTS.reduce((a, b) => a + b, 0);

function trickleScenario(rng: Random): Scenario {
  let r = rng() * TRICKLE_TOTAL;
  for (let i = 0; i < DEMO_SCENARIOS.length; i++) {
    r -= TRICKLE_WEIGHTS[i]!;
    if (r < 0) return DEMO_SCENARIOS[i]!;
  }
  return DEMO_SCENARIOS[DEMO_SCENARIOS.length - 1]!;
}

/** One new request submitted at `now`, with a fresh patient, for the live trickle. */
export function syntheticCase(now: Date, rng: Random): DemoCase {
  const scenario = trickleScenario(rng);
  return buildCase(scenario, Math.floor(rng() * scenario.texts.length), now, rng);
}

export function syntheticRequest(now: Date, rng: Random): IntakeRequest {
  return syntheticCase(now, rng).request;
}
