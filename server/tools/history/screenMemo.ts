// Intake for the history: the hub's own `admit` with its red-flag screen remembered. The history's
// requests are written in the demo scenarios' words (docs/history.md), so the same text and answers
// come back thousands of times, and screening them again was 7% of a bulk run. The screen reads
// nothing of the patient but the age in months on the day of submission (shared/rules/redFlags/screen.ts,
// `Patient`), so text, answers and that age decide its result exactly; nothing else is remembered.
import { ageInMonthsOn } from '../../../shared/rules/age';
import { screenRequest } from '../../../shared/rules/redFlags';
import { admitWith } from '../../commands/admit';

type Screen = typeof screenRequest;

/** Enough for every scenario at every age the demo's patients reach; past it the memory starts again. */
const MAX_REMEMBERED = 200_000;

export function rememberedScreen(screen: Screen = screenRequest): Screen {
  const known = new Map<string, ReturnType<Screen>>();
  return (input) => {
    let age: number | null;
    try {
      age = ageInMonthsOn(input.birthDate, input.submittedAt);
    } catch {
      age = null;
    }
    const key = `${age}\u0000${JSON.stringify(input.answers ?? null)}\u0000${input.text}`;
    let result = known.get(key);
    if (!result) {
      if (known.size >= MAX_REMEMBERED) known.clear();
      result = screen(input);
      known.set(key, result);
    }
    return result;
  };
}

/** `admit` (server/commands/admit.ts) with the screen above: the same operation, rows and audit. */
export const historyAdmit = admitWith(rememberedScreen());
