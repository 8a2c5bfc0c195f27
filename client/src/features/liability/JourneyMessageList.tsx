// The messages a request sent the patient, in its journey: channel, which template, each status change
// with its time and why one failed. The text and the address are patient data: they load only when asked
// for (GET /api/consultations/:id/messages, an audited read).
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import type { JourneyMessage, PatientMessageView } from '../../api/http';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';
import { londonDateTime } from '../../format';
import { MessageBody } from '../messages/MessageBody';
import { MessageEvents } from '../messages/MessageEvents';
import { mobileWords } from '../messages/messagePreview';
import { CHANNEL_WORDS, MESSAGE_STATUS_WORDS, TRANSPORT_WORDS, causeWords, failureWords } from '../messages/messageWords';

export function JourneyMessageList({ consultationId, messages }: { consultationId: number; messages: JourneyMessage[] }) {
  const { api } = useDeps();
  const [texts, setTexts] = useState<Map<number, PatientMessageView> | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (messages.length === 0) return <p className="hint">No message has been sent to the patient.</p>;
  const showTexts = () =>
    api.consultationMessages(consultationId).then(
      (full) => setTexts(new Map(full.map((m) => [m.id, m]))),
      (failure: unknown) => setError(messageOf(failure)),
    );
  return (
    <>
      <ol className="handoff-list">
        {messages.map((message) => {
          const full = texts?.get(message.id);
          return (
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
              {full && (
                <>
                  <p>To {full.channel === 'sms' ? mobileWords(full.to) : full.to}</p>
                  <MessageBody channel={full.channel} subject={full.subject} body={full.body} />
                </>
              )}
            </li>
          );
        })}
      </ol>
      {error && <ErrorBanner message={`The messages could not be shown. ${error}`} />}
      {!texts && <Button onClick={() => void showTexts()}>Show what the patient was sent</Button>}
    </>
  );
}
