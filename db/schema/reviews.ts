// The clinical lead's verdicts on coordinators' and clinicians' decisions (hand-offs), one per
// decision (docs/clinical-safety/review.md). The decision's maker, destination, time and protocol
// are kept with the verdict, so agreement rates read this table alone and never change with later edits.
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Destination } from '../../shared/schemas/domain';
import type { ReviewVerdict, Severity } from '../../shared/schemas/reviews';

export const decisionReviews = sqliteTable(
  'decision_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    handoffId: integer('handoff_id').notNull(),
    consultationId: integer('consultation_id').notNull(),
    verdict: text('verdict').$type<ReviewVerdict>().notNull(),
    severity: text('severity').$type<Severity>().notNull(),
    note: text('note'),
    /** The lead's instruction when the disagreement reopened the request. */
    reopenInstruction: text('reopen_instruction'),
    reviewerId: text('reviewer_id').notNull(),
    reviewerName: text('reviewer_name').notNull(),
    reviewedAt: integer('reviewed_at').notNull(),
    decidedById: text('decided_by_id').notNull(),
    decidedByName: text('decided_by_name').notNull(),
    decidedAt: integer('decided_at').notNull(),
    destination: text('destination').$type<Destination>().notNull(),
    /** The protocol version the decision was made under, when the hand-off or its liability basis names it. */
    protocolVersion: text('protocol_version'),
  },
  (t) => [
    // One review per decision: a second one is refused (409), and the database holds the line too.
    uniqueIndex('decision_reviews_handoff').on(t.handoffId),
    index('decision_reviews_decided').on(t.decidedAt),
    index('decision_reviews_decider').on(t.decidedById, t.decidedAt),
  ],
);

export type DecisionReviewRow = typeof decisionReviews.$inferSelect;
export type NewDecisionReviewRow = typeof decisionReviews.$inferInsert;
