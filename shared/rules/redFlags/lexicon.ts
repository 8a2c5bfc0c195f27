// Lay British English building blocks shared by the rules: how patients write "can't", "breathe",
// "pain", body parts and people, including common misspellings and text speak ("cant breath", "chest pian").

/**
 * A global regex from readable source: a space means "one or more whitespace characters" (" ?" none or
 * more) and the whole
 * pattern is held to word boundaries, so "fit" never matches inside "benefit".
 */
export const rx = (source: string): RegExp =>
  new RegExp(String.raw`\b(?:${source.replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`)})\b`, 'g');

export const CANT = String.raw`(?:can'?t|cannot|can not|carn'?t|cnt|could ?n'?t|could not|unable to|not able to|struggl(?:e|ing) to|hard to|finding it hard to|difficult(?:y)? to|trouble|can ?barely|can hardly|barely able to)`;
export const BREATHE = String.raw`(?:breath(?:e|ing)?|breth(?:e|ing)?|breeth(?:e|ing)?|brea?th)`;
export const PAIN = String.raw`(?:pains?|pian|pain+|ache|aching|achey|hurts?|hurting|sore(?:ness)?|agony)`;
export const SEVERE = String.raw`(?:severe|very bad|really bad|terrible|excruciating|unbearable|agoni[sz]ing|awful|intense|horrendous|worst|crippling|extreme)`;
export const SUDDEN = String.raw`(?:sudden(?:ly)?|all of a sudden|out of nowhere|out of the blue|came on (?:really |very )?(?:fast|quick(?:ly)?)|instantly|in seconds)`;
export const CHEST = String.raw`(?:chest|chst|ches|brest ?bone|breast ?bone|sternum)`;
export const POSS = String.raw`(?:my|his|her|their|the|your|our|its)`;
export const SELF = String.raw`(?:my ?self|him ?self|her ?self|them ?sel(?:f|ves)|meself|myslef)`;
/** Words a parent uses for the child they are writing about: the child is the patient. */
export const CHILD = String.raw`(?:(?:my|our|the) (?:little |baby |newborn |\d+ ?(?:week|wk|month|year|yr)s? ?old )?(?:son|daughter|boy|girl|baby|babe|child|kid|toddler|little one|lo|newborn|infant|ds|dd)|little one|newborn)`;
export const FEVER_WORD = String.raw`(?:fever|feverish|febrile|pyrexi\w*|high temp(?:erature)?|temp(?:erature)?|burning up|boiling|roasting)`;
export const BLOOD_THINNER = String.raw`(?:blood thinners?|anti-?coagula\w+|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|lixiana|pradaxa|heparin|clopidogrel)`;
export const PREGNANT = String.raw`(?:pregnan\w*|preggers|preg|\d+ ?(?:weeks?|wks?) (?:pregnant|gone)|expecting (?:a baby)?|with child|my bump|the bump|positive (?:pregnancy )?test|(?:i'?m|i am|she'?s|she is|now) [1-4]\d ?(?:weeks?|wks?)(?! ago| post| after)|^[1-4]\d ?(?:weeks?|wks?)|[1-4]\d ?(?:weeks?|wks?)$)`;
/** Just after the birth: the weeks when pre-eclampsia and clots can still start. */
export const POSTNATAL = String.raw`(?:had (?:my|the|a|her|our) baby (?:\d+|a|one|a few|a couple of|two|three|four|five|six) (?:days?|weeks?) ago|gave birth|given birth|post-?natal|post-?partum)`;
/** Pregnant, or just after the birth. */
export const PREGNANT_OR_POSTNATAL = String.raw`(?:${PREGNANT}|midwife|${POSTNATAL})`;
