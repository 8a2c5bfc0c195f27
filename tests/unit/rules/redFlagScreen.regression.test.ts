// The screen says exactly what it said when development.screened.json was recorded: the same hits, with the
// same certainty and evidence offsets, and the same set-asides with the same reasons, for every development
// case and every text the benchmarks screen. A speed-up must leave this passing untouched; a change of
// result is re-recorded on purpose with tests/bench/redFlagGuardRecord.ts and reviewed line by line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenRequest } from '../../../shared/rules/redFlags';
import type { ScreenResult } from '../../../shared/schemas/redFlags';
import { guardCases } from '../../bench/redFlagGuardCases';

const recorded = new Map(
  (JSON.parse(readFileSync(new URL('../../fixtures/red-flags/development.screened.json', import.meta.url), 'utf8')) as { id: string; result: ScreenResult }[]).map(
    (r) => [r.id, r.result],
  ),
);

describe('red-flag screen results as recorded', () => {
  const cases = guardCases();

  it('replays every recorded request and no other', () => {
    expect(cases.map((c) => c.id).sort()).toEqual([...recorded.keys()].sort());
  });

  it('gives every development case and benchmark text the recorded hits and set-asides, evidence and reasons alike', () => {
    const changed = cases.filter(({ id, input }) => JSON.stringify(screenRequest(input)) !== JSON.stringify(recorded.get(id))).map((c) => c.id);
    expect(changed).toEqual([]);
  });
});
