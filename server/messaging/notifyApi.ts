// GOV.UK Notify's REST API, the three calls the hub makes (docs/notify.md): send a text or an email,
// get a notification by id, list notifications by reference. Made directly rather than through
// notifications-node-client, which signs a new token for every call, and whose JSON Web Token library
// first tries the key as a private key each time: ~0.5 ms of CPU a call, a third of what a message cost
// the hub (docs/benchmarks.md, M2). Here the token, as Notify's API documentation specifies it (HS256
// over the service id and the time of issue, accepted for 30 s either side of Notify's clock), is signed
// again every 10 s. Connections are kept alive. Nothing here logs.
import { createHmac } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** What Notify answered: the status, the parsed body (if JSON) and the headers. */
export interface NotifyAnswer {
  status: number;
  body: unknown;
  headers: IncomingHttpHeaders;
}

/** No answer came (refused, cut, timed out): `code` says which, as Node names it. */
export class NotifyUnanswered extends Error {
  constructor(readonly code: string) {
    super(`Notify did not answer (${code})`);
  }
}

/** A key is `{name}-{service id}-{secret}`: the last 36 characters are the secret, the 36 before the dash the service id. */
export function parseApiKey(apiKey: string): { serviceId: string; secret: string } {
  return { serviceId: apiKey.slice(-73, -37), secret: apiKey.slice(-36) };
}

const TOKEN_REUSE_S = 10;
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function notifyTokens(apiKey: string, now: () => number = Date.now): () => string {
  const { serviceId, secret } = parseApiKey(apiKey);
  const header = base64url({ typ: 'JWT', alg: 'HS256' });
  let kept: { token: string; iat: number } | undefined;
  return () => {
    const iat = Math.floor(now() / 1000);
    if (kept && iat - kept.iat < TOKEN_REUSE_S) return kept.token;
    const unsigned = `${header}.${base64url({ iss: serviceId, iat })}`;
    kept = { token: `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`, iat };
    return kept.token;
  };
}

export function createNotifyApi(options: { apiKey: string; baseUrl: string; timeoutMs: number }) {
  const token = notifyTokens(options.apiKey);
  const base = new URL(options.baseUrl);
  const https = base.protocol === 'https:';
  // Kept-alive connections: a TLS handshake per message would cost more than the message itself.
  const agent = https ? new HttpsAgent({ keepAlive: true, maxSockets: 64 }) : new HttpAgent({ keepAlive: true, maxSockets: 64 });

  function call(method: 'GET' | 'POST', path: string, body?: object): Promise<NotifyAnswer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    // Joined as written, so a base with a path of its own (a proxy's prefix) keeps it.
    const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}${path}`);
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token()}`, accept: 'application/json', 'user-agent': 'e-hub' };
      if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) });
      const req = (https ? httpsRequest : httpRequest)(url, { method, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (err: NodeJS.ErrnoException) => done(new NotifyUnanswered(err.code ?? 'ECONNRESET')));
        // Cut off mid-answer: Notify may have acted on it, so it counts as no answer (looked up by reference).
        res.on('close', () => (res.complete ? undefined : done(new NotifyUnanswered('ECONNRESET'))));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          done(undefined, { status: res.statusCode ?? 0, body: parsed, headers: res.headers });
        });
      });
      // The whole call, not the socket's idle time: a reply trickling in is as good as none.
      const timer = setTimeout(() => req.destroy(new NotifyUnanswered('ETIMEDOUT')), options.timeoutMs);
      let settled = false;
      function done(err?: Error, answer?: NotifyAnswer) {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(answer!);
      }
      req.on('error', (err: NodeJS.ErrnoException) => done(err instanceof NotifyUnanswered ? err : new NotifyUnanswered(err.code ?? 'ECONNRESET')));
      req.end(payload);
    });
  }

  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: object) => call('POST', path, body),
    close: () => agent.destroy(),
  };
}
