// Puts a patient message in the outbox as a decision would, for the dispatcher's tests. A fixture
// until routing writes messages itself (docs/messaging.md): then tests route a request instead.
import type { Hub } from '../../server/app';
import type { MessageChannel } from '../../shared/schemas/messages';

let made = 0;

export interface TestMessage {
  consultationId: number;
  channel?: MessageChannel;
  recipient?: string;
  reference?: string;
  body?: string;
}

/** Queues a message due now; returns its id and reference. */
export function queueTestMessage(hub: Hub, message: TestMessage): { id: number; reference: string } {
  const now = hub.clock.now();
  const channel = message.channel ?? 'sms';
  const reference = message.reference ?? `test-${process.pid}-${now}-${++made}`;
  const id = hub.db.write(() =>
    hub.db.q.messages.insert({
      consultationId: message.consultationId,
      cause: { kind: 'outcome', outcome: 'advice_given' },
      channel,
      recipient: message.recipient ?? (channel === 'sms' ? '07700 900123' : 'patient@example.com'),
      subject: channel === 'email' ? 'Your request to the practice' : null,
      body: message.body ?? 'Your request was looked at by the hub. If it gets worse, call NHS 111.',
      reference,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
      createdById: 'test',
      createdByName: 'Test Fixture',
      updatedAt: now,
      protocolVersion: null,
    }),
  );
  return { id, reference };
}
