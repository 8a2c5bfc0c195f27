// The duty clinician rota: who is duty clinician in each session (morning or afternoon) of a day
// (docs/rota.md). One row per staffed session; a session with no row is a gap.
import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';
import type { RotaSession } from '../../shared/schemas/rota';

export const dutyRota = sqliteTable(
  'duty_rota',
  {
    /** The hub-local calendar date, YYYY-MM-DD. */
    date: text('date').notNull(),
    session: text('session').$type<RotaSession>().notNull(),
    clinicianId: integer('clinician_id').notNull(),
    assignedBy: integer('assigned_by').notNull(),
    assignedAt: integer('assigned_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.date, t.session] })],
);

export type DutyRotaRow = typeof dutyRota.$inferSelect;
