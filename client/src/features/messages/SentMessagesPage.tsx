// Sent messages (/messages): every message the hub has sent patients, newest first, as the patient would
// see it, with its status changes. Refreshes when the hub says a message changed (the `messages` notice).
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../api/errors';
import type { PatientMessageView } from '../../api/http';
import { useNotices } from '../../api/useNotices';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';
import { SentMessage } from './SentMessage';
import './messages.css';

type Loaded = { messages: PatientMessageView[] | null; error: string | null };

export function SentMessagesPage() {
  const { api } = useDeps();
  const [loaded, setLoaded] = useState<Loaded>({ messages: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  useNotices(['messages'], refetch);

  useEffect(() => {
    let current = true;
    api.sentMessages(200).then(
      (messages) => current && setLoaded({ messages, error: null }),
      (error: unknown) => current && setLoaded((before) => ({ messages: before.messages, error: messageOf(error) })),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const { messages, error } = loaded;
  return (
    <main id="main" className="sent-messages-page" tabIndex={-1}>
      <h1>Sent messages</h1>
      <p>
        Every message the hub has sent patients after a decision, newest first, as the patient sees it. Without a GOV.UK Notify account (no{' '}
        <code>NOTIFY_API_KEY</code>) the hub sends nothing: it records each message here instead, with simulated delivery statuses, so the whole loop
        can be followed (docs/notify.md).
      </p>
      {error && <ErrorBanner message={`The messages could not be loaded. ${error}`} />}
      {!messages && !error && <p role="status">Loading messages…</p>}
      {messages && messages.length === 0 && <EmptyState title="No messages yet">A message appears here when a decision tells the patient.</EmptyState>}
      {messages && messages.length > 0 && (
        <ol className="sent-messages-list" aria-label="Messages, newest first">
          {messages.map((message) => (
            <SentMessage key={message.id} message={message} />
          ))}
        </ol>
      )}
    </main>
  );
}
