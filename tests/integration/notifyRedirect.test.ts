// The Notify transport never follows a redirect (docs/notify.md): a wrong NOTIFY_BASE_URL or a proxy that
// redirects must not carry a patient's message, or the hub's token, to an address nobody configured. The
// send is held as a setup fault that names the setting to check, and nothing reaches the redirect's target.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNotifyTransport } from '../../server/messaging/notifyTransport';
import { startFakeNotify, type FakeNotify } from '../helpers/fakeNotify';

let notify: FakeNotify;
let redirecting: Server;
let redirectingUrl: string;
let asked = 0;

beforeAll(async () => {
  notify = await startFakeNotify();
  // Answers every call with a redirect to the (real-looking) Notify, as a misconfigured proxy would.
  redirecting = createServer((req, res) => {
    asked++;
    req.resume();
    res.writeHead(307, { location: `${notify.url}${req.url}` }).end();
  });
  await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
  redirectingUrl = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => redirecting.close(resolve));
  await notify.close();
});

it('holds a send that Notify\'s address answers with a redirect, and sends nothing to where it points', async () => {
  const transport = createNotifyTransport({ apiKey: notify.apiKey, baseUrl: redirectingUrl, smsTemplateId: notify.smsTemplateId, emailTemplateId: notify.emailTemplateId, timeoutMs: 5_000 });
  const before = notify.sendRequests();
  const reference = `redirect-${Date.now()}`;

  const outcome = await transport.send({ reference, channel: 'sms', recipient: '07700 900123', subject: null, body: 'Your practice will contact you.' });

  expect(outcome).toEqual({ kind: 'misconfigured', detail: "Notify answered 307: Notify's API does not redirect; check NOTIFY_BASE_URL" });
  expect(asked).toBe(1);
  expect(notify.sendRequests()).toBe(before);
  expect(notify.countFor(reference)).toBe(0);
  // A status check redirected is no answer either: the message's status stays unknown, nothing is settled.
  expect(await transport.status({ providerId: '0b1d2e3f-0000-4000-8000-000000000000', recipient: '07700 900123', updatedAt: Date.now() })).toMatchObject({ kind: 'unknown' });
  await transport.close?.();
});
