// The rota as the hub shows it (GET /api/rota): each session of a range of dates with its duty
// clinician, the gaps in the days ahead, and who is on duty now.
import type { HubDatabase } from '../../db/open';
import { ROTA_SESSIONS, type RotaGap, type RotaReply, type RotaSlot } from '../../shared/schemas/rota';
import type { HubCalendar } from '../../shared/time/hubCalendar';
import { addDays, daysBetween, hubDateOf, sessionLabel, sessionWindow } from '../../shared/time/rotaSessions';
import type { Directory } from '../directory';
import { dutyRotaOf } from '../rota/dutyRota';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

function slotsBetween(db: HubDatabase, directory: Directory, calendar: HubCalendar, from: string, to: string): RotaSlot[] {
  const entries = new Map(db.q.rota.range(from, to).map((e) => [`${e.date} ${e.session}`, e]));
  const slots: RotaSlot[] = [];
  for (let day = 0; day <= daysBetween(from, to); day++) {
    const date = addDays(from, day);
    for (const session of ROTA_SESSIONS) {
      const window = sessionWindow(date, session, calendar);
      const entry = entries.get(`${date} ${session}`);
      slots.push({
        date,
        session,
        label: sessionLabel(date, session),
        open: window !== null,
        start: iso(window?.start),
        end: iso(window?.end),
        clinician: entry ? { id: entry.clinicianId, name: directory.staffName(entry.clinicianId) } : null,
        assignedBy: entry ? { id: entry.assignedBy, name: directory.staffName(entry.assignedBy) } : null,
        assignedAt: iso(entry?.assignedAt),
      });
    }
  }
  return slots;
}

/** Sessions the hub opens in, not yet ended, with nobody on the rota: from now over the next `days` days. */
function gapsAhead(db: HubDatabase, directory: Directory, calendar: HubCalendar, now: number, days: number): RotaGap[] {
  const today = hubDateOf(now, calendar);
  return slotsBetween(db, directory, calendar, today, addDays(today, days - 1))
    .filter((s) => s.open && s.clinician === null && Date.parse(s.end!) > now)
    .map(({ date, session, label }) => ({ date, session, label }));
}

export function rotaView(
  deps: { db: HubDatabase; directory: Directory; calendar: HubCalendar; now: number },
  range: { from?: string; to?: string; days: number },
): RotaReply {
  const { db, directory, calendar, now } = deps;
  const today = hubDateOf(now, calendar);
  const from = range.from ?? today;
  const to = range.to ?? addDays(from, 13);
  const duty = dutyRotaOf(db, calendar).dutyAt(now);
  return {
    today,
    from,
    to,
    onDuty: duty.session && duty.clinician ? { clinician: duty.clinician, date: duty.session.date, session: duty.session.session, label: duty.session.label } : null,
    slots: slotsBetween(db, directory, calendar, from, to),
    gaps: gapsAhead(db, directory, calendar, now, range.days),
  };
}
