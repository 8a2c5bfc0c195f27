// The requests the screen's regression guard replays (tests/unit/rules/redFlagScreen.regression.test.ts):
// every development case as labelled, the same texts shouted (folding) and run together in pairs
// (context across sentences), and the texts the benchmarks screen (R1's long requests, R2's intake texts).
// Never the held-out part: it must not steer the screen.
import type { ScreenInput } from '../../shared/rules/redFlags';
import { loadCorpusPart } from '../fixtures/red-flags/schema';
import { longRequest } from './redFlagScreen';
import { RED_FLAG_TEXT, TEXTS } from './seed';

export interface GuardCase {
  id: string;
  input: ScreenInput;
}

const BABY = { birthDate: '2026-10-01', submittedAt: '2026-11-24T10:00:00Z' };
const ADULT = { birthDate: '1961-03-14', submittedAt: '2026-11-24T10:00:00Z' };

export function guardCases(): GuardCase[] {
  const development = loadCorpusPart('development');
  const cases: GuardCase[] = [];
  for (const c of development) {
    const input = { text: c.text, birthDate: c.birthDate, submittedAt: c.submittedAt, ...(c.answers ? { answers: c.answers } : {}) };
    cases.push({ id: c.id, input });
    cases.push({ id: `${c.id}/shouted`, input: { ...input, text: c.text.toUpperCase() } });
  }
  for (let i = 0; i + 1 < development.length; i += 2) {
    const [a, b] = [development[i]!, development[i + 1]!];
    cases.push({ id: `${a.id}+${b.id}`, input: { text: `${a.text} ${b.text}`, birthDate: a.birthDate, submittedAt: a.submittedAt } });
  }
  // R1 screens a baby's record with a string answer; longRequest has one text per starting sentence.
  for (let seed = 0; seed < 22; seed++) {
    cases.push({ id: `bench-long-${seed}`, input: { text: longRequest(seed), ...BABY, answers: { details: 'since this morning, getting worse' } } });
    cases.push({ id: `bench-long-${seed}/adult`, input: { text: longRequest(seed), ...ADULT } });
  }
  [...TEXTS, RED_FLAG_TEXT].forEach((text, i) => cases.push({ id: `bench-intake-${i}`, input: { text, ...ADULT } }));
  return cases;
}
