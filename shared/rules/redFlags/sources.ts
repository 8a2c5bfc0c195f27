// The NHS pages each rule comes from. Only pages known to exist are named; a rule taken from the
// general "call 999" or "go to A&E" lists cites that list rather than guess a condition page's address.

export interface RuleSource {
  title: string;
  url: string;
}

const nhs = (title: string, path: string): RuleSource => ({ title, url: `https://www.nhs.uk/${path}` });

export const SOURCES = {
  call999: nhs('NHS: When to call 999', 'nhs-services/urgent-and-emergency-care-services/when-to-call-999/'),
  ae: nhs('NHS: When to go to A&E', 'nhs-services/urgent-and-emergency-care-services/when-to-go-to-ae/'),
  heartAttack: nhs('NHS: Heart attack', 'conditions/heart-attack/'),
  stroke: nhs('NHS: Stroke', 'conditions/stroke/'),
  sepsis: nhs('NHS: Sepsis', 'conditions/sepsis/'),
  meningitis: nhs('NHS: Meningitis', 'conditions/meningitis/'),
  caudaEquina: nhs('NHS: Cauda equina syndrome', 'conditions/cauda-equina-syndrome/'),
  anaphylaxis: nhs('NHS: Anaphylaxis', 'conditions/anaphylaxis/'),
  feverInChildren: nhs('NHS: Fever in children', 'conditions/fever-in-children/'),
  ectopic: nhs('NHS: Ectopic pregnancy', 'conditions/ectopic-pregnancy/'),
  preEclampsia: nhs('NHS: Pre-eclampsia', 'conditions/pre-eclampsia/'),
  headInjury: nhs('NHS: Head injury and concussion', 'conditions/head-injury-and-concussion/'),
  dvt: nhs('NHS: DVT (deep vein thrombosis)', 'conditions/deep-vein-thrombosis-dvt/'),
  suicidalThoughts: nhs(
    'NHS: Help for suicidal thoughts',
    'mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/',
  ),
  babyMovements: nhs("NHS: Your baby's movements", 'pregnancy/keeping-well/your-babys-movements/'),
} as const satisfies Record<string, RuleSource>;
