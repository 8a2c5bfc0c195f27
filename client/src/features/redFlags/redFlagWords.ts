// What the detail pane says about a red flag: the rule (label, severity in words, NHS source), where
// the flag stands now (definite, possible, confirmed, cleared) and the words that fired it.
import { RED_FLAG_RULES, type RedFlagRule } from '../../../../shared/rules/redFlags';
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import type { RedFlagEvidence, RedFlagHit } from '../../../../shared/schemas/redFlags';
import { humanise } from '../../format';

/** The id the hub stores when staff raise a flag without naming a rule. */
export const RAISED_BY_HAND = 'raised_by_hand';

export const ruleOf = (id: string): RedFlagRule | undefined => RED_FLAG_RULES.find((rule) => rule.id === id);

/** A rule's label; an id outside the table (a hand-raised flag) in words. */
export const flagLabel = (id: string): string =>
  ruleOf(id)?.label ?? (id === RAISED_BY_HAND ? 'Raised by staff (no rule named)' : humanise(id));

export const SEVERITY_WORDS: Record<RedFlagRule['severity'], string> = {
  emergency: 'Emergency: advise 999 now',
  urgent: 'Urgent: a clinician today',
};

/**
 * Where one fired rule stands now. The screen's certainty is fixed at intake; the request's lists
 * move as clinicians confirm or clear (a possible flag confirmed is in `redFlags`; a cleared request has none).
 */
export type FlagStanding = 'definite' | 'possible' | 'confirmed' | 'cleared';

type Lists = Pick<ConsultationDetail, 'redFlags' | 'possibleRedFlags'>;

export function standingOf(hit: Pick<RedFlagHit, 'ruleId' | 'certainty'>, lists: Lists): FlagStanding {
  if (lists.redFlags.includes(hit.ruleId)) return hit.certainty === 'possible' ? 'confirmed' : 'definite';
  if (lists.possibleRedFlags.includes(hit.ruleId)) return 'possible';
  if (lists.redFlags.length === 0 && lists.possibleRedFlags.length === 0) return 'cleared';
  // Lists that name other flags only: say what the screen found rather than guess.
  return hit.certainty;
}

export const STANDING_WORDS: Record<FlagStanding, string> = {
  definite: 'Definite',
  possible: 'Possible: a clinician must confirm or clear',
  confirmed: 'Possible, confirmed by a clinician',
  cleared: 'Cleared by a clinician',
};

/** How a highlight names what it marks: "Red flag: Chest pain…" or "Possible red flag: …". */
export const markLabel = (standing: FlagStanding, ruleId: string) =>
  `${standing === 'possible' ? 'Possible red flag' : standing === 'cleared' ? 'Cleared red flag' : 'Red flag'}: ${flagLabel(ruleId)}`;

/** Where a flag came from, in words: the matched words quoted, or the answer that fired it. */
export function evidenceWords(evidence: RedFlagEvidence): string {
  if ('answer' in evidence) return `Answered: ${answerKeys(evidence.answer).map(humanise).join(' and ')}`;
  const where = evidence.field ? ` (in the answer "${humanise(evidence.field)}")` : '';
  return `“${evidence.text}”${where}`;
}

/** The answer keys an answer hit names ("stiffNeck + temperatureC" when two together fired it). */
export const answerKeys = (answer: string) => answer.split(' + ');

/** Flags on the request that no screen hit explains: raised by hand, or from before the screen was stored. */
export function unexplainedFlags(detail: Lists & Pick<ConsultationDetail, 'redFlagScreen'>): string[] {
  const screened = new Set<string>(detail.redFlagScreen?.hits.map((hit) => hit.ruleId) ?? []);
  return [...new Set([...detail.redFlags, ...detail.possibleRedFlags])].filter((id) => !screened.has(id));
}
