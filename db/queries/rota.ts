// The duty clinician rota: one session's entry, a range of dates, assign and clear.
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { dutyRota, type DutyRotaRow } from '../schema';
import type { Orm } from '../open';
import type { RotaSession } from '../../shared/schemas/rota';

const ph = sql.placeholder;

export function rotaQueries(orm: Orm) {
  // Every lifecycle command asks who is on duty now: prepared once.
  const entry = orm
    .select()
    .from(dutyRota)
    .where(and(eq(dutyRota.date, ph('date')), eq(dutyRota.session, ph('session'))))
    .prepare();
  const range = orm
    .select()
    .from(dutyRota)
    .where(and(gte(dutyRota.date, ph('from')), lte(dutyRota.date, ph('to'))))
    .orderBy(dutyRota.date, dutyRota.session)
    .prepare();

  return {
    entry: (date: string, session: RotaSession): DutyRotaRow | undefined => entry.get({ date, session }),
    /** Entries on dates from..to inclusive (YYYY-MM-DD). */
    range: (from: string, to: string): DutyRotaRow[] => range.all({ from, to }),
    assign: (row: DutyRotaRow) =>
      orm
        .insert(dutyRota)
        .values(row)
        .onConflictDoUpdate({ target: [dutyRota.date, dutyRota.session], set: { clinicianId: row.clinicianId, assignedBy: row.assignedBy, assignedAt: row.assignedAt } })
        .run(),
    clear: (date: string, session: RotaSession): boolean =>
      orm.delete(dutyRota).where(and(eq(dutyRota.date, date), eq(dutyRota.session, session))).run().changes > 0,
  };
}
