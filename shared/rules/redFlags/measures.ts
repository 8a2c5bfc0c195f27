// Numbers in lay text: temperatures (38.2, 101 F, "38 degrees"), tablet counts ("30 paracetamol",
// "a whole packet") and a baby's age written in the text ("my 7 week old").
import type { Certainty, MatchCheck } from './types';
import { rx } from './lexicon';
import { allMatches } from './text';

/** Fever for these rules is 38 °C or above (100.4 °F): NHS "Fever in children" and NICE NG143. */
export const FEVER_C = 38;
const FEVER_F = 100.4;

/** A number that reads as a fever: 38–44 taken as °C, 100.4–111 as °F; anything else says nothing. */
export function isFeverReading(value: number, unit?: string): boolean {
  if (unit === 'f' || (!unit && value >= 90)) return value >= FEVER_F && value <= 111;
  return value >= FEVER_C && value <= 44;
}

/** A temperature given as a number: "temp of 38.5", "38.2 degrees", "101f". Group 1 is the value, 2 the unit. */
export const TEMPERATURE = rx(
  String.raw`(?:temp\w*|fever|thermometer|reading|it was|was|is|of|at|around|about|over|hit|reached)[^.!?;\n\d]{0,25}?(\d{2,3}(?:[.,]\d{1,2})?) ?(?:°|º|degrees?|deg|celsius|centigrade|fahrenheit|c|f)?|(\d{2,3}(?:[.,]\d{1,2})?) ?(?:°|º|degrees?|deg) ?(?:c|f)?`,
);

export const temperatureCheck: MatchCheck = (m) => {
  const raw = m[1] ?? m[2];
  if (!raw) return null;
  const value = Number(raw.replace(',', '.'));
  const unit = /f(?:ahrenheit)?$/.test(m[0]) ? 'f' : /(?:c|celsius|centigrade)$/.test(m[0]) ? 'c' : undefined;
  return isFeverReading(value, unit) ? 'definite' : null;
};

const NUMBER_WORDS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, sixteen: 16, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
/** Whether the first number in a short stretch reads as a fever; null when there is no number. */
export function readingIn(stretch: string): boolean | null {
  const m = /(\d{2,3}(?:[.,]\d{1,2})?) ?(?:°|º|degrees?|deg)? ?(c|f)?\b/.exec(stretch);
  return m ? isFeverReading(Number(m[1]!.replace(',', '.')), m[2]) : null;
}

/** More tablets at once than this is an overdose to treat as one (a day's paracetamol is 8 × 500 mg). */
const TABLETS_OVER = 8;

export const TABLET_COUNT = rx(
  String.raw`(?:taken|took|take|swallowed|had|necked|downed|overdosed on|od'?d on|od on) (?:about |around |like |maybe |over |at least |nearly )?(\d+|ten|eleven|twelve|fifteen|sixteen|twenty|thirty|forty|fifty|a hundred|(?:a|the|an entire|a whole|a full|whole|full|all (?:of )?(?:my|the|his|her)|two|2|both) (?:whole |full )?(?:packets?|packs?|boxes|box|bottles?|tubs?|strips?)|loads|lots|handfuls?|a handful|all (?:of )?(?:my|his|her|the)) (?:of )?(?:my |his |her |the |mums? |dads? )?(?:\w+ )?(?:paracetamol|ibuprofen|co-?codamol|codeine|aspirin|tablets?|pills?|tabs|meds|medication|sleeping pills|antidepressants|sertraline|citalopram|amitriptyline|insulin)`,
);

export const tabletCheck: MatchCheck = (m) => {
  const raw = (m[1] ?? '').trim();
  const n = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw.replace(/^a /, '')] ?? Number.NaN);
  if (Number.isNaN(n)) return 'definite'; // "a whole packet", "handfuls": a quantity no one takes as a dose
  return n > TABLETS_OVER ? 'definite' : null;
};

/** The text gives the patient's age as under 3 months: "my 7 week old", "10 days old", "newborn". */
const UNDER_3_MONTHS_TEXT = rx(
  String.raw`newborn|new born|(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:-| )?(day|days|week|weeks|wk|wks|month|months)[- ]old|only (?:a )?few (?:days|weeks) old`,
);
const SMALL_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

export function textSaysUnder3Months(text: string): boolean {
  for (const m of allMatches(text, UNDER_3_MONTHS_TEXT)) {
    if (!m[1]) return true;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : (SMALL_WORDS[m[1]] ?? 99);
    const unit = m[2] ?? '';
    if (unit.startsWith('d') ? n < 90 : unit.startsWith('w') ? n < 13 : n < 3) return true;
  }
  return false;
}

export const certaintyOf = (check: MatchCheck | undefined, m: RegExpExecArray, text: string): Certainty | null =>
  check ? check(m, text) : 'definite';
