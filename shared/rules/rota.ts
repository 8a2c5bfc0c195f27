// Which rota sessions may be changed now (docs/rota.md): changing the rota never rewrites the past,
// plans at most a year ahead, and staffs only sessions the hub opens in. Pure: the server refuses
// with these verdicts, the rota page greys out what it would refuse.
import { ALLOWED, refuse, type Verdict } from '../errors';
import type { RotaSession } from '../schemas/rota';
import type { HubCalendar } from '../time/hubCalendar';
import { daysBetween, hubDateOf, sessionLabel, sessionWindow } from '../time/rotaSessions';

export const ROTA_HORIZON_DAYS = 365;

export function checkRotaChange(date: string, session: RotaSession, now: number, cal: HubCalendar): Verdict {
  const label = sessionLabel(date, session);
  const ahead = daysBetween(hubDateOf(now, cal), date);
  if (ahead > ROTA_HORIZON_DAYS) return refuse('ROTA_BEYOND_HORIZON', `date: the rota is planned at most ${ROTA_HORIZON_DAYS} days ahead; ${date} is further.`);
  const window = sessionWindow(date, session, cal);
  // A session in progress may still change (someone is called away); one that has ended may not.
  if (ahead < 0 || (window && now >= window.end)) return refuse('ROTA_SESSION_PAST', `${label} has ended: changing the rota never rewrites the past.`);
  if (!window) return refuse('ROTA_SESSION_CLOSED', `The hub is closed on ${label}: there is no session to staff.`);
  return ALLOWED;
}
