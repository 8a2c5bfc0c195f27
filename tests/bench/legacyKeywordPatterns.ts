// BENCH-ONLY CODE: the pre-#12 keyword phrase table, copied unchanged from git history (shared/rules/redFlagPatterns.ts
// at 7f80f4b^, before the clinical text screen replaced it) as the baseline for the intake-throughput figure
// (docs/benchmarks.md). Nothing outside tests/bench may import it; it is not the hub's screen.
// The red-flag phrase table (docs/domain-rules.md): for each rule, the wording that makes it fire.
// Patterns run over lower-cased text with straight apostrophes and single spaces (see redFlags.ts).
// Leaning: a phrase that fires too often is a nuisance, one that misses is harm, but red flags must
// still stand out, so each pattern is written to catch how patients write, not every word nearby.

export const RED_FLAG_IDS = [
  'chest_pain',
  'breathing_difficulty',
  'stroke_signs',
  'suicide_or_self_harm',
  'heavy_bleeding',
  'anaphylaxis',
  'sepsis_signs',
  'sudden_severe_headache',
  'meningitis_signs',
  'seizure_or_collapse',
  'cauda_equina',
  'baby_fever',
  'sudden_testicular_pain',
  'pregnancy_bleeding_or_pain',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlagPatternRule {
  label: string;
  /** Any one of these, not negated, fires the rule. */
  phrases: readonly RegExp[];
  /** Each combination fires the rule when every one of its sets has a non-negated match anywhere in the text. */
  together?: readonly (readonly (readonly RegExp[])[])[];
  /** The rule applies only to patients younger than this many completed months on the day of submission. */
  underMonths?: number;
}

const SELF = String.raw`(?:my ?self|him ?self|her ?self|them ?selves|them ?self)`;

const FEVER: readonly RegExp[] = [
  /\b(?:fever|feverish|febrile|pyrexi\w*|burning up|hot to (?:the )?touch)\b/,
  /\b(?:high )?temp(?:erature)?s?\b/,
  /\b3[89](?:\.\d)? ?(?:°|degrees|c\b)/,
];

const BREATHING: readonly RegExp[] = [
  /\b(?:can'?t|cannot|can not|could ?n'?t|unable to|struggling to|struggle to|hard to|difficult to|trouble|difficulty|difficulties|problems?)\s+(?:to\s+)?(?:breathe|breathing)\b/,
  /\b(?:not|never|\w+n'?t)\s+(?:been\s+)?able\s+to\s+(?:breathe|catch\s+(?:my|his|her|their)\s+breath)\b/,
  /\b(?:can'?t|cannot|can not|could ?n'?t|unable to|struggling to)\s+(?:catch|get)\s+(?:my|his|her|their|a)\s+breath\b/,
  /\b(?:short(?:ness)? of breath|breathless(?:ness)?|out of breath|gasping|fighting for breath|struggling for (?:breath|air))\b/,
  /\bbreathing\s+(?:is\s+|has\s+been\s+)?(?:really\s+|very\s+)?(?:difficult|laboured|labored|noisy|rapid|fast|bad)\b/,
  /\b(?:lips|face|tongue)\s+(?:are\s+|is\s+|look\s+|looks\s+|turning\s+|turned\s+|gone\s+|going\s+)?blue\b/,
];

const SWELLING: readonly RegExp[] = [
  /\b(?:swollen|swelling|swelled|puffy|puffed)\s+(?:up\s+)?(?:of\s+)?(?:my\s+|his\s+|her\s+|the\s+)?(?:lips?|tongue|throat|face|mouth)\b/,
  /\b(?:lips?|tongue|throat|face|mouth)\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:gone\s+|got\s+|started\s+|been\s+)?(?:swollen|swelling|swelled|puff\w*)/,
  /\ballergic reaction\b/,
];

const SWALLOW_OR_WHEEZE: readonly RegExp[] = [
  /\bwheez\w*/,
  /\b(?:can'?t|cannot|can not|unable to)\s+swallow\b/,
  /\bdrooling\b/,
];

const CONFUSION: readonly RegExp[] = [
  /\b(?:confus\w*|delirious|very drowsy|hard to wake|difficult to wake|not making (?:any )?sense)\b/,
];

const STIFF_NECK: readonly RegExp[] = [
  /\b(?:stiff neck|neck stiffness|neck (?:is|feels|has gone) (?:really |very )?stiff)\b/,
  /\b(?:can'?t|cannot|unable to)\s+(?:bend|move|touch)\s+(?:my|his|her|their)\s+(?:neck|chin)\b/,
];

const BACK_PAIN: readonly RegExp[] = [
  /\b(?:back ?(?:pain|ache)|sciatica|(?:bad|sore) back)\b/,
  /\b(?:pain|ache|aching)\s+in\s+(?:my|his|her|the)\s+(?:lower\s+)?back\b/,
  /\b(?:my|his|her|lower)\s+back\s+(?:is\s+)?(?:hurts?|hurting|killing|sore|painful)\b/,
];

const SADDLE_OR_BLADDER: readonly RegExp[] = [
  /\bnumb\w*\s+(?:around|in|between|on)\s+(?:my\s+|his\s+|her\s+|the\s+)?(?:bottom|bum|buttocks?|backside|genitals?|groin|inner thighs?|back passage|anus|private(?:s| parts)|perineum|vagina|penis)\b/,
  /\b(?:bottom|bum|buttocks|backside|genitals|groin|back passage|private parts)\s+(?:feels?|is|are|has gone|have gone|gone)\s+numb\b/,
  /\b(?:can'?t|cannot|can not)\s+feel\s+(?:my|his|her)\s+(?:bottom|bum|genitals|groin|private parts|back passage)\b/,
  /\bpins and needles\s+(?:around|in|between)\s+(?:my\s+|his\s+|her\s+|the\s+)?(?:bottom|bum|buttocks|genitals|groin|private parts)\b/,
  /\bincontinen\w*/,
  /\b(?:wet|soiled)\s+(?:my ?self|him ?self|her ?self)\b/,
  /\b(?:lost|losing|loss of|no)\s+control\s+(?:of|over)\s+(?:my\s+|his\s+|her\s+)?(?:bladder|bowels?|wee|pee)\b/,
  /\b(?:can'?t|cannot|can not|unable to|struggling to|difficulty)\s+(?:to\s+)?(?:pee|wee|urinate|pass urine|pass water|empty\s+(?:my|his|her)\s+bladder)\b/,
  /\b(?:can'?t|cannot)\s+feel\s+when\s+(?:i|he|she)\s+needs?\s+to\s+(?:pee|wee|go|poo)\b/,
  /\b(?:new|changes?\s+(?:in|to|with)|problems?\s+with)\s+(?:my\s+|his\s+|her\s+)?(?:bladder|bowels?)\b/,
];

const PREGNANT: readonly RegExp[] = [
  /\bpregnan\w*/,
  /\b\d+\s*weeks?\s+(?:pregnant|gone)\b/,
  /\bexpecting\s+a\s+baby\b/,
];

const BLEEDING_OR_SEVERE_PAIN: readonly RegExp[] = [
  /\b(?:bleed\w*|spotting)\b/,
  /\bpassing\s+(?:blood|clots)\b/,
  /\b(?:severe|bad|sharp|intense|terrible|excruciating|unbearable|agoni[sz]ing)\s+(?:\w+\s+)?(?:pain|cramps?|cramping|tummy ache|stomach ache)\b/,
  /\bshoulder\s+tip\s+pain\b/,
];

export const RED_FLAG_PATTERNS: Record<RedFlagId, RedFlagPatternRule> = {
  chest_pain: {
    label: 'Chest pain, tightness or pressure (possible heart attack)',
    phrases: [
      /\bchest (?:pains?|ache|aching|tightness|pressure|discomfort|heaviness|is (?:tight|hurting|painful|heavy))\b/,
      /\b(?:pains?|ache|tightness|pressure|heaviness|discomfort)\s+(?:in|across|around|on|over|through|behind)\s+(?:[a-z']+\s+){0,4}?chest\b/,
      /\bchest\s+(?:feels?|felt)\s+(?:tight|heavy|crushed|like)\b/,
      /\bcrushing\b[^.!?;]{0,30}\bchest\b/,
      /\b(?:having|might be|could be|maybe|like|think it'?s)\s+a\s+heart\s+attack\b/,
    ],
  },
  breathing_difficulty: {
    label: 'Difficulty breathing or severe breathlessness',
    phrases: BREATHING,
  },
  stroke_signs: {
    label: 'Stroke signs: face drooping, arm weakness or slurred speech',
    phrases: [
      /\bface\s+(?:has\s+|is\s+|had\s+)?(?:dropped|drooped|drooping|droopy|fallen|sagging|lopsided|gone\s+(?:droopy|lopsided|numb))\b/,
      /\b(?:drooping|droopy|lopsided|dropped)\s+(?:face|mouth|smile)\b/,
      /\bfacial\s+(?:droop\w*|weakness|palsy)\b/,
      /\bmouth\s+(?:has\s+|is\s+)?(?:dropped|drooped|drooping)\b/,
      /\b(?:arm\s+weakness|weak\s+arm|weakness\s+in\s+(?:my|his|her|their|one|the)\s+(?:(?:left|right)\s+)?arm)\b/,
      /\barm\s+(?:is\s+|has\s+|went\s+|has\s+gone\s+|gone\s+)?(?:weak|floppy|dead)\b/,
      /\b(?:can'?t|cannot|unable to)\s+(?:lift|raise)\s+(?:my|his|her|their|one)\s+(?:(?:left|right)\s+)?arm\b/,
      /\b(?:weak(?:ness)?|numb(?:ness)?)\s+(?:down|on|in)\s+one\s+side\b/,
      /\bslurr\w*/,
      /\b(?:can'?t|cannot|unable to|struggling to)\s+get\s+(?:my|his|her|their|the)\s+words\s+out\b/,
      /\b(?:speech|words)\s+(?:is\s+|are\s+|has\s+gone\s+|have\s+gone\s+)?(?:garbled|jumbled|muddled)\b/,
      /\b(?:having|signs? of|symptoms? of)\s+(?:a\s+)?(?:stroke|mini[- ]?stroke|tia)\b/,
      /\b(?:i|we)\s+think\s+(?:i'?m|i am|he'?s|she'?s|he is|she is)\s+having\s+a\s+stroke\b/,
    ],
  },
  suicide_or_self_harm: {
    label: 'Suicidal thoughts or intent to self-harm',
    phrases: [
      /\bsuicid\w*/,
      /\bself[- ]?harm\w*/,
      new RegExp(String.raw`\b(?:kill|killing|harming|hurting|cutting|hanging|poisoning)\s+${SELF}\b`),
      new RegExp(
        String.raw`\b(?:want(?:ed|s|ing)? to|going to|thinking (?:of|about)|thoughts? (?:of|about)|urges? to|feel like)\s+(?:kill|hurt|harm|cut|hang|poison)\w*\s+${SELF}\b`,
      ),
      /\bend(?:ing)?\s+(?:it\s+all|my\s+(?:own\s+)?life|things)\b/,
      /\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b/,
      /\b(?:do ?n'?t|do not|no longer)\s+want\s+to\s+(?:be\s+(?:here|alive|around)|live|exist|wake\s+up|carry\s+on|go\s+on)\b/,
      /\bwant(?:s|ed)?\s+to\s+die\b/,
      /\bwish\s+(?:i|he|she)\s+(?:was|were)\s+dead\b/,
      /\bbetter\s+off\s+(?:dead|without\s+me)\b/,
      /\b(?:no|nothing)\s+(?:point|reason)\s+(?:in\s+)?(?:living|to\s+live|going\s+on)\b/,
      /\b(?:not|isn'?t)\s+worth\s+living\b/,
      /\boverdos\w*/,
    ],
  },
  heavy_bleeding: {
    label: 'Heavy or uncontrolled bleeding, or vomiting or coughing up blood',
    phrases: [
      /\b(?:heavy|heavily|severe|lots of|a lot of|loads of|so much|profuse\w*|uncontrol\w*|massive)\s+(?:bleed\w*|blood\s+loss)\b/,
      /\bbleed\w*\s+(?:really\s+|very\s+)?(?:heavily|a lot|badly|profusely|everywhere|non[- ]?stop)\b/,
      /\b(?:won'?t|will not|can'?t|cannot|not)\s+stop\s+(?:the\s+)?bleed\w*/,
      /\bbleed\w*\s+(?:that\s+|which\s+)?(?:won'?t|will not|doesn'?t|does not|hasn'?t|has not|isn'?t|is not|not)\s+(?:stop\w*)/,
      /\b(?:losing|lost)\s+(?:a lot of|lots of|loads of|so much)\s+blood\b/,
      /\b(?:vomit\w*|throw\w* up|threw up|being sick|cough\w*(?:\s+up)?)\s+(?:up\s+)?blood\b/,
      /\bblood\s+(?:is\s+)?(?:pouring|gushing|spurting)\b/,
      /\b(?:pouring|gushing|spurting)\s+(?:with\s+)?blood\b/,
      /\b(?:haemorrhag|hemorrhag)\w*/,
    ],
  },
  anaphylaxis: {
    label: 'Anaphylaxis signs: swelling of the lips, tongue or throat with difficulty breathing or swallowing',
    phrases: [
      /\banaphyla\w*/,
      /\b(?:used|using|use|gave|given|needed|need)\s+(?:my|his|her|their|an|the)\s+epi-?pen\b/,
      /\bthroat\s+(?:is\s+|feels?\s+(?:like\s+it'?s\s+)?)?(?:closing|tightening)(?:\s+up)?\b/,
    ],
    together: [[SWELLING, [...BREATHING, ...SWALLOW_OR_WHEEZE]]],
  },
  sepsis_signs: {
    label: 'Sepsis signs: mottled or blue skin, confusion with fever, no urine all day, or feeling something is very wrong',
    phrases: [
      /\b(?:seps\w*|septic)\b/,
      /\bmottled\b/,
      /\b(?:skin|lips|tongue)\s+(?:is|are|looks?|has gone|gone|turned|turning)\s+(?:\w+\s+)?(?:blue|grey|gray|blotchy|mottled)\b/,
      /\b(?:not|hasn'?t|haven'?t|has not|have not|no)\s+(?:passed|done|had)\s+(?:any\s+)?(?:urine|a wee|wee|a pee|pee|a wet nappy|wet nappies)\b/,
      /\b(?:uncontrollabl[ey]|violent\w*)\s+shiver\w*/,
      /\brigou?rs\b/,
      /\bfeel(?:s|ing)?\s+like\s+(?:i'?m|i am|he'?s|she'?s|he is|she is)\s+(?:going to|gonna)\s+die\b/,
    ],
    together: [[CONFUSION, FEVER]],
  },
  sudden_severe_headache: {
    label: 'Sudden severe ("worst ever" or thunderclap) headache',
    phrases: [
      /\bthunderclap\b/,
      /\bworst\s+(?:ever\s+|possible\s+)?head\s?aches?\b/,
      /\bhead\s?aches?\b[^.!?;]{0,60}\bworst\b/,
      /\bsudden\w*[^.!?;,]{0,30}\b(?:severe|excruciating|blinding|explosive|intense|terrible|agoni[sz]ing)\s+(?:head\s?ache|pain in (?:my|his|her|the) head)/,
      /\b(?:severe|excruciating|blinding|explosive|intense|terrible|agoni[sz]ing)\s+head\s?ache\b[^.!?;]{0,40}\b(?:sudden\w*|out of nowhere|in seconds|instantly)/,
      /\bhead\s?ache\b[^.!?;]{0,40}\b(?:came on|started|began|hit me)\s+(?:very\s+)?(?:suddenly|all of a sudden|out of nowhere|in seconds|instantly)/,
    ],
  },
  meningitis_signs: {
    label: 'Non-blanching rash, or stiff neck with fever (possible meningitis)',
    phrases: [
      /\bnon[- ]?blanch\w*/,
      /\b(?:rash|spots?|marks?)\b[^.!?;]{0,30}\b(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|will not|not)\s+(?:fade|blanch)\w*/,
      /\b(?:rash|spots?)\b[^.!?;]{0,60}\bglass\b/,
      /\bglass\s+test\b/,
      /\bpurple\s+(?:rash|spots|blotches)\b/,
      /\b(?:petechia|purpur)\w*/,
    ],
    together: [[STIFF_NECK, FEVER]],
  },
  seizure_or_collapse: {
    label: 'Seizure (fit), collapse or loss of consciousness',
    phrases: [
      /\bseizures?\b(?!\s*(?:medication|meds|tablets|medicine|prescription|review))/,
      /\bconvuls\w*/,
      /\b(?:had|having|has|have|took|takes|taking)\s+(?:a\s+|another\s+|two\s+|three\s+|several\s+|some\s+|more\s+)?fits?\b(?!\s*(?:note|notes|to\b|for\b|and\b|of\s+(?:coughing|laughing|sneezing|the giggles)))/,
      /\b(?:is|was|been|started|keeps|kept|keep)\s+fitting\b/,
      /\bepileptic\s+(?:fit|attack)\b/,
      /\bcollaps(?:e|ed|es|ing)\b/,
      /\b(?:pass(?:ed|es|ing)|black(?:ed|ing)|knocked)\s+out\b/,
      /\b(?:lost|losing|loss of)\s+consciousness\b/,
      /\b(?:unconscious|unresponsive|fainted|fainting)\b/,
    ],
  },
  cauda_equina: {
    label: 'Back pain with numbness around the bottom or genitals, or new bladder or bowel problems (possible cauda equina)',
    phrases: [/\bsaddle\s+(?:numbness|anaesthesia|anesthesia)\b/, /\bcauda\s+equina\b/],
    together: [[BACK_PAIN, SADDLE_OR_BLADDER]],
  },
  baby_fever: {
    label: 'Baby under 3 months old with a fever',
    phrases: FEVER,
    underMonths: 3,
  },
  sudden_testicular_pain: {
    label: 'Sudden testicular pain (possible torsion)',
    phrases: [
      /\b(?:sudden\w*|severe|excruciating|agoni[sz]ing|intense)\b[^.!?;]{0,40}\b(?:testic\w*|testes|testis|balls?|scrotum|scrotal)\b/,
      /\b(?:testic\w*|testes|testis|balls?|scrotum|scrotal)\b[^.!?;]{0,50}\b(?:sudden\w*|out of nowhere|all of a sudden|severe|excruciating|agoni[sz]ing)\b/,
      /\b(?:testicular\s+)?torsion\b/,
      /\btwisted\s+(?:testicle|testis)\b/,
    ],
  },
  pregnancy_bleeding_or_pain: {
    label: 'Pregnancy with bleeding or severe pain',
    phrases: [/\bectopic\b/],
    together: [[PREGNANT, BLEEDING_OR_SEVERE_PAIN]],
  },
};
