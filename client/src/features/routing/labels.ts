// Words for routing choices: self-referral pathways, and a suggestion's destination in full.
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import { PHARMACY_FIRST_RULES } from '../../../../shared/rules/pharmacyFirst';
import { SELF_REFERRAL_SERVICES } from '../../../../shared/rules/selfReferralServices';
import type { Suggestion } from '../../../../shared/rules/suggestions';
import type { SelfReferralPathway } from '../../../../shared/schemas/domain';

export const PATHWAY_WORDS = Object.fromEntries(
  Object.entries(SELF_REFERRAL_SERVICES).map(([id, service]) => [id, service.name]),
) as Record<SelfReferralPathway, string>;

/** "Community pharmacy: Pharmacy First clinical pathway — acute sore throat". */
export function suggestionLabel(s: Pick<Suggestion, 'destination' | 'condition' | 'pathway'>): string {
  const base = DESTINATION_RULES[s.destination].label;
  if (s.condition) return `${base} — ${PHARMACY_FIRST_RULES[s.condition].conditionName}`;
  if (s.pathway) return `${base} — ${PATHWAY_WORDS[s.pathway]}`;
  return base;
}
