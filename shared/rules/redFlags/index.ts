// The red-flag screen's public face: rules, their labels and the two ways to screen a request.
import { RED_FLAG_IDS, isRedFlagId, type RedFlagId } from './ids';
import { RULE_DEFS, ruleDef } from './rules';
import type { RuleSource } from './sources';
import type { Severity } from './types';

export { RED_FLAG_IDS, isRedFlagId, type RedFlagId } from './ids';
export { screenRequest, screenRedFlags, type ScreenInput } from './screen';
export type { Severity, Certainty } from './types';
export type { RuleSource } from './sources';

export interface RedFlagRule {
  id: RedFlagId;
  label: string;
  severity: Severity;
  source: RuleSource;
}

/** Every rule, in the order screening reports them. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = RULE_DEFS.map(({ id, label, severity, source }) => ({ id, label, severity, source }));

/** The human sentence for a rule id; ids raised by hand that are not in the table come back as given. */
export const redFlagLabel = (id: string): string => (isRedFlagId(id) ? ruleDef(id).label : id);
/** Back-compatible name for the screen's input. */
export type RedFlagInput = import('./screen').ScreenInput;
