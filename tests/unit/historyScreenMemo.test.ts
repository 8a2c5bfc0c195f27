// The history's intake remembers the red-flag screen by text, answers and age (server/tools/history/screenMemo.ts):
// it must flag exactly what the hub's own screen flags, for the same words at every age, including
// the age-bound rules (a baby's fever is a red flag; an adult's is not).
import { describe, expect, it } from 'vitest';
import { CLINICAL_SCENARIOS } from '../../db/seed/demoScenarios';
import { screenRequest, type ScreenInput } from '../../shared/rules/redFlags';
import { rememberedScreen } from '../../server/tools/history/screenMemo';

const BIRTH_DATES = ['2026-10-20', '2026-08-01', '2020-05-15', '1990-02-28', '1940-11-30'];
const inputs: ScreenInput[] = CLINICAL_SCENARIOS.flatMap((s) =>
  s.texts.flatMap((text) =>
    BIRTH_DATES.map((birthDate) => ({ text, birthDate, submittedAt: '2026-11-27T09:30:00Z', answers: s.durations ? { duration: s.durations[0] } : undefined })),
  ),
);

describe('the history’s remembered red-flag screen', () => {
  it('screens every scenario at every age as the hub’s screen does, first time and remembered', () => {
    const remembered = rememberedScreen();
    for (const round of [1, 2]) {
      for (const input of inputs) expect(remembered(input), `${round}: ${input.text} (${input.birthDate})`).toEqual(screenRequest(input));
    }
  });

  it('tells a baby from an adult writing the same words', () => {
    const remembered = rememberedScreen();
    const words = 'My baby has a high temperature of 38.5 and is not feeding';
    const baby = { text: words, birthDate: '2026-10-20', submittedAt: '2026-11-27T09:30:00Z' };
    const adult = { ...baby, birthDate: '1990-02-28' };
    expect(remembered(baby).hits.map((h) => h.ruleId)).toEqual(['baby_fever']);
    expect(remembered(adult).hits).toEqual([]);
    expect(remembered(baby).hits.map((h) => h.ruleId)).toEqual(['baby_fever']);
  });

  it('screens each distinct request once', () => {
    let screened = 0;
    const remembered = rememberedScreen((input) => (screened++, screenRequest(input)));
    for (let i = 0; i < 3; i++) for (const input of inputs.slice(0, 10)) remembered(input);
    expect(screened).toBe(new Set(inputs.slice(0, 10).map((i) => JSON.stringify(i))).size);
  });
});
