// What the protocol in force means for the rest of the hub: the routing permissions and suggestion
// rules it sets, and how the liability basis names its sign-off (docs/protocol.md). Pure.
import type { Destination } from '../schemas/domain';
import type { HubProtocol } from '../schemas/settings';
import { COORDINATOR_CHOOSABLE, SWITCHABLE_SUGGESTIONS, type ProtocolContent, type SignOff } from '../schemas/protocol';
import type { RoutingProtocol } from './destinations';
import type { SuggestionRuleId } from './suggestions';

export function routingProtocolOf(content: ProtocolContent): Required<RoutingProtocol> {
  return {
    coordinatorMaySelfCare: content.routing.coordinatorMaySelfCare,
    closedToCoordinators: COORDINATOR_CHOOSABLE.filter((d) => !content.routing.coordinatorDestinations[d]) as Destination[],
  };
}

export const suggestionRulesOff = (content: ProtocolContent): SuggestionRuleId[] =>
  SWITCHABLE_SUGGESTIONS.filter((id) => !content.decisionSupport.rules[id as keyof typeof content.decisionSupport.rules]);

// Made once: every liability interval written after a sign-off cites its date.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
/** "3 Dec 2026", in the hub's own country. */
export const signOffDate = (iso: string) => DAY.format(new Date(iso));

/** Who signed it off ("Dr A Lead and Dr B Lead") and when the last of them did. */
export function signedOff(signOffs: readonly SignOff[]): { signedOffBy: string; signedOffAt: string | null } {
  const names = signOffs.map((s) => s.name);
  const signedOffBy = names.length <= 1 ? (names[0] ?? 'nobody') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return { signedOffBy, signedOffAt: signOffs.at(-1)?.at ?? null };
}

/** The protocol in force as GET /api/hub and the routing and liability rules read it. */
export function protocolSummary(version: { label: string; content: ProtocolContent; signOffs: readonly SignOff[] }): HubProtocol {
  const routing = routingProtocolOf(version.content);
  return {
    version: version.label,
    ...signedOff(version.signOffs),
    coordinatorMaySelfCare: routing.coordinatorMaySelfCare,
    closedToCoordinators: [...routing.closedToCoordinators],
    suggestionRulesOff: suggestionRulesOff(version.content),
  };
}

/** The liability basis's citation: "hub protocol CN v4 signed off by Dr A Lead on 3 Dec 2026". */
export const protocolCitation = (protocol: { version: string; signedOffBy: string; signedOffAt?: string | null }) =>
  `hub protocol ${protocol.version} signed off by ${protocol.signedOffBy}${protocol.signedOffAt ? ` on ${signOffDate(protocol.signedOffAt)}` : ''}`;
