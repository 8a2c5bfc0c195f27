// The messages a request sent the patient, in its journey: channel, which template, each status change
// with its time and why one failed. Never the text or the address (those are on the sent-messages page).
import type { JourneyMessage } from '../../api/http';
import { londonDateTime } from '../../format';
import { MessageEvents } from '../messages/MessageEvents';
import { CHANNEL_WORDS, MESSAGE_STATUS_WORDS, TRANSPORT_WORDS, causeWords, failureWords } from '../messages/messageWords';

export function JourneyMessageList({ messages }: { messages: JourneyMessage[] }) {
  if (messages.length === 0) return <p className="hint">No message has been sent to the patient.</p>;
  return (
    <ol className="handoff-list">
      {messages.map((message) => (
        <li key={message.id} className="handoff" data-testid={`journey-message-${message.id}`}>
          <p className="handoff-head">
            <strong>
              {CHANNEL_WORDS[message.channel]}: {causeWords(message.cause)}
            </strong>{' '}
            <span className="badge">{MESSAGE_STATUS_WORDS[message.status]}</span>
          </p>
          <p className="hint">
            Written by {message.sentBy}, {londonDateTime(message.createdAt)}
            {message.transport && `; ${TRANSPORT_WORDS[message.transport]}`}
          </p>
          {message.failure && <p>{failureWords(message.failure)}</p>}
          <MessageEvents events={message.events} />
        </li>
      ))}
    </ol>
  );
}
