// GOV.UK Notify through its official Node client (docs/notify.md). One template per channel whose
// content is ((body)) (and ((subject)) for email), so the hub's protocol owns the words. Notify's
// answers become typed outcomes: 201 accepted; 429, 5xx and no answer retried; 400 on the number or
// address refused; 403 (the key) and other 400s (a template) hold the outbox until the setup is fixed.
// Nothing here logs, and no outcome carries the key, the recipient or the text.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { createRequire } from 'node:module';
import type { AxiosInstance, AxiosStatic } from 'axios';
import { NotifyClient } from 'notifications-node-client';
import type { MessageChannel } from '../../shared/schemas/messages';
import { notifyStatusOutcome, type CheckedMessage, type LookupOutcome, type MessageTransport, type OutgoingMessage, type SendOutcome, type StatusOutcome } from './transport';

export const NOTIFY_PRODUCTION_URL = 'https://api.notifications.service.gov.uk';

export interface NotifyConfig {
  apiKey: string;
  baseUrl: string;
  smsTemplateId: string;
  emailTemplateId: string;
  /** A call that takes longer is abandoned: its outcome is unknown, and the message is looked up by reference. */
  timeoutMs?: number;
}

// axios is the client's own dependency: taken from where the client finds it, so the hub adds none.
const axios = createRequire(createRequire(import.meta.url).resolve('notifications-node-client'))('axios') as AxiosStatic;

interface NotifyErrorBody {
  status_code?: number;
  errors?: { error?: string; message?: string }[];
}

/** The error's kind and status in patient-free words: Notify's messages can quote the number or address. */
function describe(status: number | undefined, body: NotifyErrorBody | undefined): string {
  const kind = body?.errors?.[0]?.error;
  return status ? `Notify answered ${status}${kind ? ` (${kind.slice(0, 40)})` : ''}` : 'Notify did not answer';
}

/** Whether a failed call may still have reached Notify: it was sent and no answer came back. */
function mayHaveReached(code: string | undefined): boolean {
  return code !== 'ECONNREFUSED' && code !== 'ENOTFOUND' && code !== 'EAI_AGAIN';
}

function classifySendError(err: unknown, channel: MessageChannel): SendOutcome {
  const e = err as { response?: { status?: number; data?: NotifyErrorBody; headers?: Record<string, unknown> }; code?: string };
  const status = e.response?.status;
  const body = e.response?.data;
  if (!status) return { kind: 'retry', detail: `Notify did not answer (${e.code ?? 'network error'})`, maybeSent: mayHaveReached(e.code) };
  if (status === 429 || status >= 500) {
    const retryAfter = Number(e.response?.headers?.['retry-after']);
    return { kind: 'retry', detail: describe(status, body), ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
  }
  if (status >= 300 && status < 400) return { kind: 'misconfigured', detail: `${describe(status, body)}: Notify's API does not redirect; check NOTIFY_BASE_URL` };
  if (status === 403) return { kind: 'misconfigured', detail: `${describe(status, body)}: the API key was refused; check NOTIFY_API_KEY` };
  const messages = (body?.errors ?? []).map((x) => x.message ?? '').join(' ');
  const field = channel === 'sms' ? 'phone_number' : 'email_address';
  // Notify names the field it refused: the recipient is the patient's; anything else is the hub's setup.
  if (status === 400 && messages.includes(field) && !/team-only|trial mode/i.test(messages)) {
    return { kind: 'refused', failure: 'invalid_recipient', detail: `${describe(status, body)}: the ${channel === 'sms' ? 'number' : 'address'} was refused` };
  }
  return { kind: 'misconfigured', detail: `${describe(status, body)}: check the templates (NOTIFY_SMS_TEMPLATE_ID, NOTIFY_EMAIL_TEMPLATE_ID) and the service's settings` };
}

export function createNotifyTransport(config: NotifyConfig): MessageTransport {
  const client = new NotifyClient(config.baseUrl, config.apiKey);
  // Kept-alive connections: a TLS handshake per message would cost more than the message itself.
  const agent = { keepAlive: true, maxSockets: 64 };
  // No redirects followed: Notify's API answers where it is asked, and a redirect (a wrong NOTIFY_BASE_URL,
  // a proxy's login page) would carry a patient's message to an address nobody configured. It also spares
  // each call axios's redirect-following wrapper (docs/benchmarks.md, M2).
  const http: AxiosInstance = axios.create({ timeout: config.timeoutMs ?? 15_000, httpAgent: new HttpAgent(agent), httpsAgent: new HttpsAgent(agent), maxRedirects: 0 });
  client.setClient(http);

  return {
    name: 'notify',
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      try {
        const response =
          message.channel === 'sms'
            ? await client.sendSms(config.smsTemplateId, message.recipient, { personalisation: { body: message.body }, reference: message.reference })
            : await client.sendEmail(config.emailTemplateId, message.recipient, { personalisation: { body: message.body, subject: message.subject ?? '' }, reference: message.reference });
        return { kind: 'accepted', providerId: response.data.id };
      } catch (err) {
        return classifySendError(err, message.channel);
      }
    },
    async status(message: CheckedMessage): Promise<StatusOutcome> {
      if (!message.providerId) return { kind: 'unknown', detail: 'no Notify id recorded' };
      try {
        const response = await client.getNotificationById(message.providerId);
        return notifyStatusOutcome(response.data.status);
      } catch (err) {
        const e = err as { response?: { status?: number; data?: NotifyErrorBody } };
        return { kind: 'unknown', detail: `status check: ${describe(e.response?.status, e.response?.data)}` };
      }
    },
    async findByReference(reference: string, channel: MessageChannel): Promise<LookupOutcome> {
      try {
        const response = await client.getNotifications(channel, undefined, reference);
        const found = response.data.notifications.find((n) => n.reference === reference);
        return found ? { kind: 'found', providerId: found.id } : { kind: 'none' };
      } catch (err) {
        const e = err as { response?: { status?: number; data?: NotifyErrorBody } };
        return { kind: 'unknown', detail: `look-up by reference: ${describe(e.response?.status, e.response?.data)}` };
      }
    },
  };
}
