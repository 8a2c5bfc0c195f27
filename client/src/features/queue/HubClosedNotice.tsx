// "The hub is closed (Christmas Day). It opens Tuesday 29 December 08:00." on the queue, from the hub's
// calendar in force (hours, bank holidays, the hub's own closures): requests still arrive and wait for the
// opening, when their SLA clocks start. It appears within moments of closing time, and goes at the opening.
import { hubOpenAt } from '../../../../shared/rules/outOfHours';
import { bankHolidayOn } from '../../../../shared/time/bankHolidays';
import type { HubCalendar } from '../../../../shared/time/hubCalendar';
import { useHubSettings } from '../../deps';
import { calendarDayIn, calendarDaysBetween } from '../../format';
import { useNow } from '../../useNow';

/** How often the notice looks at the clock: the longest it can lag closing time or the opening. */
const TICK_MS = 15_000;
/** A weekend is under three days; a longer closure (Christmas, Easter) names the date as well as the day. */
const LONG_CLOSURE_MS = 3 * 24 * 60 * 60_000;

function openingWords(reopensAt: string, now: number, timeZone: string): string {
  const at = new Date(reopensAt);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const days = calendarDaysBetween(now, at, timeZone);
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  const long = at.getTime() - now > LONG_CLOSURE_MS;
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', ...(long && { day: 'numeric', month: 'long' }) }).format(at);
  return `${day.replace(',', '')} ${time}`;
}

/** Why today is closed, when it is a day off rather than outside the hours: a bank holiday's name, or the hub's own closure. */
function closedDayWords(now: number, calendar: HubCalendar): string | null {
  const today = calendarDayIn(now, calendar.timeZone);
  const holiday = bankHolidayOn(today);
  if (holiday) return holiday.name;
  return calendar.closures.includes(today) ? 'closed today by the hub' : null;
}

export function HubClosedNotice() {
  const calendar = useHubSettings((s) => s.settings.calendar);
  const now = useNow(TICK_MS);
  const hub = hubOpenAt(now, calendar);
  const closed = !hub.open && hub.reopensAt !== null;
  const why = closed ? closedDayWords(now, calendar) : null;
  // The live region stays in the page so that closing time, passing while someone works, is announced.
  return (
    <div role="status" className="hub-closed-status">
      {closed && (
        <p className="notice hub-closed" data-testid="hub-closed">
          The hub is closed{why && ` (${why})`}. It opens {openingWords(hub.reopensAt!, now, calendar.timeZone)}. Requests that arrive meanwhile wait
          here for the opening.
        </p>
      )}
    </div>
  );
}
