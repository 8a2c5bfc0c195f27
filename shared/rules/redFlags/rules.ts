// Every red-flag rule, in RED_FLAG_IDS order (the order screening reports them).
import { RED_FLAG_IDS, type RedFlagId } from './ids';
import { BODY_AND_BLEEDING_RULES } from './rules/bodyAndBleeding';
import { HEART_LUNG_RULES } from './rules/heartLungs';
import { INFECTION_RULES } from './rules/infection';
import { MIND_AND_SAFETY_RULES } from './rules/mindAndSafety';
import { NEURO_RULES } from './rules/neuro';
import { PREGNANCY_RULES } from './rules/pregnancy';
import type { RuleDef } from './types';

const byId = new Map<RedFlagId, RuleDef>(
  [...HEART_LUNG_RULES, ...NEURO_RULES, ...MIND_AND_SAFETY_RULES, ...INFECTION_RULES, ...BODY_AND_BLEEDING_RULES, ...PREGNANCY_RULES].map(
    (r) => [r.id, r],
  ),
);

export const RULE_DEFS: readonly RuleDef[] = RED_FLAG_IDS.map((id) => {
  const rule = byId.get(id);
  if (!rule) throw new Error(`red-flag rule ${id} has no definition`);
  return rule;
});

export const ruleDef = (id: RedFlagId): RuleDef => byId.get(id)!;
