// Names the protocol page shows for what the protocol switches (labels come from the shared rules).
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import { SUGGESTION_RULES, type SuggestionRuleId } from '../../../../shared/rules/suggestions';
import type { Destination } from '../../../../shared/schemas/domain';
import type { ProtocolVersionView } from '../../api/http';

export const destinationLabel = (d: Destination) => DESTINATION_RULES[d].label;
export const ruleSentence = (id: string) => SUGGESTION_RULES[id as SuggestionRuleId] ?? id;

export const STATUS_WORDS: Record<ProtocolVersionView['status'], string> = {
  draft: 'Draft',
  in_force: 'In force',
  superseded: 'Superseded',
  discarded: 'Discarded',
};

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });

/** "Dr Lee Lead on 3 Dec 2026; Dr Lou Second on 4 Dec 2026", or the signer carried over without a date. */
export const signOffWords = (version: ProtocolVersionView) =>
  version.signOffs.length === 0 ? 'not signed off' : version.signOffs.map((s) => (s.at ? `${s.name} on ${day(s.at)}` : s.name)).join('; ');
