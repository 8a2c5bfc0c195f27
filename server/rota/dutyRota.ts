// Who is duty clinician at an instant, read from the rota (docs/rota.md). Behind this one small
// interface so the liability map, the lifecycle guards and the rota page ask the same question the
// same way, and a second hub node can answer it from the same store.
import type { HubDatabase } from '../../db/open';
import type { RotaSession } from '../../shared/schemas/rota';
import type { HubCalendar } from '../../shared/time/hubCalendar';
import { sessionAt, sessionLabel } from '../../shared/time/rotaSessions';

export interface DutyInForce {
  /** The rota session the instant falls in; null outside hub hours. */
  session: { date: string; session: RotaSession; label: string } | null;
  /** The active clinician on the rota for that session; null for a gap. */
  clinician: { id: number; name: string } | null;
}

export interface DutyRota {
  dutyAt(at: number): DutyInForce;
}

export function dutyRotaOf(db: HubDatabase, calendar: HubCalendar): DutyRota {
  return {
    dutyAt(at) {
      const slot = sessionAt(at, calendar);
      if (!slot) return { session: null, clinician: null };
      const session = { ...slot, label: sessionLabel(slot.date, slot.session) };
      const entry = db.q.rota.entry(slot.date, slot.session);
      const person = entry ? db.q.staff.byId(entry.clinicianId) : undefined;
      // Someone made inactive since they were put on the rota carries nothing: a gap, said as one.
      return { session, clinician: person?.active ? { id: person.id, name: person.name } : null };
    },
  };
}
