// Brain, nerve and eye rules: stroke, sudden headache, fits and collapse, confusion, head injury on
// blood thinners, sudden loss of sight and cauda equina.
import { BLOOD_THINNER, CANT, PAIN, SEVERE, SUDDEN } from '../lexicon';
import { SOURCES } from '../sources';
import type { RuleDef } from '../types';
import { possible, t } from './helpers';

const WHOSE = String.raw`(?:my|his|her|their|one|the)`;
const HEAD_SEVERE = String.raw`(?:${SEVERE}|explosive|blinding|splitting|thumping|pounding)`;

export const NEURO_RULES: RuleDef[] = [
  {
    id: 'stroke_signs',
    label: 'Stroke signs: face drooping, arm weakness or slurred speech',
    severity: 'emergency',
    source: SOURCES.stroke,
    phrases: [
      t(String.raw`face (?:\w+ ){0,2}(?:dropped|droop\w*|fallen|sagging|saggy|lopsided|gone (?:droopy|lopsided|numb|funny|to one side))`),
      t(String.raw`(?:drooping|droopy|lopsided|dropped|wonky) (?:face|mouth|smile)|facial (?:droop\w*|weakness|palsy)|mouth (?:has |is )?(?:dropped|drooped|drooping)`),
      t(String.raw`arm weakness|weak arm|weakness in ${WHOSE} (?:(?:left|right) )?(?:arm|leg|hand)|arm (?:is |has |went |has gone |gone )?(?:weak|floppy|dead)`),
      t(String.raw`${CANT} (?:grip|hold) (?:${WHOSE}|a|anything)|${CANT} (?:lift|raise|move|grip with) ${WHOSE} (?:(?:left|right) )?(?:arm|hand)`),
      t(String.raw`(?:weak(?:ness)?|numb(?:ness)?|paralys\w*) (?:down|on|in|all down) (?:one|the (?:left|right)) side|(?:one|left|right) side (?:of ${WHOSE} (?:body|face) )?(?:is |has gone |went |feels? )?(?:weak|numb|dead|paralysed)`),
      t(String.raw`slurr\w*|${CANT} (?:get ${WHOSE} words out|speak properly|talk properly|find (?:the|${WHOSE}) words)|(?:speech|words) (?:is |are |has gone |have gone )?(?:garbled|jumbled|muddled|slurred)`),
      t(String.raw`(?:a |another |mini[- ]?)stroke|tia`),
    ],
    // NHS: call 999 even if the signs go away, since a TIA warns of a stroke.
    whenResolved: 'keep',
  },
  {
    id: 'sudden_severe_headache',
    label: 'Sudden severe ("worst ever" or thunderclap) headache',
    severity: 'emergency',
    source: SOURCES.call999,
    phrases: [
      t(String.raw`thunderclap|worst (?:ever |possible )?head ?aches?|head ?aches?[^.!?;]{0,60}worst`),
      t(String.raw`${SUDDEN}[^.!?;,]{0,30}${HEAD_SEVERE} (?:head ?ache|head ?pain|pain in ${WHOSE} head)`),
      t(String.raw`head (?:\w+ )?${SUDDEN} (?:\w+ ){0,2}(?:pounding|explod\w*|bang\w*|throbbing|killing)|grabb\w* (?:at )?(?:my|his|her|their) head|head[^.!?;]{0,60}worst pain`),
      t(String.raw`${HEAD_SEVERE} (?:head ?ache|head ?pain)[^.!?;]{0,40}(?:${SUDDEN}|like being hit|like a bang)`),
      t(String.raw`head ?ache[^.!?;]{0,40}(?:came on|started|began|hit me) (?:very |really )?${SUDDEN}`),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'seizure_or_collapse',
    label: 'Seizure (fit), collapse or loss of consciousness',
    severity: 'emergency',
    source: SOURCES.call999,
    phrases: [
      t(String.raw`seizures?(?! (?:medication|meds|tablets|medicine|prescription|review|clinic|nurse))|convuls\w*|epileptic (?:fit|attack)`),
      t(String.raw`(?:had|having|has|have|took|takes|taking) (?:a |another |two |three |several |some |more )?(?:febrile |big |bad )?fits?(?! (?:note|notes|to|for|and starts|of (?:coughing|laughing|sneezing|the giggles))\b)`),
      t(String.raw`(?:is|was|been|started|keeps|kept|keep) fitting`),
      t(String.raw`collaps(?:e|ed|es|ing)|(?:pass(?:ed|es|ing)|black(?:ed|ing)|knocked) out|(?:lost|losing|loss of) consciousness|unconscious|unresponsive|fainted|fainting`),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'sudden_confusion',
    label: 'Sudden confusion (delirium): not making sense or not knowing where they are',
    severity: 'emergency',
    source: SOURCES.call999,
    phrases: [
      t(String.raw`(?:suddenly|very|really|so|became|become|gone|going|getting|is|was|seems?|seemed|i'?m|he'?s|she'?s) (?:\w+ ){0,2}(?:confused|muddled|disorientated|disoriented)(?! (?:about|by|as to|why|what|how|with|over|whether|which))`),
      t(String.raw`seeing things|hallucinat\w*|(?:doesn'?t|don'?t|can'?t|cannot|didn'?t) (?:know|remember) (?:what (?:day|year|month) it is|where (?:he|she|they|we|i) (?:is|are|am|live))|delirious|delirium|not making (?:any )?sense|talking (?:nonsense|gibberish|rubbish)|(?:doesn'?t|didn'?t|does not|did not) (?:know|recognise|recognize) (?:where (?:he|she|they) (?:is|are|was)|who (?:i|we) (?:am|are)|me|us)`),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'head_injury_anticoagulant',
    label: 'Head injury while taking blood thinners (anticoagulants)',
    severity: 'emergency',
    source: SOURCES.headInjury,
    phrases: [],
    together: [
      [
        t(String.raw`lump on (?:my|his|her|the) head|walked into|(?:hit|hitting|bang\w*|bump\w*|knock\w*|bash\w*|smack\w*|crack\w*|blow) (?:\w+ ){0,4}(?:head|forehead|skull)|head (?:injury|injuries|wound|knock|bump|first)|fell (?:and|onto|on|over and) (?:\w+ ){0,3}(?:head|face)`),
      ],
      [t(BLOOD_THINNER)],
    ],
    whenResolved: 'keep',
  },
  {
    id: 'sudden_vision_loss',
    label: 'Sudden loss of sight in one or both eyes',
    severity: 'emergency',
    source: SOURCES.ae,
    phrases: [
      t(String.raw`(?:lost|losing|loss of|lose) (?:the |my |his |her |all |some )?(?:sight|vision)|(?:gone|went|going) blind|blind in (?:one|my|his|her|the) (?:\w+ )?eye`),
      t(String.raw`${CANT} see (?:out of|anything|a thing|from|with) ?(?:my|his|her|the|one)?|curtain (?:over|across|coming down|came down)|(?:everything|it) (?:went|has gone|goes) (?:dark|black)|(?:eye ?)?(?:sight|vision)(?:'s)? (?:has |suddenly |just )?(?:gone|went)(?: (?:all )?(?:black|dark|blurry|misty|cloudy))?|shadow (?:\w+ ){0,2}(?:across|over) (?:my|his|her|the) (?:vision|sight|eye)|new floaters`),
      t(String.raw`${SUDDEN} (?:\w+ ){0,3}(?:blurred|blurry|double) vision`, possible),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'cauda_equina',
    label: 'Back pain with numbness around the bottom or genitals, or new bladder or bowel problems (possible cauda equina)',
    severity: 'emergency',
    source: SOURCES.caudaEquina,
    phrases: [t(String.raw`saddle (?:numbness|anaesthesia|anesthesia)|cauda equina`)],
    together: [
      [
        t(String.raw`slipped disc|disc (?:pain|problem)|back (?:went|has gone|gone)|back'?s (?:been )?(?:bad|killing|sore|agony)|back agony|back ?(?:${PAIN})|sciatica|(?:bad|sore|bad lower) back|(?:pain|ache|aching) in (?:my|his|her|the) (?:lower )?back|(?:my|his|her|lower) back (?:is )?(?:hurts?|hurting|killing|sore|painful|agony)`),
      ],
      [
        t(String.raw`saddle (?:area|region)|no feeling (?:down below|down there)|numb\w* (?:down below|down there|between (?:my|his|her) legs)|${CANT} feel (?:the )?(?:toilet (?:paper|roll)|when i wipe|it coming)|${CANT} tell when (?:i|he|she) needs? (?:a |to )?(?:wee|pee|poo)|accident with (?:my |his |her )?(?:poo|bowels|wee)|(?:wet|soiled) ${'(?:my ?self|him ?self|her ?self)'} without (?:knowing|noticing|realising)`),
        t(String.raw`numb\w* (?:around|round|in|between|on) (?:my |his |her |the )?(?:bottom|bum|buttocks?|backside|genitals?|groin|inner thighs?|back passage|anus|private(?:s| parts)|perineum|vagina|penis|fanny|front bottom)`),
        t(String.raw`(?:bottom|bum|buttocks|backside|genitals|groin|back passage|private parts) (?:feels?|is|are|has gone|have gone|gone) numb|(?:can'?t|cannot|can not) feel (?:my|his|her) (?:bottom|bum|genitals|groin|private parts|back passage)`),
        t(String.raw`incontinen\w*|(?:wet|soiled) ${'(?:my ?self|him ?self|her ?self)'}|(?:lost|losing|loss of|no) control (?:of|over) (?:my |his |her )?(?:bladder|bowels?|wee|pee)`),
        t(String.raw`${CANT} (?:to )?(?:pee|wee|urinate|pass urine|pass water|empty (?:my|his|her) bladder)|(?:new|changes? (?:in|to|with)|problems? with) (?:my |his |her )?(?:bladder|bowels?)`),
      ],
    ],
    whenResolved: 'possible',
  },
];
