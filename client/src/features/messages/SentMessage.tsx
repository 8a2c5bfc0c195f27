// One sent message as the patient would see it, with how it went, to whom, and what became of it.
import { Link } from 'react-router';
import type { PatientMessageView } from '../../api/http';
import { londonDateTime } from '../../format';
import { MessageBody } from './MessageBody';
import { MessageEvents } from './MessageEvents';
import { mobileWords } from './messagePreview';
import { CHANNEL_WORDS, MESSAGE_STATUS_WORDS, TRANSPORT_WORDS, causeWords, failureWords } from './messageWords';

export function SentMessage({ message }: { message: PatientMessageView }) {
  const to = message.channel === 'sms' ? mobileWords(message.to) : message.to;
  return (
    <li className="sent-message" data-testid={`sent-message-${message.id}`}>
      <p>
        <strong>
          {CHANNEL_WORDS[message.channel]} to {to}
        </strong>{' '}
        <span className={`badge message-${message.status}`}>{MESSAGE_STATUS_WORDS[message.status]}</span>
      </p>
      <p className="hint">
        {causeWords(message.cause)}, <Link to={`/requests/${message.consultationId}`}>request {message.consultationId}</Link>; by {message.sentBy},{' '}
        {londonDateTime(message.createdAt)}
        {message.transport && `; ${TRANSPORT_WORDS[message.transport]}`}
      </p>
      <MessageBody channel={message.channel} subject={message.subject} body={message.body} />
      {message.failure && <p className="field-error">{failureWords(message.failure)}</p>}
      <MessageEvents events={message.events} />
    </li>
  );
}
