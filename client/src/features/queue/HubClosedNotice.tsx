// "The hub is closed. It opens Monday 08:00." on the queue, from the hub's calendar in force: requests
// still arrive and wait for the opening, when their SLA clocks start.
import { hubOpenAt } from '../../../../shared/rules/outOfHours';
import { useHubSettings } from '../../deps';
import { useNow } from '../../useNow';

const WEEK_MS = 6 * 24 * 60 * 60_000;

function openingWords(reopensAt: string, now: number, timeZone: string): string {
  const at = new Date(reopensAt);
  // Within the week the weekday says it; after a longer closure (Christmas) the date does too.
  const long = at.getTime() - now > WEEK_MS;
  const words = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    ...(long && { day: 'numeric', month: 'long' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return words.replace(' at ', ' ');
}

export function HubClosedNotice() {
  const calendar = useHubSettings((s) => s.settings.calendar);
  const now = useNow(60_000);
  const hub = hubOpenAt(now, calendar);
  if (hub.open || hub.reopensAt === null) return null;
  return (
    <p className="notice hub-closed" data-testid="hub-closed">
      The hub is closed. It opens {openingWords(hub.reopensAt, now, calendar.timeZone)}. Requests that arrive meanwhile wait here for the opening.
    </p>
  );
}
