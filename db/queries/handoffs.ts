// Hand-offs: each offer or route, and how it was answered.
import { and, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { handoffs, isAwaitingAnswer, type HandoffRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;
export type NewHandoffRow = typeof handoffs.$inferInsert;
/** A new offer or route, as written: nobody has answered it yet. */
type NewOffer = Omit<NewHandoffRow, 'id' | 'respondedById' | 'respondedByName' | 'respondedAt' | 'responseReason' | 'escalatedAt'>;

export function handoffQueries(orm: Orm) {
  const byId = orm.select().from(handoffs).where(eq(handoffs.id, ph('id'))).prepare();
  const insert = orm
      .insert(handoffs)
      .values({
        consultationId: ph('consultationId'),
        destination: ph('destination'),
        // Drizzle encodes JSON columns itself, placeholders included.
        details: ph('details'),
        reasonCode: ph('reasonCode'),
        reasonText: ph('reasonText'),
        // Through sql, not the column's boolean mapping, which writes a bound null as 0 ("not followed").
        suggestionFollowed: sql`${ph('suggestionFollowed')}`,
        offeredById: ph('offeredById'),
        offeredByName: ph('offeredByName'),
        offeredAt: ph('offeredAt'),
        expiresAt: ph('expiresAt'),
        status: ph('status'),
        protocolVersion: ph('protocolVersion'),
      })
      .prepare();
  type Answer = { status: HandoffRow['status']; respondedById: string; respondedByName: string; respondedAt: number; responseReason: string | null };
  const respond = orm
      .update(handoffs)
      .set({
        status: sql`${ph('status')}`,
        respondedById: sql`${ph('respondedById')}`,
        respondedByName: sql`${ph('respondedByName')}`,
        respondedAt: sql`${ph('respondedAt')}`,
        responseReason: sql`${ph('responseReason')}`,
      })
      .where(and(eq(handoffs.id, ph('id')), isAwaitingAnswer(handoffs.status)))
      .prepare();
  const due = orm
    .select({ id: handoffs.id, consultationId: handoffs.consultationId, destination: handoffs.destination, reasonCode: handoffs.reasonCode })
    .from(handoffs)
    // An escalated red flag stays offered, but its time has been dealt with: it is not due again.
    .where(and(isAwaitingAnswer(handoffs.status), isNotNull(handoffs.expiresAt), lte(handoffs.expiresAt, ph('now')), isNull(handoffs.escalatedAt)))
    .prepare();
  const markEscalated = orm
    .update(handoffs)
    .set({ escalatedAt: sql`${ph('at')}` })
    .where(and(eq(handoffs.id, ph('id')), isAwaitingAnswer(handoffs.status), isNull(handoffs.escalatedAt)))
    .prepare();
  const forConsultation = orm.select().from(handoffs).where(eq(handoffs.consultationId, ph('consultationId'))).orderBy(handoffs.id).prepare();

  return {
    byId: (id: number): HandoffRow | undefined => byId.get({ id }),
    byIds: (ids: number[]): HandoffRow[] => (ids.length === 0 ? [] : orm.select().from(handoffs).where(inArray(handoffs.id, ids)).all()),
    insert: (row: Omit<NewOffer, 'details'> & { details: Record<string, unknown> }): number =>
      // id is the table's INTEGER PRIMARY KEY: SQLite's rowid for the new row, with no RETURNING.
      Number(
        insert.run({
          ...row,
          reasonText: row.reasonText ?? null,
          suggestionFollowed: row.suggestionFollowed === undefined || row.suggestionFollowed === null ? null : Number(row.suggestionFollowed),
          expiresAt: row.expiresAt ?? null,
          protocolVersion: row.protocolVersion ?? null,
        }).lastInsertRowid,
      ),
    /** Records the answer to an offer still waiting; false if it was already answered. */
    respond: (id: number, answer: Answer): boolean =>
      respond.run({ id, ...answer }).changes === 1,
    /** Marks a waiting offer escalated to the clinical lead; false if it was answered or escalated already. */
    markEscalated: (id: number, at: number): boolean => markEscalated.run({ id, at }).changes === 1,
    /** Offers and referrals whose time to answer has run out (an escalated red flag's has been dealt with). */
    due: (now: number) => due.all({ now }),
    forConsultation: (consultationId: number): HandoffRow[] => forConsultation.all({ consultationId }),
  };
}
