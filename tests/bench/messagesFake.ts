// The fake GOV.UK Notify for the patient-message bench, in its own process so that "Notify" does not
// share the hub's event loop: prints one JSON line with its URL, key and templates; ends on SIGTERM.
import { startFakeNotify } from '../helpers/fakeNotify';

const notify = await startFakeNotify();
process.stdout.write(`${JSON.stringify({ url: notify.url, apiKey: notify.apiKey, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId })}\n`);
process.on('SIGTERM', () => void notify.close().then(() => process.exit(0)));
