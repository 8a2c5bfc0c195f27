// GOV.UK Notify's API (docs/notify.md), called directly (notifyApi.ts). One template per channel whose
// content is ((body)) (and ((subject)) for email), so the hub's protocol owns the words. Notify's
// answers become typed outcomes: 201 accepted; 429, 5xx and no answer retried; 400 on the number or
// address refused; 403 (the key) and other 400s (a template) hold the outbox until the setup is fixed.
// Nothing here logs, and no outcome carries the key, the recipient or the text.
import type { MessageChannel } from '../../shared/schemas/messages';
import { createNotifyApi, NotifyUnanswered, type NotifyAnswer } from './notifyApi';
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

/** A call that answered 2xx, or what went wrong: an answer with another status, or none. */
const failed = (answer: NotifyAnswer) => answer.status < 200 || answer.status > 299;

export function classifySendError(outcome: NotifyAnswer | NotifyUnanswered, channel: MessageChannel): SendOutcome {
  if (outcome instanceof NotifyUnanswered) return { kind: 'retry', detail: outcome.message, maybeSent: mayHaveReached(outcome.code) };
  const { status } = outcome;
  const body = outcome.body as NotifyErrorBody | undefined;
  if (status === 429 || status >= 500) {
    const retryAfter = Number(outcome.headers['retry-after']);
    return { kind: 'retry', detail: describe(status, body), ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
  }
  if (status === 403) return { kind: 'misconfigured', detail: `${describe(status, body)}: the API key was refused; check NOTIFY_API_KEY` };
  const messages = (body?.errors ?? []).map((x) => x.message ?? '').join(' ');
  const field = channel === 'sms' ? 'phone_number' : 'email_address';
  // Notify names the field it refused: the recipient is the patient's; anything else is the hub's setup.
  if (status === 400 && messages.includes(field) && !/team-only|trial mode/i.test(messages)) {
    return { kind: 'refused', failure: 'invalid_recipient', detail: `${describe(status, body)}: the ${channel === 'sms' ? 'number' : 'address'} was refused` };
  }
  return { kind: 'misconfigured', detail: `${describe(status, body)}: check the templates (NOTIFY_SMS_TEMPLATE_ID, NOTIFY_EMAIL_TEMPLATE_ID) and the service's settings` };
}

/** Why a status check or a look-up got nothing usable, in patient-free words. */
function unusable(what: string, outcome: NotifyAnswer | NotifyUnanswered): string {
  return outcome instanceof NotifyUnanswered ? `${what}: ${outcome.message}` : `${what}: ${describe(outcome.status, outcome.body as NotifyErrorBody | undefined)}`;
}

/** The answer, or what stood in for one: a call that got none resolves to why rather than throwing. */
const answered = (call: Promise<NotifyAnswer>): Promise<NotifyAnswer | NotifyUnanswered> =>
  call.catch((err: unknown) => (err instanceof NotifyUnanswered ? err : new NotifyUnanswered('ECONNRESET')));

export function createNotifyTransport(config: NotifyConfig): MessageTransport {
  const api = createNotifyApi({ apiKey: config.apiKey, baseUrl: config.baseUrl, timeoutMs: config.timeoutMs ?? 15_000 });

  return {
    name: 'notify',
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      const outcome = await answered(
        message.channel === 'sms'
          ? api.post('/v2/notifications/sms', { template_id: config.smsTemplateId, phone_number: message.recipient, personalisation: { body: message.body }, reference: message.reference })
          : api.post('/v2/notifications/email', {
              template_id: config.emailTemplateId,
              email_address: message.recipient,
              personalisation: { body: message.body, subject: message.subject ?? '' },
              reference: message.reference,
            }),
      );
      if (outcome instanceof NotifyUnanswered || failed(outcome)) return classifySendError(outcome, message.channel);
      const id = (outcome.body as { id?: unknown } | undefined)?.id;
      return typeof id === 'string' && id ? { kind: 'accepted', providerId: id } : { kind: 'retry', detail: `Notify answered ${outcome.status} without an id`, maybeSent: true };
    },
    async status(message: CheckedMessage): Promise<StatusOutcome> {
      if (!message.providerId) return { kind: 'unknown', detail: 'no Notify id recorded' };
      const outcome = await answered(api.get(`/v2/notifications/${encodeURIComponent(message.providerId)}`));
      if (outcome instanceof NotifyUnanswered || failed(outcome)) return { kind: 'unknown', detail: unusable('status check', outcome) };
      return notifyStatusOutcome(String((outcome.body as { status?: unknown } | undefined)?.status ?? ''));
    },
    async findByReference(reference: string, channel: MessageChannel): Promise<LookupOutcome> {
      const outcome = await answered(api.get(`/v2/notifications?template_type=${encodeURIComponent(channel)}&reference=${encodeURIComponent(reference)}`));
      if (outcome instanceof NotifyUnanswered || failed(outcome)) return { kind: 'unknown', detail: unusable('look-up by reference', outcome) };
      const notifications = (outcome.body as { notifications?: { id?: unknown; reference?: unknown }[] } | undefined)?.notifications ?? [];
      const found = notifications.find((n) => n.reference === reference && typeof n.id === 'string');
      return found ? { kind: 'found', providerId: found.id as string } : { kind: 'none' };
    },
    async close() {
      api.close();
    },
  };
}
