// Mental health and safety rules: suicidal thoughts or self-harm, overdose or poisoning, and
// safeguarding (domestic abuse, a child at risk).
import { SELF } from '../lexicon';
import { TABLET_COUNT, tabletCheck } from '../measures';
import { SOURCES } from '../sources';
import type { RuleDef } from '../types';
import { possible, t } from './helpers';

const NOT_HERE = String.raw`(?:here|around|alive|in the world|on this earth)`;
const WASNT = String.raw`(?:just )?(?:wasn'?t|was not|weren'?t|were not|wasnt|werent|was gone|were gone|didn'?t exist|did not exist|wasn'?t (?:here|around) any ?more)`;

export const MIND_AND_SAFETY_RULES: RuleDef[] = [
  {
    id: 'suicide_or_self_harm',
    label: 'Suicidal thoughts or intent to self-harm',
    severity: 'emergency',
    source: SOURCES.suicidalThoughts,
    phrases: [
      t(String.raw`suicid\w*|sucid\w*|self[- ]?harm\w*|kms|unalive (?:my ?self|me)`),
      t(String.raw`(?:kill|killing|harming|hurting|cutting|burning|hanging|poisoning|starving) ${SELF}|(?:thoughts?|thinking|urges?) (?:of|about|to) (?:jump\w* (?:off|from|in front)|step\w* in front|throw\w* ${SELF})|(?:see|seeing|any|no) (?:the )?point (?:in |of )?(?:living|life|being alive|going on)|(?:overdose|took (?:them|it|the tablets)) on purpose|deliberate overdose`),
      t(String.raw`(?:want(?:ed|s|ing)? to|going to|gonna|thinking (?:of|about)|thoughts? (?:of|about)|urges? to|feel like) (?:kill|hurt|harm|cut|hang|poison|end)\w* ${SELF}`),
      t(String.raw`end(?:ing)? (?:it all|my (?:own )?life|things|it)|tak(?:e|ing) my (?:own )?life|(?:thoughts?|thinking) (?:of|about) ending (?:my|it)`),
      t(String.raw`(?:don'?t|dont|do not|no longer) want to (?:be (?:here|alive|around)|live|exist|wake up|carry on|go on)|want(?:s|ed)? to die|wish (?:i|he|she) (?:was|were|could be) dead|wish i (?:wasn'?t|was not|hadn'?t been) (?:born|here|alive)`),
      t(String.raw`better off (?:dead|without me|if i ${WASNT}(?: ${NOT_HERE})?)|(?:no|nothing) (?:point|reason) (?:in )?(?:living|to live|going on|being here)|(?:not|isn'?t) worth living`),
      t(String.raw`can'?t go on(?: like this)?|can'?t cope any ?more|(?:i'?m )?dying`, possible),
    ],
    whenResolved: 'possible',
    // "If I feel like harming myself again" tells of the feeling: keep it as a possible flag.
    whenHypothetical: 'possible',
  },
  {
    id: 'overdose_or_poisoning',
    label: 'Overdose or poisoning, including too many tablets taken at once',
    severity: 'emergency',
    source: SOURCES.ae,
    phrases: [
      { pattern: TABLET_COUNT, check: tabletCheck },
      t(String.raw`(?:eaten|swallowed|took|taken|got into) (?:some of |a few of |all )?(?:my|his|her|the|\w+'s) (?:\w+ )?(?:tablets|pills|medicine|meds)|(?:took|taken) (?:double|twice|triple|too much|too many|extra)|too many (?:of )?(?:[\w']+ ){0,3}(?:tablets|pills|meds)|(?:bit|bitten|chewed|sucked)(?: \w+){0,2} (?:dishwasher|washing) (?:tablet|pod|capsule)s?`),
      t(String.raw`overdos\w*|od'?d|(?<!food )poison(?:ed|ing)|(?:took|taken|swallowed|drank|drunk) (?:\w+ ){0,3}(?:bleach|antifreeze|white spirit|weed ?killer|detergent|washing (?:liquid|tablets?|pods?|capsules?)|dishwasher tablets?|cleaning (?:product|fluid|spray)|someone else'?s (?:tablets|pills|medicine))`),
    ],
    whenResolved: 'keep',
  },
  {
    id: 'safeguarding',
    label: 'Safeguarding concern: domestic abuse, or a child or adult at risk of harm',
    severity: 'urgent',
    source: SOURCES.call999,
    // A neighbour's child with unexplained bruises is a safeguarding concern precisely because it is someone else.
    aboutOthers: true,
    phrases: [
      t(String.raw`domestic (?:abuse|violence)|(?:raped|sexual(?:ly)? assault\w*|being groomed)`),
      t(String.raw`(?:he|she|partner|husband|wife|boyfriend|girlfriend|ex|step ?dad|stepfather|step ?mum) (?:\w+ ){0,4}(?:hits|hit|beats|beat|beaten|punch\w*|kick\w*|strangl\w*|threaten\w*|hurts|hurting|push\w*|shov\w*|slap\w*) (?:me|us|the kids?|my (?:son|daughter|children|kids|baby))|(?:step ?dad|stepfather|step ?mum|stepmother|mum'?s (?:boyfriend|partner)) (?:\w+ ){0,2}(?:hits|hurts|beats|touches|abuses) (?:her|him|them)|scared to tell (?:anyone|someone|anybody)|messages from (?:an )?(?:older|grown|adult) (?:man|men|woman|person|stranger)|(?:bruises|bruising|marks|injuries) (?:\w+ ){0,4}from (?:my )?(?:partner|husband|boyfriend|girlfriend|wife|ex)|without (?:him|her|my (?:partner|husband|boyfriend|wife|girlfriend)) knowing|(?:always|often) (?:has|got|covered in) (?:\w+ )?(?:bruises|marks)`),
      t(String.raw`(?:scared|afraid|frightened|terrified) (?:of (?:my |him|her|them)|to go home)|(?:not|don'?t feel) safe (?:at home|to go home|with (?:him|her|my))`),
      t(String.raw`(?:being|been|was|is) (?:abused|beaten|assaulted|hit by|touched inappropriately)|abus(?:es|ed|ing|ive) (?:me|us|the kids|my (?:son|daughter|child|children))|(?:unexplained|strange) (?:bruises|bruising|marks) (?:on|in) (?:my|the|our) (?:son|daughter|baby|child)`),
    ],
    whenResolved: 'keep',
  },
];
