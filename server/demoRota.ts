// The demo hub's duty clinician rota: the clinical lead in the mornings and an ANP in the afternoons,
// for every open session of the next 14 days that has nobody, so the demo's liability map names a
// duty clinician from the first request. Through the command path, as the lead, like any rota change.
import { DEFAULT_GAP_DAYS, ROTA_SESSIONS } from '../shared/schemas/rota';
import { checkRotaChange } from '../shared/rules/rota';
import { addDays, hubDateOf } from '../shared/time/rotaSessions';
import type { Actor } from '../shared/lifecycle/events';
import type { Hub } from './app';
import { assignRota } from './commands/assignRota';

export async function fillDemoRota(hub: Hub, usernames = { morning: 'lead1', afternoon: 'anp1' }): Promise<number> {
  const lead = hub.db.q.staff.byUsername('lead1');
  if (!lead) return 0;
  const actor: Actor = { kind: 'staff', id: lead.id, name: lead.name, roles: lead.roles, practiceOds: lead.practiceOds };
  const now = hub.clock.now();
  const { calendar } = hub.settings();
  const today = hubDateOf(now, calendar);
  const changes: Promise<unknown>[] = [];
  for (let day = 0; day < DEFAULT_GAP_DAYS; day++) {
    const date = addDays(today, day);
    for (const session of ROTA_SESSIONS) {
      const clinician = hub.db.q.staff.byUsername(usernames[session]);
      if (!clinician || hub.db.q.rota.entry(date, session) || !checkRotaChange(date, session, now, calendar).ok) continue;
      changes.push(hub.execute(assignRota, { actor, body: { date, session, clinicianId: clinician.id } }));
    }
  }
  await Promise.all(changes);
  return changes.length;
}
