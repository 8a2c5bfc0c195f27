// Pregnancy rules: bleeding or severe pain (possible ectopic or miscarriage), fewer baby movements,
// and signs of pre-eclampsia.
import { PREGNANT, PREGNANT_OR_POSTNATAL, SEVERE } from '../lexicon';
import { SOURCES } from '../sources';
import type { RuleDef } from '../types';
import { lasting, t } from './helpers';

const IS_PREGNANT = lasting(PREGNANT);

export const PREGNANCY_RULES: RuleDef[] = [
  {
    id: 'pregnancy_bleeding_or_pain',
    label: 'Pregnancy with bleeding or severe pain',
    severity: 'emergency',
    source: SOURCES.ectopic,
    phrases: [t(String.raw`ectopic|miscarr\w*`)],
    together: [
      [IS_PREGNANT],
      [
        t(String.raw`bleed\w*|spotting|passing (?:blood|clots)|shoulder ?tip (?:pain)?|(?:sharp|stabbing|bad|constant) (?:\w+ ){0,2}pains?|pain (?:that )?(?:won'?t|will not|wont) go|(?:feel|feeling|felt) faint`),
        t(String.raw`${SEVERE} (?:\w+ ){0,2}(?:pains?|cramps?|cramping|tummy ache|stomach ache)`),
        // NHS ectopic signs: pain low down on one side of the tummy, however the patient grades it.
        t(String.raw`(?:pains?|cramps?|cramping) (?:\w+ ){0,3}(?:on|down) (?:one side|(?:my|the|her) (?:lower )?(?:right|left)(?: hand)? side|the (?:right|left))|(?:one|right|left)[- ]sided (?:\w+ ){0,2}(?:pains?|cramps?|cramping)`),
      ],
    ],
    whenResolved: 'possible',
  },
  {
    id: 'reduced_fetal_movements',
    label: "Baby moving less than usual in pregnancy",
    severity: 'urgent',
    source: SOURCES.babyMovements,
    phrases: [
      t(String.raw`baby(?:'s)? (?:hasn'?t|has not|hasnt|isn'?t|is not|isnt|not|hardly|barely) (?:been )?(?:moving|kicking|moved|kicked)`),
      t(String.raw`(?:bump|baby) (?:has been|is|was|'?s been|seems?) (?:really |very |so |much |a lot )?(?:quiet|quieter|still|less active)|(?:kicks|movements) (?:are|have been|feel|seem) (?:\w+ )?(?:weaker|fewer|less|slower)|(?:not|haven'?t|have not|hasn'?t|no) (?:felt|feel|feeling) (?:any|much) (?:movements?|kicks?)|(?:fewer|less|reduced|no|not (?:as )?many|hardly any) (?:baby )?(?:movements?|kicks?)|baby (?:is |has been )?(?:moving|kicking) (?:less|a lot less|much less)|(?:movements|kicks) (?:have |has )?(?:slowed|stopped|reduced)`),
      t(String.raw`(?:can'?t|cannot|haven'?t|have not|not) (?:felt|feel|feeling) (?:the |my )?baby (?:move|kick|moving|kicking)`),
    ],
    whenResolved: 'possible',
  },
  {
    id: 'pre_eclampsia',
    label: 'Signs of pre-eclampsia in pregnancy: severe headache, vision problems or sudden swelling',
    severity: 'urgent',
    source: SOURCES.preEclampsia,
    phrases: [t(String.raw`pre-? ?eclamp\w*|preeclamp\w*`)],
    together: [
      [lasting(PREGNANT_OR_POSTNATAL)],
      [
        t(String.raw`(?:${SEVERE} |bad |pounding )?head ?ache|(?:blurred|blurry|flashing|flashes|sparkl\w*|spots|zig ?zags?)(?: \w+){0,2} (?:vision|lights|in front of (?:my|her) eyes)|vision (?:is |has gone )?(?:blurr\w*|funny|strange)`),
        t(String.raw`(?:sudden|suddenly|very) (?:\w+ ){0,2}(?:swollen|swelling|puffy) (?:\w+ ){0,2}(?:face|hands|feet|fingers|ankles)|(?:face|hands|fingers)(?: \w+){0,5} (?:swollen|puffy)|pain (?:just )?(?:below|under) (?:my|her|the) ribs`),
      ],
    ],
    whenResolved: 'possible',
  },
];
