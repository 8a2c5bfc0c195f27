// A local stand-in for GOV.UK Notify's API on 127.0.0.1, for the real notifications-node-client to
// talk to: send SMS and email, get a notification by id, list notifications by reference; its JWT
// check (HS256 with the key's secret, iss = service id, iat within 30 s) and its error bodies
// ({status_code, errors:[{error, message}]}). Tests program it: the next sends answer 429, 500 or
// hang; a recipient's final status; and it posts delivery receipts to the hub as Notify would.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeNotifyStatus = 'created' | 'sending' | 'pending' | 'sent' | 'delivered' | 'permanent-failure' | 'temporary-failure' | 'technical-failure';
/** 'hang': no answer, nothing created; 'lost': the notification is created, and the answer never comes. */
type Programmed = 429 | 500 | 403 | 'hang' | 'lost';

export interface FakeNotification {
  id: string;
  reference: string | null;
  type: 'sms' | 'email';
  status: FakeNotifyStatus;
  recipient: string;
  body: string;
  subject: string | null;
  templateId: string;
  createdAt: string;
}

/** A key as Notify issues it: `name-<service uuid>-<secret uuid>`. */
export const notifyKey = (name: string, serviceId: string, secret: string) => `${name}-${serviceId}-${secret}`;


/** Notify's rules, roughly: a UK mobile (07…, +447…) or an international number; an address with one @ and a dot after it. */
const validPhone = (raw: string) => /^(?:(?:\+|00)44|0)7\d{9}$|^(?:\+|00)(?!44)[1-9]\d{7,14}$/.test(raw.replace(/[\s()-]/g, ''));
const validEmail = (raw: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw);

export async function startFakeNotify(options: { port?: number } = {}) {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const notifications = new Map<string, FakeNotification>();
  const finalStatus = new Map<string, FakeNotifyStatus>();
  const programmed: Programmed[] = [];
  const hanging = new Set<ServerResponse>();
  const authHeaders: string[] = [];
  let sendRequests = 0;

  function authorised(req: IncomingMessage): boolean {
    const header = req.headers.authorization ?? '';
    authHeaders.push(header);
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    const [h, p, s] = token?.split('.') ?? [];
    if (!h || !p || !s) return false;
    const expected = Buffer.from(createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url'));
    if (expected.length !== Buffer.byteLength(s) || !timingSafeEqual(expected, Buffer.from(s))) return false;
    try {
      const head = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string };
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { iss?: string; iat?: number };
      return head.alg === 'HS256' && claims.iss === serviceId && typeof claims.iat === 'number' && Math.abs(Date.now() / 1000 - claims.iat) <= 30;
    } catch {
      return false;
    }
  }

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, kind: string, message: string) => answer(res, status, { status_code: status, errors: [{ error: kind, message }] });
  const view = (n: FakeNotification) => ({
    id: n.id,
    reference: n.reference,
    type: n.type,
    status: n.status,
    body: n.body,
    subject: n.subject,
    template: { id: n.templateId, version: 1, uri: `/v2/template/${n.templateId}` },
    created_at: n.createdAt,
    ...(n.type === 'sms' ? { phone_number: n.recipient } : { email_address: n.recipient }),
  });

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    let text = '';
    for await (const chunk of req) text += chunk;
    return JSON.parse(text || '{}') as Record<string, unknown>;
  }

  async function onSend(req: IncomingMessage, res: ServerResponse, type: 'sms' | 'email') {
    sendRequests++;
    const next = programmed.shift();
    const hang = () => {
      hanging.add(res);
      res.once('close', () => hanging.delete(res));
    };
    if (next === 'hang') return hang();
    if (next === 429) return error(res, 429, 'RateLimitError', 'Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds');
    if (next === 500) return error(res, 500, 'Exception', 'Internal server error');
    if (next === 403) return error(res, 403, 'AuthError', 'Invalid token: API key revoked');
    const body = await readJson(req);
    const recipient = String((type === 'sms' ? body.phone_number : body.email_address) ?? '');
    if (type === 'sms' && !validPhone(recipient)) return error(res, 400, 'ValidationError', 'phone_number Not a UK mobile number');
    if (type === 'email' && !validEmail(recipient)) return error(res, 400, 'ValidationError', 'email_address Not a valid email address');
    const personalisation = (body.personalisation ?? {}) as Record<string, string>;
    if (typeof personalisation.body !== 'string') return error(res, 400, 'BadRequestError', 'Missing personalisation: body');
    const n: FakeNotification = {
      id: randomUUID(),
      reference: typeof body.reference === 'string' ? body.reference : null,
      type,
      status: finalStatus.get(recipient) ?? 'delivered',
      recipient,
      body: personalisation.body,
      subject: type === 'email' ? (personalisation.subject ?? '') : null,
      templateId: String(body.template_id),
      createdAt: new Date().toISOString(),
    };
    notifications.set(n.id, n);
    if (next === 'lost') return hang();
    answer(res, 201, { id: n.id, reference: n.reference, content: { body: n.body, ...(type === 'sms' ? { from_number: 'NHS' } : { subject: n.subject, from_email: 'hub@notifications.service.gov.uk' }) }, uri: `/v2/notifications/${n.id}`, template: view(n).template });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake-notify');
      if (!authorised(req)) return error(res, 403, 'AuthError', 'Invalid token: signature, api token not found');
      if (req.method === 'POST' && url.pathname === '/v2/notifications/sms') return onSend(req, res, 'sms');
      if (req.method === 'POST' && url.pathname === '/v2/notifications/email') return onSend(req, res, 'email');
      if (req.method === 'GET' && url.pathname === '/v2/notifications') {
        const reference = url.searchParams.get('reference');
        const type = url.searchParams.get('template_type');
        const found = [...notifications.values()].filter((n) => (!reference || n.reference === reference) && (!type || n.type === type)).reverse();
        return answer(res, 200, { notifications: found.map(view), links: { current: url.pathname + url.search } });
      }
      const byId = /^\/v2\/notifications\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && byId) {
        const n = notifications.get(byId[1]!);
        return n ? answer(res, 200, view(n)) : error(res, 404, 'NoResultFound', 'No result found');
      }
      error(res, 404, 'NotFound', 'Not found');
    })().catch(() => error(res, 400, 'BadRequestError', 'Invalid JSON'));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    serviceId,
    /** The service's live key, in Notify's form. */
    apiKey: notifyKey('ehub_test', serviceId, secret),
    /** A key of the same form that Notify does not know (another secret): every call answers 403. */
    wrongKey: notifyKey('ehub_test', serviceId, randomUUID()),
    smsTemplateId: '11111111-1111-4111-8111-111111111111',
    emailTemplateId: '22222222-2222-4222-8222-222222222222',
    /** The next sends answer these, in turn: 429, 500, 403, no answer ('hang'), or no answer after creating it ('lost'). */
    program: (...next: Programmed[]) => void programmed.push(...next),
    /** The status a recipient's notifications end in (default delivered). */
    finalStatusFor: (recipient: string, status: FakeNotifyStatus) => void finalStatus.set(recipient, status),
    setStatus(id: string, status: FakeNotifyStatus) {
      const n = notifications.get(id);
      if (n) n.status = status;
    },
    notifications: () => [...notifications.values()],
    countFor: (reference: string) => [...notifications.values()].filter((n) => n.reference === reference).length,
    /** Send requests received, answered or not. */
    sendRequests: () => sendRequests,
    /** Every Authorization header received (a test checks the key never travels in clear). */
    authHeaders: () => authHeaders,
    /** Posts a delivery receipt to the hub as Notify does, with the given bearer token. */
    async postReceipt(hubUrl: string, token: string | undefined, notificationId: string, status?: FakeNotifyStatus) {
      const n = notifications.get(notificationId);
      const body = {
        id: notificationId,
        reference: n?.reference ?? null,
        to: n?.recipient ?? '07700900000',
        status: status ?? n?.status ?? 'delivered',
        created_at: n?.createdAt ?? new Date().toISOString(),
        completed_at: new Date().toISOString(),
        sent_at: new Date().toISOString(),
        notification_type: n?.type ?? 'sms',
        template_id: n?.templateId,
        template_version: 1,
      };
      return fetch(`${hubUrl}/api/integrations/notify/delivery-receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
        body: JSON.stringify(body),
      });
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeNotify = Awaited<ReturnType<typeof startFakeNotify>>;
