// Infection and unwell-child rules: sepsis, meningitis, fever in a baby under 3 months, fever during
// chemotherapy, and a floppy, unresponsive or grunting child.
import { FEVER_WORD } from '../lexicon';
import { TEMPERATURE, readingIn, temperatureCheck } from '../measures';
import { SOURCES } from '../sources';
import type { MatchCheck, RuleDef } from '../types';
import { isChild, possible, t, under3Months } from './helpers';

/** "Has a temperature" is a fever in lay English, unless a number just after it says otherwise ("temp of 37.4"). */
const feverWordCheck: MatchCheck = (m, text) => {
  const reading = readingIn(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
  return reading === null || reading ? 'definite' : null;
};

const FEVER = [
  t(String.raw`(?:has|had|got|running|with|a|high|raised|spiking|spiked) (?:a )?(?:high |raised |slight |bit of a |really high |very high )?(?:temp(?:erature)?|fever)|fever(?:ish)?|febrile|pyrexi\w*|burning up`, feverWordCheck),
  { pattern: TEMPERATURE, check: temperatureCheck },
];
const FEELS_HOT_WORDS = String.raw`(?:feels?|felt|is|was|really|very|so|body) (?:really |very |so )?(?:hot|warm|boiling|roasting)|hot to (?:the )?touch|shiver\w*|shaking`;
const FEELS_HOT = t(FEELS_HOT_WORDS, possible);
const BABY_UNWELL = t(String.raw`off (?:\w+ ){0,2}(?:milk|feeds?|food|bottles?)|not (?:feeding|drinking|taking (?:\w+ ){0,2}(?:milk|feeds?|bottles?))|won'?t (?:feed|drink|take (?:\w+ ){0,2}(?:milk|bottle))|(?:very |really )?(?:sleepy|drowsy|floppy|lethargic)|hard to wake|feeding less|sleepier|fewer wet nappies|high[- ]pitched cry`);

export const INFECTION_RULES: RuleDef[] = [
  {
    id: 'sepsis_signs',
    label: 'Sepsis signs: mottled or blue skin, confusion with fever, no urine all day, or feeling something is very wrong',
    severity: 'emergency',
    source: SOURCES.sepsis,
    phrases: [
      t(String.raw`seps\w*|septic|mottled|blotchy (?:blue|grey|purple)`),
      t(String.raw`(?:skin|lips|tongue) (?:is|are|looks?|has gone|gone|turned|turning) (?:\w+ )?(?:blue|grey|gray|blotchy|mottled)`),
      t(String.raw`(?:not|hasn'?t|haven'?t|has not|have not|no) (?:passed|done|had) (?:any )?(?:urine|a wee|wee|a pee|pee|a wet nappy|wet nappies) (?:all day|for (?:a day|\d+ hours|24 hours|twelve hours|12 hours))`),
      t(String.raw`(?:uncontrollabl[ey]|violent\w*) shiver\w*|(?:feel|feels|felt|feeling) worse than (?:i'?ve|i have|he'?s|she'?s) ever (?:felt|been)|rigou?rs|feel(?:s|ing)? like (?:i'?m|i am|he'?s|she'?s|he is|she is) (?:going to|gonna) die|(?:think|feel(?:s|ing)? like|feel as if|convinced) (?:i'?m|i am|he'?s|she'?s) dying`),
    ],
    together: [
      [t(String.raw`confus\w*|delirious|very drowsy|hard to wake|difficult to wake|not making (?:any )?sense|slurred`)],
      FEVER,
    ],
    whenResolved: 'possible',
  },
  {
    id: 'meningitis_signs',
    label: 'Non-blanching rash, or stiff neck with fever (possible meningitis)',
    severity: 'emergency',
    source: SOURCES.meningitis,
    phrases: [
      t(String.raw`non[- ]?blanch\w*|meningitis|(?:rash|spots?|marks?)[^.!?;]{0,30}(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|will not|not) (?:fade|blanch|go away under)\w*`),
      t(String.raw`(?:rash|spots?)(?![^.!?;]{0,60}\b(?:faded|fade|blanched|went away))[^.!?;]{0,60}(?:glass|tumbler)|(?<!(?:faded|blanched)\b[^.!?;]{0,40})glass test|(?:soft spot|fontanel+e?)[^.!?;]{0,30}(?:bulg\w*|swollen|raised)|purple (?:\w+ )?(?:rash|spots|blotches)|petechia\w*|purpur\w*`),
    ],
    together: [
      [t(String.raw`stiff neck|neck stiffness|neck (?:is|feels|has gone) (?:really |very )?stiff|(?:can'?t|cannot|unable to) (?:bend|move|touch) (?:my|his|her|their) (?:neck|chin)|(?:light|bright lights?) (?:hurts?|hurting) (?:my|his|her) eyes|photophobi\w*`)],
      FEVER,
    ],
    whenResolved: 'possible',
  },
  {
    id: 'baby_fever',
    label: 'Baby under 3 months old with a fever (38 °C or higher)',
    severity: 'urgent',
    source: SOURCES.feverInChildren,
    appliesTo: under3Months,
    phrases: [...FEVER, FEELS_HOT],
    // A baby who feels hot and is off their feeds or sleepy is treated as febrile (NICE NG143: believe the parent).
    together: [[t(FEELS_HOT_WORDS)], [BABY_UNWELL]],
    whenResolved: 'possible',
  },
  {
    id: 'chemo_fever',
    label: 'Fever or feeling unwell during chemotherapy (possible neutropenic sepsis)',
    severity: 'emergency',
    source: SOURCES.sepsis,
    phrases: [],
    together: [
      [t(String.raw`chemo\w*|on (?:cancer )?treatment for (?:\w+ ){0,2}(?:cancer|leukaemia|lymphoma)|immunotherap\w*`)],
      [...FEVER, t(String.raw`(?:feels?|felt|is|really|very|so) (?:really |very )?(?:hot|shivery)|shiver\w*|hot and cold`)],
    ],
    whenResolved: 'possible',
  },
  {
    id: 'unwell_child',
    label: 'Seriously unwell child: floppy, unresponsive, hard to wake or grunting',
    severity: 'emergency',
    source: SOURCES.call999,
    appliesTo: isChild,
    phrases: [
      t(String.raw`floppy|limp|unresponsive|(?:won'?t|can'?t|cannot|couldn'?t|hard to|difficult to|not) (?:wake|waking|be woken)(?: (?:him|her|them) up| up)?|not responding|not answering|(?:just )?lying there staring|staring (?:into space|blankly)|grunting|(?:sucking|pulling) in (?:under|between) (?:his|her|their|the) ribs|ribs (?:are |keep )?sucking in`),
      // Milder signs an unwell child may show: possible, for a clinician to look at.
      t(String.raw`(?:more |much )?sleepy than usual|not (?:himself|herself|themselves)`, possible),
    ],
    whenResolved: 'possible',
  },
];
