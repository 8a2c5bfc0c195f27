// What a clinician sent on and finished: the inbox's "Sent, awaiting acceptance" and "Done today"
// (docs/inbox.md), read from the hand-offs they made and the change feed's finishing moves.
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { changeFeed, consultations, handoffs, isAwaitingAnswer, isClinicianFinish, type ConsultationRow, type HandoffRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;
/** A day's finishing moves by one person: far more than a clinician makes, and a bound on the answer. */
const DONE_LIMIT = 500;

export type FinishType = 'complete' | 'escalate' | 'hand_back';

export function clinicianListQueries(orm: Orm) {
  // Offers still waiting that this person made, and only while the request still waits on that one.
  const awaiting = orm
    .select({ handoff: handoffs, consultation: consultations })
    .from(handoffs)
    .innerJoin(consultations, eq(consultations.pendingHandoffId, handoffs.id))
    .where(and(isAwaitingAnswer(handoffs.status), eq(handoffs.offeredById, ph('actorId'))))
    .orderBy(handoffs.offeredAt)
    .prepare();
  const finished = orm
    .select({ seq: changeFeed.seq, type: changeFeed.type, at: changeFeed.at, consultation: consultations })
    .from(changeFeed)
    .innerJoin(consultations, eq(consultations.id, changeFeed.consultationId))
    .where(and(isClinicianFinish(changeFeed.type), eq(changeFeed.actorId, ph('actorId')), gte(changeFeed.at, ph('from')), lt(changeFeed.at, ph('to'))))
    .orderBy(desc(changeFeed.at), desc(changeFeed.seq))
    .limit(DONE_LIMIT)
    .prepare();

  return {
    /** Hand-offs `actorId` made that nobody has answered yet, oldest first. */
    awaitingFrom: (actorId: string): { handoff: HandoffRow; consultation: ConsultationRow }[] => awaiting.all({ actorId }),
    /** `actorId`'s completes, escalations and hand-backs in [from, to), latest first. */
    finishedBy: (actorId: string, from: number, to: number): { seq: number; type: FinishType; at: number; consultation: ConsultationRow }[] =>
      finished.all({ actorId, from, to }) as { seq: number; type: FinishType; at: number; consultation: ConsultationRow }[],
  };
}
