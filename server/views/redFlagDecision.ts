// A red-flag decision as a journey shows it, from its audit entry: the entry holds who, when, the
// reason and the flags after, and is the record the decision is proven by (docs/audit.md).
import type { AuditRow } from '../../db/schema';
import { RED_FLAG_DECISIONS, type RedFlagDecision } from '../../shared/schemas/api';
import type { Directory } from '../directory';

const flagsAfter = (after: string | null) => {
  const state = (after ? JSON.parse(after) : {}) as { redFlags?: string[]; possibleRedFlags?: string[] };
  return { redFlags: state.redFlags ?? [], possibleRedFlags: state.possibleRedFlags ?? [] };
};

export function toRedFlagDecision(row: AuditRow, directory: Directory): RedFlagDecision {
  return {
    type: RED_FLAG_DECISIONS.find((d) => d === row.action)!,
    at: new Date(row.at).toISOString(),
    by: /^\d+$/.test(row.actorId) ? directory.staffName(Number(row.actorId)) : row.actorId,
    reason: row.reason,
    ...flagsAfter(row.after),
  };
}
