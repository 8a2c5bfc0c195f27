// What a protocol draft changes from the version in force, in words the lead signs off against
// (docs/protocol.md): one entry per field that differs, template texts as before and after. Pure.
import { OUTCOME_CODES, OUTCOMES } from '../schemas/outcome';
import type { Destination } from '../schemas/domain';
import { COORDINATOR_CHOOSABLE, SWITCHABLE_SUGGESTIONS, type ProtocolChange, type ProtocolContent, type SafetyNettingTemplate } from '../schemas/protocol';
import { DESTINATION_RULES } from './destinations';
import { SUGGESTION_RULES, type SuggestionRuleId } from './suggestions';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const onOff = (b: boolean) => (b ? 'on' : 'off');

function flag(path: string, what: string, before: boolean, after: boolean, say: (b: boolean) => string): ProtocolChange[] {
  return before === after ? [] : [{ path, words: `${what}: ${say(before)} → ${say(after)}`, before: say(before), after: say(after) }];
}

function templateChanges(before: readonly SafetyNettingTemplate[], after: readonly SafetyNettingTemplate[]): ProtocolChange[] {
  const out: ProtocolChange[] = [];
  const old = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  for (const t of before) {
    const path = `safetyNettingTemplates.${t.id}`;
    const next = now.get(t.id);
    if (!next) {
      out.push({ path, words: `Safety-netting template “${t.title}” removed`, before: t.text, after: null });
      continue;
    }
    if (next.title !== t.title) out.push({ path: `${path}.title`, words: `Safety-netting template title: “${t.title}” → “${next.title}”`, before: t.title, after: next.title });
    if (next.text !== t.text) out.push({ path: `${path}.text`, words: `Safety-netting template “${next.title}” text changed`, before: t.text, after: next.text });
  }
  for (const t of after) {
    if (!old.has(t.id)) out.push({ path: `safetyNettingTemplates.${t.id}`, words: `Safety-netting template “${t.title}” added`, before: null, after: t.text });
  }
  return out;
}

/** Every difference between the version in force and a draft, in the order the protocol page lists its sections. */
export function diffProtocol(before: ProtocolContent, after: ProtocolContent): ProtocolChange[] {
  const changes: ProtocolChange[] = [
    ...flag('routing.coordinatorMaySelfCare', 'Coordinators may route to self-care', before.routing.coordinatorMaySelfCare, after.routing.coordinatorMaySelfCare, yesNo),
  ];
  for (const d of COORDINATOR_CHOOSABLE) {
    const label = DESTINATION_RULES[d].label;
    changes.push(...flag(`routing.coordinatorDestinations.${d}`, `Coordinators may route to ${label}`, before.routing.coordinatorDestinations[d], after.routing.coordinatorDestinations[d], yesNo));
  }
  for (const id of SWITCHABLE_SUGGESTIONS) {
    const key = id as keyof ProtocolContent['decisionSupport']['rules'];
    const sentence = SUGGESTION_RULES[id as SuggestionRuleId];
    changes.push(...flag(`decisionSupport.rules.${id}`, `Decision support “${sentence}”`, before.decisionSupport.rules[key], after.decisionSupport.rules[key], onOff));
  }
  changes.push(...templateChanges(before.safetyNettingTemplates, after.safetyNettingTemplates));
  for (const d of Object.keys(after.patientMessageTemplates) as Destination[]) {
    const was = before.patientMessageTemplates[d];
    const is = after.patientMessageTemplates[d];
    if (was !== is) changes.push({ path: `patientMessageTemplates.${d}`, words: `Patient message for ${DESTINATION_RULES[d].label} changed`, before: was, after: is });
  }
  for (const o of OUTCOME_CODES) {
    const was = before.outcomeMessageTemplates[o];
    const is = after.outcomeMessageTemplates[o];
    if (was !== is) changes.push({ path: `outcomeMessageTemplates.${o}`, words: `Patient message for the outcome “${OUTCOMES[o]}” changed`, before: was, after: is });
  }
  if (before.pharmacyFirstSpec !== after.pharmacyFirstSpec) {
    changes.push({
      path: 'pharmacyFirstSpec',
      words: `Pharmacy First rule table: v${before.pharmacyFirstSpec} → v${after.pharmacyFirstSpec}`,
      before: before.pharmacyFirstSpec,
      after: after.pharmacyFirstSpec,
    });
  }
  return changes;
}
