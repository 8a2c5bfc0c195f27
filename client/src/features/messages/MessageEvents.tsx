// A message's status changes, oldest first, each with its time and any patient-free detail.
import type { MessageEventView } from '../../../../shared/schemas/messages';
import { londonDateTime } from '../../format';
import { MESSAGE_STATUS_WORDS } from './messageWords';

export function MessageEvents({ events }: { events: MessageEventView[] }) {
  if (events.length === 0) return null;
  return (
    <ol className="message-events" aria-label="Status changes">
      {events.map((event, i) => (
        <li key={i}>
          <time dateTime={event.at}>{londonDateTime(event.at)}</time>: {MESSAGE_STATUS_WORDS[event.status]}
          {event.detail && <> ({event.detail})</>}
        </li>
      ))}
    </ol>
  );
}
