// Decision support for the routing panel: where a request could go, best first, each naming its rule.
// Suggestions only ever propose what checkRoute would allow a coordinator (given favourable exclusion
// answers), so following one can never be refused for a reason the panel could have known.
import {
  type ConsultationKind,
  type Destination,
  isClinician,
  type PharmacyFirstCondition,
  type Role,
  type SelfReferralPathway,
  type Sex,
} from '../schemas/domain';
import { ageInYearsOn } from './age';
import { eligibleConditions, excludedByAnswers, type ExclusionAnswers, PHARMACY_FIRST_RULES } from './pharmacyFirst';
import { normalise, redFlagLabel } from './redFlags';

/** Every suggestion rule, by id, with the sentence the panel shows when listing them. */
export const SUGGESTION_RULES = {
  red_flag_to_duty_clinician: 'A red-flagged request is offered to the duty clinician at once.',
  red_flag_urgent_advice: 'A clinician may advise 999, NHS 111 or an urgent treatment centre for a red flag.',
  admin_to_practice_admin: 'An administrative request goes to the practice admin team.',
  uti_to_pharmacy_first: 'Urinary symptoms in a woman aged 16 to 64 fit the Pharmacy First UTI pathway.',
  sore_throat_to_pharmacy_first: 'A sore throat at age 5 or over fits the Pharmacy First sore throat pathway.',
  sinusitis_to_pharmacy_first: 'Sinus symptoms at age 12 or over fit the Pharmacy First sinusitis pathway.',
  otitis_media_to_pharmacy_first: 'Ear pain in a child aged 1 to 17 fits the Pharmacy First otitis media pathway.',
  insect_bite_to_pharmacy_first: 'An infected insect bite at age 1 or over fits the Pharmacy First pathway.',
  impetigo_to_pharmacy_first: 'Impetigo at age 1 or over fits the Pharmacy First pathway.',
  shingles_to_pharmacy_first: 'Shingles at age 18 or over fits the Pharmacy First pathway.',
  msk_to_physio: 'A muscle, joint or back problem goes to the first-contact physiotherapist team.',
  msk_self_referral: 'Adults with a muscle, joint or back problem can self-refer to MSK physiotherapy.',
  medication_to_pharmacist: 'A medication query goes to the clinical pharmacist team.',
  mental_health_to_anp: 'A mental health concern without red flags goes to the ANP team.',
  mental_health_talking_therapies: 'Adults can self-refer to NHS Talking Therapies for anxiety and low mood.',
  default_to_anp: 'A clinical request no other rule fits goes to the ANP team.',
} as const;
export type SuggestionRuleId = keyof typeof SUGGESTION_RULES;

export interface Suggestion {
  destination: Destination;
  condition?: PharmacyFirstCondition;
  pathway?: SelfReferralPathway;
  ruleId: SuggestionRuleId;
  because: string;
}

export interface SuggestionInput {
  kind: ConsultationKind;
  redFlags: readonly string[];
  answers?: Record<string, unknown>;
  text: string;
  patient: { birthDate: string; sex: Sex };
  submittedAt: string;
  /** Who is looking; clinicians also see suggestions only a clinician may follow. Default: a coordinator. */
  actorRoles?: readonly Role[];
  /** Rules the protocol in force switches off (docs/protocol.md); red-flag and fallback rules ignore it. */
  rulesOff?: readonly string[];
}

// Wording that points to a Pharmacy First condition; age and sex are checked separately.
const CONDITION_WORDS: Record<PharmacyFirstCondition, RegExp> = {
  uti: /\b(?:uti|cystitis|water infection|urine infection|urinary (?:tract )?infection|burning when (?:i )?(?:pee|wee|urinate|pass urine)|stings? when (?:i )?(?:pee|wee))\b/,
  sore_throat: /\b(?:sore throat|throat (?:is |feels )?(?:sore|painful|raw)|tonsillitis|strep throat)\b/,
  sinusitis: /\b(?:sinus\w*|blocked nose and (?:face|facial) pain)\b/,
  otitis_media: /\b(?:ear ?ache|ear pain|pain in (?:my|his|her|their) ears?|ear infection|sore ears?|pulling at (?:his|her|their) ears?)\b/,
  insect_bite: /\b(?:(?:insect|mosquito|horse ?fly|midge|flea|bug|spider) bites?|bitten by (?:an? )?(?:insect|mosquito|horse ?fly|midge|flea|bug|spider)|infected bite)\b/,
  impetigo: /\b(?:impetigo|golden crust\w*|crusty yellow sores?)\b/,
  shingles: /\bshingles\b/,
};
const MEDICATION_WORDS = /\b(?:repeat prescription|medication|medicines?|tablets|side effects?|inhaler|dose)\b/;

const PHARMACY_FIRST_ORDER: readonly PharmacyFirstCondition[] = [
  'uti',
  'sore_throat',
  'sinusitis',
  'otitis_media',
  'insect_bite',
  'impetigo',
  'shingles',
];

/** Where this request could go, best first. Empty only for a request no rule can place (never in practice). */
export function suggestDestinations(input: SuggestionInput): Suggestion[] {
  const actorRoles = input.actorRoles ?? ['coordinator'];

  if (input.redFlags.length > 0) {
    const flags = input.redFlags.map(redFlagLabel).join('; ');
    const out: Suggestion[] = [
      {
        destination: 'duty_clinician',
        ruleId: 'red_flag_to_duty_clinician',
        because: `Red flag (${flags}): offer to the duty clinician now; they decide whether to advise 999, NHS 111 or an urgent treatment centre.`,
      },
    ];
    if (isClinician(actorRoles)) {
      out.push({
        destination: 'urgent',
        ruleId: 'red_flag_urgent_advice',
        because: `Red flag (${flags}): if the patient needs care now, advise 999, NHS 111 or an urgent treatment centre.`,
      });
    }
    return out;
  }

  if (input.kind === 'admin') {
    return [{ destination: 'practice_admin', ruleId: 'admin_to_practice_admin', because: SUGGESTION_RULES.admin_to_practice_admin }];
  }

  const text = normalise([input.text, ...stringAnswers(input.answers)].join('. '));
  const area = typeof input.answers?.symptomArea === 'string' ? input.answers.symptomArea : undefined;
  const age = ageInYearsOn(input.patient.birthDate, input.submittedAt);
  const eligible = eligibleConditions({ patient: input.patient, submittedAt: input.submittedAt });
  const out: Suggestion[] = [];

  for (const condition of PHARMACY_FIRST_ORDER) {
    const mentioned = CONDITION_WORDS[condition].test(text) || (condition === 'uti' && area === 'urinary');
    if (!mentioned || !eligible.includes(condition) || excludedByAnswers(condition, { ...input, exclusions: givenAnswers(input.answers) })) continue;
    const rule = PHARMACY_FIRST_RULES[condition];
    out.push({
      destination: 'pharmacy_first',
      condition,
      ruleId: `${condition}_to_pharmacy_first`,
      because: `Pharmacy First ${rule.label}; the patient is ${age}${describeSex(input.patient.sex, condition)} on the day of submission. Ask the exclusion questions before offering.`,
    });
  }

  if (area === 'musculoskeletal') {
    out.push({ destination: 'physio', ruleId: 'msk_to_physio', because: SUGGESTION_RULES.msk_to_physio });
    if (age >= 16) {
      out.push({
        destination: 'self_referral',
        pathway: 'msk_physio',
        ruleId: 'msk_self_referral',
        because: SUGGESTION_RULES.msk_self_referral,
      });
    }
  }

  if (area === 'medication' || MEDICATION_WORDS.test(text)) {
    out.push({ destination: 'pharmacist', ruleId: 'medication_to_pharmacist', because: SUGGESTION_RULES.medication_to_pharmacist });
  }

  if (area === 'mental_health') {
    out.push({ destination: 'anp', ruleId: 'mental_health_to_anp', because: SUGGESTION_RULES.mental_health_to_anp });
    // NHS Talking Therapies takes adults; younger patients need the ANP to find the right service.
    if (age >= 18) {
      out.push({
        destination: 'self_referral',
        pathway: 'talking_therapies',
        ruleId: 'mental_health_talking_therapies',
        because: SUGGESTION_RULES.mental_health_talking_therapies,
      });
    }
  }

  if (input.rulesOff?.length) {
    const off = new Set(input.rulesOff);
    out.splice(0, out.length, ...out.filter((s) => !off.has(s.ruleId)));
  }
  // Always leave a hub clinician team on the list, so an exclusion answer never leaves the panel empty.
  if (!out.some((s) => HUB_CLINICIAN_DESTINATIONS.includes(s.destination))) {
    out.push({
      destination: 'anp',
      ruleId: 'default_to_anp',
      because:
        out.length > 0
          ? 'If the pathway above does not fit, the ANP team assesses the request.'
          : SUGGESTION_RULES.default_to_anp,
    });
  }
  return out;
}

const HUB_CLINICIAN_DESTINATIONS: readonly Destination[] = ['anp', 'pharmacist', 'physio', 'duty_clinician'];

/** Intake answers that answer an exclusion question: one answered the wrong way rules the pathway out before the panel asks. */
const givenAnswers = (answers: Record<string, unknown> | undefined): ExclusionAnswers => (answers ?? {}) as ExclusionAnswers;

function stringAnswers(answers: Record<string, unknown> | undefined): string[] {
  return Object.values(answers ?? {}).filter((v): v is string => typeof v === 'string');
}

const describeSex = (sex: Sex, condition: PharmacyFirstCondition) =>
  PHARMACY_FIRST_RULES[condition].sexes ? ` and ${sex}` : '';
