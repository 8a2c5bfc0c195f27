// A hub in its own process for the patient-message crash test (tests/integration/messageCrash.test.ts):
// on the given database file, sending through GOV.UK Notify at NOTIFY_BASE_URL (the test's fake), with
// the dispatcher running. With EHUB_TEST_MESSAGE_REFERENCE set it queues one message under that
// reference (several, comma-separated: one batch) unless the file already holds them. EHUB_CRASH_POINT (server/messaging/crashPoint.ts) makes
// it kill itself at that point. Prints "PORT <n>" once listening; closes cleanly on SIGTERM.
import { startHub } from '../../server/app';
import { queueTestMessage } from '../helpers/outbox';
import { runChildHub } from './childHub';

runChildHub(async () => {
  const dbPath = process.argv[2];
  const env = process.env;
  if (!dbPath || !env.NOTIFY_BASE_URL || !env.NOTIFY_API_KEY) throw new Error('usage: NOTIFY_BASE_URL=… NOTIFY_API_KEY=… messageHub.ts <database file>');
  const hub = await startHub({
    dbPath,
    port: 0,
    autoSchedule: true,
    messaging: {
      notify: { apiKey: env.NOTIFY_API_KEY, baseUrl: env.NOTIFY_BASE_URL, smsTemplateId: env.NOTIFY_SMS_TEMPLATE_ID!, emailTemplateId: env.NOTIFY_EMAIL_TEMPLATE_ID! },
      // Status checks soon after acceptance, so the test sees the message delivered in seconds; the test's
      // references (up to five) go as one batch, so a crash falls inside it.
      dispatcher: { firstCheckAfterMs: 200, intervalMs: 100, batchSize: 5 },
    },
  });
  const references = (env.EHUB_TEST_MESSAGE_REFERENCE ?? '').split(',').filter((r) => r !== '');
  if (references.length > 0 && !hub.db.q.messages.byReference(references[0]!)) {
    hub.db.write(() => references.forEach((reference) => queueTestMessage(hub, { consultationId: 1, reference })));
    hub.dispatcher.wake();
  }
  return hub;
});
