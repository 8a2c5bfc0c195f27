// Bleeding, tummy, bladder and swallowed-object rules: heavy bleeding, bleeding from the gut, sudden
// severe abdominal pain, being unable to pass urine, sudden testicular pain, a swallowed battery or magnet.
import { CANT, PAIN, SEVERE, SUDDEN } from '../lexicon';
import { SOURCES } from '../sources';
import type { RuleDef } from '../types';
import { t } from './helpers';

const TUMMY = String.raw`(?:stomach|stomache|tummy|abdominal|abdomen|belly|tum|stomch|tummie)`;
const BALLS = String.raw`(?:testic\w*|testes|testis|balls?|scrotum|scrotal|nuts|bollocks)`;
const BATTERY = String.raw`(?:button|coin|watch|lithium|disc|disk|small|round) batter(?:y|ies)`;

export const BODY_AND_BLEEDING_RULES: RuleDef[] = [
  {
    id: 'heavy_bleeding',
    label: 'Heavy or uncontrolled bleeding, or coughing up blood',
    severity: 'emergency',
    source: SOURCES.call999,
    phrases: [
      t(String.raw`(?:heavy|heavily|severe|lots of|a lot of|loads of|so much|profuse\w*|uncontrol\w*|massive) (?:bleed\w*|blood loss)`),
      t(String.raw`bleed\w* (?:really |very )?(?:heavily|a lot|badly|profusely|everywhere|non[- ]?stop)|(?:won'?t|will not|can'?t|cannot|not) stop (?:the )?bleed\w*|bleed\w* (?:that |which )?(?:won'?t|will not|doesn'?t|does not|hasn'?t|has not|isn'?t|is not|not) (?:stop\w*)`),
      t(String.raw`(?:losing|lost) (?:a lot of|lots of|loads of|so much) blood|blood (?:is )?(?:pouring|gushing|spurting|everywhere)|(?:pouring|gushing|spurting) (?:with )?blood|soaked (?:\w+ ){0,3}(?:with|in) blood`),
      t(String.raw`cough\w* (?:up )?(?:\w+ ){0,2}blood|(?:haemorrhag|hemorrhag)\w*`),
      t(String.raw`soak\w* (?:through )?(?:a |one |the )?(?:pad|pads|tampon|towel)|passing (?:big|large|huge) clots|(?:huge|massive|big|heavy|really bad) nose ?bleed|nose ?bleed[^.!?;]{0,30}(?:half an hour|\d+ (?:mins|minutes|hours?)|an hour)|(?:loads of|lots of|so much|a lot of) blood[^.!?;]{0,15}(?:won'?t|wont|will not) stop|bleed\w* (?:for )?(?:\d+|over an?|half an) (?:min\w*|hours?)`),
    ],
    whenResolved: 'set-aside',
  },
  {
    id: 'gi_bleeding',
    label: 'Bleeding from the gut: vomiting blood, or black, tarry poo',
    severity: 'emergency',
    source: SOURCES.ae,
    phrases: [
      t(String.raw`(?:vomit\w*|throw\w* up|threw up|being sick|been sick|puk\w*|spew\w*|sick) (?:up )?(?:\w+ ){0,2}blood|blood in (?:my|his|her|the) (?:vomit|sick)|(?:vomit\w*|sick|threw up)[^.!?;]{0,30}blood in it|(?:looks like )?coffee[- ]grounds?`),
      t(String.raw`(?:black|tarry|tar-like|tar like|jet black) (?:\w+ ){0,2}(?:poo|poos|stools?|faeces|feces|bowel movements?|motions?)|(?:poo|stools?) (?:is|are|was|were|has been|have been|has gone|gone|looks?) (?:\w+ )?(?:black|tarry|like tar)|(?:lots of|a lot of|loads of) blood (?:from|in|when i) (?:my )?(?:bottom|bum|back passage|poo|stools?)`),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'severe_abdominal_pain',
    label: 'Sudden, severe pain in the tummy',
    severity: 'emergency',
    source: SOURCES.call999,
    phrases: [
      t(String.raw`${SEVERE} (?:\w+ ){0,2}${TUMMY} ?(?:${PAIN}|cramps?|cramping)`),
      t(String.raw`${TUMMY} ?(?:${PAIN}|cramps?)[^.!?;]{0,40}(?:${SEVERE}|${SUDDEN}|doubled (?:up|over)|can'?t (?:stand|move|walk|stand up straight))`),
      t(String.raw`(?:agony|${SEVERE} pain) in (?:my|his|her|the) ${TUMMY}|(?:${SUDDEN}) (?:\w+ ){0,2}${TUMMY} ?pain|${TUMMY} ?pain (?:10|ten) ?(?:/|out of) ?10|${SEVERE} pain (?:low down|(?:in|on) (?:my|his|her) (?:lower )?(?:right|left) side)|rolling (?:around|about) (?:in|with) (?:\w+ )?pain`),
      t(String.raw`doubled (?:up|over) (?:in|with) pain|${SUDDEN} (?:\w+ ){0,2}${SEVERE} (?:\w+ ){0,2}pain`),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'urinary_retention',
    label: 'Unable to pass urine',
    severity: 'urgent',
    source: SOURCES.ae,
    phrases: [
      t(String.raw`${CANT} (?:to )?(?:pee|wee|urinate|pass urine|pass water|empty (?:my|his|her) bladder|go for a wee)(?! properly)`),
      t(String.raw`(?:haven'?t|hasn'?t|have not|has not|not) been able to (?:pee|wee|urinate|pass (?:urine|water))|nothing (?:comes|coming|came) out|no (?:wee|urine|pee) (?:is )?(?:coming|draining|comes|came)|catheter (?:is |has )?(?:blocked|not draining|stopped draining)`),
      t(String.raw`(?:haven'?t|hasn'?t|have not|has not|not) (?:been able to )?(?:pee'?d|weed|peed|passed urine|passed water|had a wee|had a pee) (?:for|since|all)`),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'sudden_testicular_pain',
    label: 'Sudden testicular pain (possible torsion)',
    severity: 'emergency',
    source: SOURCES.ae,
    phrases: [
      t(String.raw`(?:sudden\w*|severe|excruciating|agoni[sz]ing|agony|intense|really bad)[^.!?;]{0,40}${BALLS}`),
      t(String.raw`${BALLS}[^.!?;]{0,50}(?:sudden\w*|out of nowhere|all of a sudden|severe|excruciating|agoni[sz]ing|agony)`),
      t(String.raw`(?:testicular )?torsion|twisted (?:testicle|testis)`),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'button_battery_or_magnet',
    label: 'Swallowed a button battery or magnets',
    severity: 'emergency',
    source: SOURCES.ae,
    phrases: [
      t(String.raw`(?:swallow\w*|ate|eaten|put|in (?:his|her|their) mouth)(?: \w+){0,4} ${BATTERY}|${BATTERY}(?: \w+){0,5} (?:swallow\w*|in (?:his|her|their) (?:mouth|nose|ear)|ate|eaten|missing)`),
      t(String.raw`(?:swallow\w*|ate|eaten)(?: \w+){0,3} magnet(?:s|ic)?|magnets?(?: \w+){0,4} swallow\w*`),
    ],
    whenResolved: 'keep',
  },
];
