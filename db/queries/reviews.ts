// Decision review: the lead's sampling policy (one row of hub_settings), the decisions of a period
// with the facts sampling needs, and the verdicts. docs/clinical-safety/review.md.
import { and, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { consultations, decisionReviews, handoffs, hubSettings, liabilityIntervals, staff, type NewDecisionReviewRow } from '../schema';
import type { Orm } from '../open';

const POLICY_KEY = 'review_policy';
const ph = sql.placeholder;

export function reviewQueries(orm: Orm) {
  // Decisions are hand-offs made by a member of staff (the hub's own red-flag escalation is nobody's
  // decision): the whole row, so columns added to hand-offs later (protocol_version) come along.
  const decisions = orm
    .select({
      handoff: handoffs,
      practiceOds: consultations.practiceOds,
      redFlags: consultations.redFlags,
      requestStatus: consultations.status,
      deciderRoles: staff.roles,
      reviewId: decisionReviews.id,
    })
    .from(handoffs)
    .innerJoin(consultations, eq(consultations.id, handoffs.consultationId))
    .innerJoin(staff, sql`${staff.id} = cast(${handoffs.offeredById} as integer)`)
    .leftJoin(decisionReviews, eq(decisionReviews.handoffId, handoffs.id))
    .where(and(gte(handoffs.offeredAt, ph('fromAt')), lt(handoffs.offeredAt, ph('toAt'))))
    .orderBy(handoffs.offeredAt, handoffs.id)
    .prepare();
  const decision = orm
    .select({ handoff: handoffs, requestStatus: consultations.status, deciderRoles: staff.roles })
    .from(handoffs)
    .innerJoin(consultations, eq(consultations.id, handoffs.consultationId))
    .leftJoin(staff, sql`${staff.id} = cast(${handoffs.offeredById} as integer)`)
    .where(eq(handoffs.id, ph('id')))
    .prepare();
  // The latest liability basis at or before the decision that names the protocol in force.
  const protocolBasis = orm
    .select({ basis: liabilityIntervals.basis })
    .from(liabilityIntervals)
    .where(
      and(
        eq(liabilityIntervals.consultationId, ph('consultationId')),
        lte(liabilityIntervals.fromAt, ph('at')),
        sql`${liabilityIntervals.basis} like '%hub protocol %'`,
      ),
    )
    .orderBy(desc(liabilityIntervals.fromAt), desc(liabilityIntervals.id))
    .limit(1)
    .prepare();
  const byHandoff = orm.select().from(decisionReviews).where(eq(decisionReviews.handoffId, ph('handoffId'))).prepare();
  const inPeriod = orm
    .select()
    .from(decisionReviews)
    .where(and(gte(decisionReviews.decidedAt, ph('fromAt')), lt(decisionReviews.decidedAt, ph('toAt'))))
    .prepare();
  const forDecider = orm
    .select()
    .from(decisionReviews)
    .where(eq(decisionReviews.decidedById, ph('decidedById')))
    .orderBy(desc(decisionReviews.decidedAt), desc(decisionReviews.id))
    .limit(ph('limit'))
    .prepare();

  return {
    policy: (): unknown => orm.select().from(hubSettings).where(eq(hubSettings.key, POLICY_KEY)).get()?.value,
    savePolicy: (value: unknown) =>
      orm.insert(hubSettings).values({ key: POLICY_KEY, value }).onConflictDoUpdate({ target: hubSettings.key, set: { value } }).run(),
    /** Staff decisions offered in [fromAt, toAt), oldest first, each with its request's facts and its review id if reviewed. */
    decisionsBetween: (fromAt: number, toAt: number) => decisions.all({ fromAt, toAt }),
    decision: (id: number) => decision.get({ id }),
    protocolBasis: (consultationId: number, at: number): string | null => protocolBasis.get({ consultationId, at })?.basis ?? null,
    byHandoff: (handoffId: number) => byHandoff.get({ handoffId }),
    insert: (row: Omit<NewDecisionReviewRow, 'id'>): number => Number(orm.insert(decisionReviews).values(row).run().lastInsertRowid),
    /** Reviews of decisions made in [fromAt, toAt). */
    inPeriod: (fromAt: number, toAt: number) => inPeriod.all({ fromAt, toAt }),
    /** The latest reviews of one person's decisions. */
    forDecider: (decidedById: string, limit: number) => forDecider.all({ decidedById, limit }),
  };
}

export type ReviewQueries = ReturnType<typeof reviewQueries>;
