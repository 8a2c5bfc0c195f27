// Decision review as the lead and coordinators see it: the sample queue of a period, agreement
// rates, and one person's feedback, from the rows in db/queries/reviews.ts and the pure sampling
// rule in shared/rules/reviewSampling.ts. docs/clinical-safety/review.md.
import { TZDate } from '@date-fns/tz';
import type { HubDatabase } from '../../db/open';
import type { DecisionReviewRow, HandoffRow } from '../../db/schema';
import { sampleDecision, type DecisionFacts } from '../../shared/rules/reviewSampling';
import { DESTINATION_RULES } from '../../shared/rules/destinations';
import { isClinician, type Role } from '../../shared/schemas/domain';
import {
  DEFAULT_REVIEW_POLICY,
  reviewPolicySchema,
  type AgreementReply,
  type AgreementRow,
  type DecisionView,
  type PeriodQuery,
  type ReviewPolicy,
  type ReviewQueueReply,
  type ReviewView,
} from '../../shared/schemas/reviews';
import type { Directory } from '../directory';

/** The most decisions one queue answer lists; `total` says how many the sample holds. */
export const QUEUE_CAP = 200;
/** The most reviews a coordinator's feedback page lists, newest first. */
export const MINE_CAP = 200;

/** The policy in force: the lead's stored one, or the defaults if none is stored (or it no longer parses). */
export function reviewPolicyOf(db: HubDatabase): ReviewPolicy {
  const parsed = reviewPolicySchema.safeParse(db.q.reviews.policy());
  return parsed.success ? parsed.data : DEFAULT_REVIEW_POLICY;
}

/** [fromAt, toAt) for a period of whole days in the hub's time zone, both named days included. */
export function periodBounds(period: PeriodQuery, timeZone: string): { fromAt: number; toAt: number } {
  const startOf = (iso: string, plusDays = 0) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return new TZDate(y, m - 1, d + plusDays, timeZone).getTime();
  };
  return { fromAt: startOf(period.from), toAt: startOf(period.to, 1) };
}

const byCoordinator = (roles: Role[] | null) => roles !== null && roles.includes('coordinator') && !isClinician(roles);

/** "hub protocol CN v3 signed off by …": the version named in a liability basis. */
const versionInBasis = (basis: string | null) => basis?.match(/hub protocol (.+?) signed off by /)?.[1] ?? null;

/**
 * The protocol a decision was made under. Hand-offs that record their protocol version carry it in
 * `protocolVersion` (a column added beside this feature); older ones are read from the liability
 * basis in force when the decision was made, which names the protocol.
 */
export function protocolOf(db: HubDatabase, handoff: HandoffRow): DecisionView['protocol'] {
  const recorded = (handoff as HandoffRow & { protocolVersion?: string | null }).protocolVersion ?? null;
  const basis = db.q.reviews.protocolBasis(handoff.consultationId, handoff.offeredAt);
  return { version: recorded ?? versionInBasis(basis), basis };
}

export function decisionView(db: HubDatabase, handoff: HandoffRow, roles: Role[] | null): DecisionView {
  return {
    handoffId: handoff.id,
    consultationId: handoff.consultationId,
    destination: handoff.destination,
    at: new Date(handoff.offeredAt).toISOString(),
    byId: handoff.offeredById,
    byName: handoff.offeredByName,
    byCoordinator: byCoordinator(roles),
    reasonCode: handoff.reasonCode,
    reasonText: handoff.reasonText,
    suggestionFollowed: handoff.suggestionFollowed,
    status: handoff.status,
    protocol: protocolOf(db, handoff),
  };
}

/** The decisions of a period that the policy samples and nobody has reviewed yet, oldest first. */
export function reviewQueue(db: HubDatabase, directory: Directory, period: PeriodQuery, timeZone: string): ReviewQueueReply {
  const { fromAt, toAt } = periodBounds(period, timeZone);
  const policy = reviewPolicyOf(db);
  const sampled = db.q.reviews
    .decisionsBetween(fromAt, toAt)
    .filter((row) => row.reviewId === null)
    .map((row) => {
      const facts: DecisionFacts = {
        handoffId: row.handoff.id,
        destination: row.handoff.destination,
        byCoordinator: byCoordinator(row.deciderRoles),
        suggestionFollowed: row.handoff.suggestionFollowed,
        status: row.handoff.status,
        redFlag: row.redFlags.length > 0,
      };
      return { row, verdict: sampleDecision(facts, policy) };
    })
    .filter((s) => s.verdict.sampled);
  const items = sampled.slice(0, QUEUE_CAP).map(({ row, verdict }) => ({
    ...decisionView(db, row.handoff, row.deciderRoles),
    practice: { ods: row.practiceOds, name: directory.practiceName(row.practiceOds) },
    redFlags: row.redFlags,
    requestStatus: row.requestStatus,
    sampledBecause: verdict.words,
  }));
  return { from: period.from, to: period.to, total: sampled.length, items };
}

export function toReviewView(row: DecisionReviewRow): ReviewView {
  return {
    id: row.id,
    handoffId: row.handoffId,
    consultationId: row.consultationId,
    verdict: row.verdict,
    severity: row.severity,
    note: row.note,
    reopenInstruction: row.reopenInstruction,
    reviewerName: row.reviewerName,
    reviewedAt: new Date(row.reviewedAt).toISOString(),
    decision: { destination: row.destination, at: new Date(row.decidedAt).toISOString(), byName: row.decidedByName, protocolVersion: row.protocolVersion },
  };
}

const NOT_RECORDED = 'not recorded';

function rates(rows: DecisionReviewRow[], keyOf: (r: DecisionReviewRow) => string, labelOf: (r: DecisionReviewRow) => string): AgreementRow[] {
  const groups = new Map<string, AgreementRow>();
  for (const r of rows) {
    const key = keyOf(r);
    const group = groups.get(key) ?? { key, label: labelOf(r), agree: 0, disagree: 0, rate: null };
    group[r.verdict] += 1;
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, rate: g.agree / (g.agree + g.disagree) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Agree and disagree counts, and the share that agreed, over the reviews of decisions made in the period. */
export function agreement(db: HubDatabase, period: PeriodQuery, timeZone: string): AgreementReply {
  const { fromAt, toAt } = periodBounds(period, timeZone);
  const rows = db.q.reviews.inPeriod(fromAt, toAt);
  return {
    from: period.from,
    to: period.to,
    byDecider: rates(rows, (r) => r.decidedById, (r) => r.decidedByName),
    byDestination: rates(rows, (r) => r.destination, (r) => DESTINATION_RULES[r.destination].label),
    byProtocol: rates(rows, (r) => r.protocolVersion ?? NOT_RECORDED, (r) => r.protocolVersion ?? NOT_RECORDED),
  };
}
