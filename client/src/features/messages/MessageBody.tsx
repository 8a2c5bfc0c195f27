// A message as the patient sees it: a text message bubble, or an email with its subject.
import type { MessageChannel } from '../../../../shared/schemas/messages';

export function MessageBody({ channel, subject, body }: { channel: MessageChannel; subject: string | null; body: string }) {
  if (channel === 'sms') {
    return (
      <div className="sms-bubble" data-testid="message-text">
        {body}
      </div>
    );
  }
  return (
    <div className="email-message">
      <p className="email-subject">
        <span className="visually-hidden">Email subject: </span>
        <strong>{subject ?? '(no subject)'}</strong>
      </p>
      <div className="email-body" data-testid="message-text">
        {body}
      </div>
    </div>
  );
}
