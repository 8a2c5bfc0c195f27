// The clinical lead's verdict on one decision (a hand-off): agree or disagree, a severity and a
// learning note, one review per decision. A disagreement may reopen the request in the same
// transaction, through the lifecycle (reopen.ts), so the review and the reopen commit together or
// not at all. docs/clinical-safety/review.md.
import type { ConsultationStatus } from '../../shared/schemas/domain';
import { reviewBodySchema } from '../../shared/schemas/reviews';
import { HttpError } from '../http/errors';
import { protocolOf, toReviewView } from '../views/reviews';
import { actorId } from './actors';
import { defineOperation } from './definition';
import { stepLifecycle, type Committed } from './lifecycleStep';
import { reopenAfterReview } from './reopen';

/** Where a reopen can take a request back from: closed, or waiting outside the hub for an answer or a delivery. */
const REOPENABLE: readonly ConsultationStatus[] = ['closed', 'cancelled', 'redirected', 'returned_to_practice', 'awaiting_delivery'];
const WHERE: Partial<Record<ConsultationStatus, string>> = {
  queued: 'already back in the hub queue',
  in_triage: 'being triaged by a coordinator now',
  offered: 'offered to a clinical team now',
  with_clinician: 'with a clinician now',
};

export const reviewDecision = defineOperation({
  name: 'decision_reviewed',
  senders: { staff: ['lead'] },
  input: reviewBodySchema,
  perform(ctx) {
    const { db, input, actor, now } = ctx;
    const decision = db.q.reviews.decision(input.handoffId);
    if (!decision) throw new HttpError('NOT_FOUND', `No hand-off ${input.handoffId}.`);
    const { handoff } = decision;
    if (decision.deciderRoles === null) {
      throw new HttpError('NOT_A_DECISION', `Hand-off #${handoff.id} was made by the hub itself (${handoff.offeredByName}), not by a person: there is no decision to review.`);
    }
    if (db.q.reviews.byHandoff(handoff.id)) throw new HttpError('ALREADY_REVIEWED', `Hand-off #${handoff.id} has already been reviewed.`);

    const changes: Committed[] = [];
    if (input.reopen) {
      if (!REOPENABLE.includes(decision.requestStatus)) {
        throw new HttpError('REOPEN_NOT_POSSIBLE', `Request ${handoff.consultationId} is ${WHERE[decision.requestStatus] ?? decision.requestStatus}, so it cannot be reopened; record the review without reopening, or speak to whoever holds it.`);
      }
      changes.push(stepLifecycle({ ...ctx, input: { instruction: input.reopen.instruction } }, reopenAfterReview.lifecycle, handoff.consultationId));
    }
    const id = db.q.reviews.insert({
      handoffId: handoff.id,
      consultationId: handoff.consultationId,
      verdict: input.verdict,
      severity: input.severity,
      note: input.note || null,
      reopenInstruction: input.reopen?.instruction ?? null,
      reviewerId: actorId(actor),
      reviewerName: actor.name,
      reviewedAt: now,
      decidedById: handoff.offeredById,
      decidedByName: handoff.offeredByName,
      decidedAt: handoff.offeredAt,
      destination: handoff.destination,
      protocolVersion: protocolOf(db, handoff).version,
    });
    const review = toReviewView(db.q.reviews.byHandoff(handoff.id)!);
    return {
      result: { review, item: changes[0]?.item },
      audit: [
        {
          subject: `review:${id}`,
          consultationId: handoff.consultationId,
          after: { handoffId: handoff.id, verdict: input.verdict, severity: input.severity, reopened: input.reopen !== undefined },
          reason: input.note || null,
        },
      ],
      changes,
      notices: ['reviews'],
    };
  },
});
