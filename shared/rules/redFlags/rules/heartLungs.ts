// Heart, breathing and airway rules: chest pain, breathlessness, anaphylaxis, choking, blood clots.
import { BREATHE, CANT, CHEST, PAIN, POSTNATAL } from '../lexicon';
import { SOURCES } from '../sources';
import type { RuleDef } from '../types';
import { lasting, possible, t } from './helpers';

const CHEST_FEELING = String.raw`(?:${PAIN}|tight(?:ness)?|pressure|heav(?:y|iness)|discomfort|crushing|squeez\w*|burning|weight|band)`;
const RADIATES = String.raw`(?:going|goes|went|spreading|spreads|radiating|radiates|moving|shooting|travelling|down|up|into) (?:\w+ ){0,3}(?:my |his |her |the )?(?:left |right )?(?:jaw|arms?|neck|shoulders?|back)`;
const SWEATY_OR_SICK = String.raw`(?:sweat\w*|clammy|feel(?:s|ing)? sick|felt sick|nause\w*|vomit\w*|being sick|light-?headed|dizzy|faint)`;

const BREATHING = [
  t(String.raw`${CANT} (?:to )?(?:catch|get|take) (?:my|his|her|their|a|me|any) (?:deep )?${BREATHE}`),
  t(String.raw`${CANT} (?:to )?${BREATHE}(?! (?:through|out of) (?:my|his|her|the) nose)`),
  t(String.raw`short(?:ness)? (?:of|o) ${BREATHE}|breathless(?:ness)?|gasping(?: for (?:breath|air))?|fighting for (?:breath|air)|struggling for (?:breath|air)|can'?t get (?:enough )?air|not getting enough air`),
  t(String.raw`breathing (?:is |has been |was )?(?:really |very |so )?(?:difficult|laboured|labored|noisy|rapid|fast|hard|shallow|heavy)`),
  t(String.raw`(?:lips|face|tongue) (?:(?:are|is|look|looks|turning|turned|gone|going|have|has|a bit) ){0,2}(?:blue|grey|gray)`),
  t(String.raw`${CANT} (?:talk|speak|finish|say|get) (?:in )?(?:full |whole |my |a )?sentences?|breathing (?:is |has got |has gotten |got )?(?:much |a lot |far )?worse than (?:normal|usual)`),
  t(String.raw`out of breath|breathing (?:seems?|sounds?|looks?|is) (?:a bit |a little |quite )?(?:fast|quick|rapid|noisy|laboured)`, possible),
];

export const HEART_LUNG_RULES: RuleDef[] = [
  {
    id: 'chest_pain',
    label: 'Chest pain, tightness or pressure (possible heart attack)',
    severity: 'emergency',
    source: SOURCES.heartAttack,
    phrases: [
      t(String.raw`${CHEST} (?:${PAIN}|tight(?:ness)?|pressure|discomfort|heaviness|crushing|squeez\w*|is (?:tight|hurting|painful|heavy|sore)|(?:feels?|felt) (?:tight|heavy|crushed|like|as if|squeezed))`),
      t(String.raw`${CHEST_FEELING} (?:\w+ ){0,2}(?:in|across|around|round|on|over|through|behind|at|under) (?:[a-z']+ ){0,3}?${CHEST}`),
      t(String.raw`crushing[^.!?;]{0,30}${CHEST}|heart attack|cardiac arrest`),
      t(String.raw`${CHEST} (?:is |feels? |felt )(?:(?:really|very|so|quite|a bit|a little|slightly|bit) )?(?:tight|heavy|painful|sore|hurting|crushed)|heart (?:feels? )?(?:like (?:it'?s |its )?(?:being )?)?(?:squeez\w*|crush\w*)|(?:gtn|angina) spray (?:\w+ ){0,2}(?:isn'?t|isnt|not|hasn'?t|didn'?t) (?:working|helping|worked|helped)`),
    ],
    together: [[t(String.raw`${CHEST}|indigestion|heartburn`)], [t(RADIATES)], [t(SWEATY_OR_SICK)]],
    whenResolved: 'possible',
  },
  {
    id: 'breathing_difficulty',
    label: 'Difficulty breathing or severe breathlessness',
    severity: 'emergency',
    source: SOURCES.call999,
    phrases: BREATHING,
    whenResolved: 'possible',
  },
  {
    id: 'anaphylaxis',
    label: 'Anaphylaxis signs: swelling of the lips, tongue or throat with difficulty breathing or swallowing',
    severity: 'emergency',
    source: SOURCES.anaphylaxis,
    phrases: [
      t(String.raw`anaphyla\w*|anaphalax\w*`),
      t(String.raw`(?:used|using|use|gave|given|needed|need) (?:my|his|her|their|an|the) epi-?pen`),
      t(String.raw`throat (?:is |feels? (?:like (?:it'?s )?)?)?(?:closing|tightening|swelling)(?: up)?`),
    ],
    together: [
      [
        t(String.raw`tongue (?:feels? |is )?(?:thick|swollen|huge|big)|(?:swollen|swelling|swelled|puffy|puffed) (?:up )?(?:of )?(?:my |his |her |the )?(?:lips?|tongue|throat|face|mouth)|(?:lips?|tongue|throat|face|mouth|eyes)(?: (?:and|&) \w+)? (?:is |are |has |have )?(?:gone |got |started |been )?(?:swollen|swelling|swelled|puff\w*)|allergic reaction`),
      ],
      [...BREATHING, t(String.raw`wheez\w*|${CANT} swallow|drooling|throat (?:feels? |is )?(?:tight|closing|swollen|hurts|sore)|cough\w*|dizzy|(?:feel|feels|feeling|felt) faint`)],
    ],
    whenResolved: 'possible',
  },
  {
    id: 'choking',
    label: 'Choking: something stuck in the throat or airway',
    severity: 'emergency',
    source: SOURCES.call999,
    phrases: [
      t(String.raw`chok(?:e|ed|es|ing)(?! (?:up|back|for a))`),
      t(String.raw`(?:piece|bit|lump|chunk) of (?:\w+ )?(?:meat|food|apple|bread|sweet|bone)[^.!?;]{0,20}(?:stuck|lodged)`),
      t(String.raw`(?:something|food|a \w+) (?:is |got |has got |was )?(?:stuck|lodged) in (?:my|his|her|their|the) (?:throat|windpipe|airway)`),
    ],
    whenResolved: 'set-aside',
  },
  {
    id: 'blood_clot',
    label: 'Signs of a blood clot: a swollen, painful, warm calf or leg (DVT), or a clot in the lung',
    severity: 'urgent',
    source: SOURCES.dvt,
    phrases: [
      t(String.raw`dvt|deep vein thrombosis|blood clot(?!s)|clot in (?:my|his|her|the) (?:leg|lungs?|calf)|pulmonary embol\w*`),
 t(String.raw`(?:calf|leg)[^.!?;]{0,60}(?:short(?:ness)? of breath|breathless|cough\w* (?:up )?(?:\w+ ){0,3}blood)|(?:sharp|stabbing) pain (?:\w+ ){0,4}when (?:i |he |she )?(?:breathe|take a (?:deep )?breath)`),
      // Just after the birth, a swollen leg is a clot until shown otherwise; "2 weeks ago" dates the birth, not the leg.
      lasting(String.raw`(?:${POSTNATAL}|had (?:a|my|the|her|our) baby)[^.!?;]{0,40}(?:leg|calf) (?:is |has gone |looks )?(?:\w+ )?(?:swollen|bigger|puffy)`),
      t(String.raw`(?:one|left|right) (?:leg|calf) (?:is |has gone |looks )?(?:\w+ )?(?:swollen|bigger|fatter)(?: than the other)?`),
    ],
    together: [
      [t(String.raw`calf|calves`)],
      [t(String.raw`swollen|swelling|red|hot|warm|throbbing|tender`)],
    ],
    whenResolved: 'possible',
  },
];
