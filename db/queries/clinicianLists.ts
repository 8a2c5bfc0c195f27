// What a clinician sent on and finished: the inbox's "Sent, awaiting acceptance" and "Done today"
// (docs/inbox.md), read from the hand-offs they made and the change feed's finishing moves.
import { and, desc, eq, gte, lt, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { changeFeed, consultations, handoffs, isAwaitingAnswer, isClinicianFinish, liabilityIntervals, type ConsultationRow, type HandoffRow } from '../schema';
import type { Destination } from '../../shared/schemas/domain';
import type { Orm } from '../open';

const ph = sql.placeholder;
/** A day's finishing moves by one person: far more than a clinician makes, and a bound on the answer. */
const DONE_LIMIT = 500;

export type FinishType = 'complete' | 'escalate' | 'hand_back' | 'route';
export type FinishedRow = { seq: number; type: FinishType; at: number; destination: Destination | null; consultation: ConsultationRow };

export function clinicianListQueries(orm: Orm) {
  // Offers still waiting that this person made, and only while the request still waits on that one.
  const awaiting = orm
    .select({ handoff: handoffs, consultation: consultations })
    .from(handoffs)
    .innerJoin(consultations, eq(consultations.pendingHandoffId, handoffs.id))
    .where(and(isAwaitingAnswer(handoffs.status), eq(handoffs.offeredById, ph('actorId'))))
    .orderBy(handoffs.offeredAt)
    .prepare();

  // The hand-off a move made (an escalation's or a route's): same request, same instant, same person.
  const made = alias(handoffs, 'made');
  const accepted = alias(handoffs, 'accepted');
  // A route counts only when it passed on a request this person had accepted: the responsibility
  // their acceptance began is the one the route ended (a lead's routes from triage are not "done").
  const routedFromAcceptance = sql`exists (
    select 1 from ${handoffs} as ${accepted}
    inner join ${liabilityIntervals} on ${liabilityIntervals.consultationId} = ${accepted.consultationId} and ${liabilityIntervals.fromAt} = ${accepted.respondedAt}
    where ${accepted.consultationId} = ${changeFeed.consultationId} and ${accepted.status} = 'accepted'
      and ${accepted.respondedById} = ${changeFeed.actorId} and ${liabilityIntervals.toAt} = ${changeFeed.at})`;
  const finished = orm
    .select({ seq: changeFeed.seq, type: changeFeed.type, at: changeFeed.at, destination: made.destination, consultation: consultations })
    .from(changeFeed)
    .innerJoin(consultations, eq(consultations.id, changeFeed.consultationId))
    .leftJoin(made, and(eq(made.consultationId, changeFeed.consultationId), eq(made.offeredAt, changeFeed.at), eq(made.offeredById, changeFeed.actorId)))
    .where(
      and(
        isClinicianFinish(changeFeed.type),
        eq(changeFeed.actorId, ph('actorId')),
        gte(changeFeed.at, ph('from')),
        lt(changeFeed.at, ph('to')),
        or(ne(changeFeed.type, 'route'), routedFromAcceptance),
      ),
    )
    .orderBy(desc(changeFeed.at), desc(changeFeed.seq))
    .limit(DONE_LIMIT)
    .prepare();

  return {
    /** Hand-offs `actorId` made that nobody has answered yet, oldest first. */
    awaitingFrom: (actorId: string): { handoff: HandoffRow; consultation: ConsultationRow }[] => awaiting.all({ actorId }),
    /**
     * `actorId`'s completes, escalations, hand-backs and routes of requests they had accepted, in
     * [from, to), latest first, with where an escalation or route sent the request.
     */
    finishedBy: (actorId: string, from: number, to: number): FinishedRow[] => finished.all({ actorId, from, to }) as FinishedRow[],
  };
}
