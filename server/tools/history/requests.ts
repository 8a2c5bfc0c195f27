// What each generated request is: where the hub's part of it ends (the outcome mix), the demo
// scenario whose words the patient writes, a synthetic patient who fits it, and the routing body
// that sends it there. Pure; the rules it must satisfy are the shared ones (Pharmacy First is
// checked here exactly as the machine will check it).
import { DEMO_SCENARIOS, type Scenario } from '../../../db/seed/demoData';
import { demoPatient, fillText, pick, type Random } from '../../../db/seed/demoPatients';
import { checkPharmacyFirst } from '../../../shared/rules/pharmacyFirst';
import type { PharmacyFirstCondition, SelfReferralPathway } from '../../../shared/schemas/domain';
import type { HandoffInput } from '../../../shared/schemas/handoff';
import type { IntakeRequest } from '../../../shared/schemas/intake';
import type { OutcomeCode } from '../../../shared/schemas/outcome';
import { HISTORY_PHARMACIES } from './organisation';

/** Where the hub's part of a request ends: the destination that closes it, or a red flag's duty clinician. */
export type Final =
  | 'anp' | 'pharmacist' | 'physio' | 'pharmacy_first' | 'pharmacy_minor_illness' | 'self_referral' | 'self_care'
  | 'practice_gp' | 'practice_admin' | 'duty' | 'urgent' | 'red_flag';

/** The outcome mix of non-red-flag requests, in percent (docs/history.md). */
export const OUTCOME_MIX: Record<Exclude<Final, 'red_flag'>, number> = {
  anp: 30, pharmacist: 10, physio: 8, pharmacy_first: 12, pharmacy_minor_illness: 5, self_referral: 7, self_care: 8,
  practice_gp: 12, practice_admin: 6, duty: 1, urgent: 1,
};
/** Share of requests whose words trip the red-flag screen at intake. */
export const RED_FLAG_RATE = 0.015;

const byId = new Map(DEMO_SCENARIOS.map((s) => [s.id, s]));
const scenarios = (...ids: string[]) => ids.map((id) => {
  const s = byId.get(id);
  if (!s) throw new Error(`no demo scenario ${id}`);
  return s;
});

const SCENARIOS: Record<Exclude<Final, 'red_flag'>, readonly Scenario[]> = {
  anp: scenarios('child_cough', 'sore_throat', 'low_mood', 'anxiety', 'diarrhoea', 'tiredness', 'menopause', 'pill_review', 'heartburn', 'sinusitis', 'child_earache'),
  pharmacist: scenarios('medication_repeat', 'medication_side_effects', 'medication_review'),
  physio: scenarios('back_pain', 'knee', 'shoulder'),
  pharmacy_first: scenarios('uti', 'sore_throat', 'sinusitis', 'child_earache', 'impetigo', 'shingles', 'insect_bite'),
  pharmacy_minor_illness: scenarios('child_cough', 'diarrhoea', 'heartburn'),
  self_referral: scenarios('low_mood', 'anxiety', 'back_pain', 'knee'),
  self_care: scenarios('child_cough', 'diarrhoea', 'heartburn', 'sore_throat', 'sinusitis'),
  practice_gp: scenarios('memory', 'ankle_swelling', 'male_urinary', 'uti_age_70', 'changing_mole', 'tiredness'),
  practice_admin: DEMO_SCENARIOS.filter((s) => s.kind === 'admin'),
  duty: scenarios('older_fall', 'ankle_swelling'),
  urgent: scenarios('older_fall'),
};
const RED_FLAG_SCENARIOS = DEMO_SCENARIOS.filter((s) => s.redFlag !== undefined);

const PF_CONDITION: Record<string, PharmacyFirstCondition> = {
  uti: 'uti', sore_throat: 'sore_throat', sinusitis: 'sinusitis', child_earache: 'otitis_media', impetigo: 'impetigo', shingles: 'shingles', insect_bite: 'insect_bite',
};
const PATHWAY: Record<string, SelfReferralPathway> = { low_mood: 'talking_therapies', anxiety: 'talking_therapies', back_pain: 'msk_physio', knee: 'msk_physio' };

/** Every exclusion answered, as a patient who fits the pathway would answer. */
const EXCLUSIONS = {
  pregnant: false, recurrentUti: false, catheter: false, rashWithin7Days: true, immunosuppressed: false, sinusitisOver12Weeks: false,
  otitisEpisodes6Months: 0, otitisEpisodes12Months: 0, bullousImpetigo: false, impetigoEpisodes12Months: 0, tickBite: false,
  animalOrHumanBite: false, biteAcquiredAbroad: false, severelyImmunosuppressed: false,
};

const SAFETY_NETTING =
  'If your symptoms get worse, you develop a high temperature, or you are not improving within 7 days, contact your GP practice or call NHS 111; call 999 in an emergency.';

export interface Planned {
  final: Final;
  scenarioId: string;
  request: IntakeRequest;
  /** The routing body that sends it to its final destination (none for red flags, escalations and urgent advice before acceptance). */
  route?: DistributiveOmit<HandoffInput, 'expectedVersion'>;
  outcome: OutcomeCode;
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function drawFinal(rng: Random): Final {
  if (rng() < RED_FLAG_RATE) return 'red_flag';
  let r = rng() * 100;
  for (const [final, share] of Object.entries(OUTCOME_MIX) as [Final, number][]) if ((r -= share) < 0) return final;
  return 'anp';
}

const OUTCOMES: Partial<Record<Final, [OutcomeCode, number][]>> = {
  anp: [['advice_given', 45], ['prescription_issued', 35], ['appointment_booked_at_practice', 10], ['referred_on', 10]],
  pharmacist: [['prescription_issued', 60], ['advice_given', 40]],
  physio: [['advice_given', 60], ['referred_on', 25], ['appointment_booked_at_practice', 15]],
};
function drawOutcome(final: Final, rng: Random): OutcomeCode {
  const table = OUTCOMES[final] ?? [['referred_on', 40], ['advice_given', 30], ['redirected', 30]];
  let r = rng() * table.reduce((sum, [, w]) => sum + w, 0);
  for (const [code, w] of table) if ((r -= w) < 0) return code;
  return table[0]![0];
}

/** One request arriving at `at` from a practice, with its whole intended course. */
export function planRequest(practiceOds: string, at: number, rng: Random): Planned {
  let final = drawFinal(rng);
  const scenario = final === 'red_flag' ? pick(rng, RED_FLAG_SCENARIOS) : pick(rng, SCENARIOS[final]);
  const submittedAt = new Date(at);
  const patient = demoPatient(scenario, submittedAt, rng);
  const textIndex = Math.floor(rng() * scenario.texts.length);
  const duration = scenario.durations?.[textIndex % scenario.durations.length];
  const request: IntakeRequest = {
    practiceOds,
    submittedAt: submittedAt.toISOString(),
    kind: scenario.kind,
    patient,
    text: fillText(scenario.texts[textIndex]!, patient.sex),
    answers: {
      symptomArea: scenario.symptomArea,
      ...(duration ? { duration } : {}),
      ...(scenario.severity ? { severity: scenario.severity } : {}),
      ...(scenario.requestType ? { requestType: scenario.requestType } : {}),
    },
  };
  const suggestionFollowed = rng() < 0.8;
  let route: Planned['route'];
  if (final === 'pharmacy_first') {
    const condition = PF_CONDITION[scenario.id]!;
    const pharmacies = condition === 'otitis_media' ? HISTORY_PHARMACIES.filter((p) => !p.distanceSelling) : HISTORY_PHARMACIES;
    const pharmacy = pick(rng, pharmacies);
    const verdict = checkPharmacyFirst({ condition, patient, submittedAt: request.submittedAt, exclusions: EXCLUSIONS, pharmacy });
    route = verdict.ok
      ? { destination: 'pharmacy_first', condition, pharmacyOds: pharmacy.ods, exclusions: EXCLUSIONS, reason: { code: 'eligible_pharmacy_first' }, suggestionFollowed }
      : { destination: 'pharmacy_minor_illness', pharmacyOds: pharmacy.ods, reason: { code: 'minor_illness' }, suggestionFollowed };
    if (!verdict.ok) final = 'pharmacy_minor_illness';
  } else if (final === 'pharmacy_minor_illness') {
    route = { destination: 'pharmacy_minor_illness', pharmacyOds: pick(rng, HISTORY_PHARMACIES).ods, reason: { code: 'minor_illness' }, suggestionFollowed };
  } else if (final === 'self_referral') {
    route = { destination: 'self_referral', pathway: PATHWAY[scenario.id]!, safetyNetting: SAFETY_NETTING, reason: { code: 'self_referral_appropriate' }, suggestionFollowed };
  } else if (final === 'self_care') {
    route = { destination: 'self_care', safetyNetting: SAFETY_NETTING, reason: { code: 'self_care_appropriate' }, suggestionFollowed };
  } else if (final === 'practice_gp' || final === 'practice_admin') {
    route = { destination: final, reason: { code: final === 'practice_gp' ? 'needs_gp' : 'admin_request' }, suggestionFollowed };
  } else if (final === 'anp' || final === 'pharmacist' || final === 'physio') {
    const code = final === 'anp' ? 'clinical_assessment_needed' : final === 'pharmacist' ? 'medication_query' : 'msk_problem';
    route = { destination: final, reason: { code }, suggestionFollowed };
  } else if (final === 'urgent') {
    route = { destination: 'urgent', reason: { code: 'urgent_care_needed' } };
  }
  return { final, scenarioId: scenario.id, request, route, outcome: drawOutcome(final, rng) };
}
