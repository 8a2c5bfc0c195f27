// Refuses what another site's page could make a signed-in browser do: state-changing API calls
// and the Socket.IO handshake that carries the change stream. One decision, used by both.
// Systems without a browser (practice intake, pharmacy integrations) send neither Origin nor
// Sec-Fetch-Site, and pass.
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { ALLOWED, refuse, type Verdict } from '../../shared/errors';
import { HttpError } from './errors';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// The same peers app.ts trusts with 'trust proxy': a reverse proxy on this machine.
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

const firstValue = (header: string | string[] | undefined): string | undefined => {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
};

/** This hub's origin as the browser sees it: the request's own protocol and Host. */
export function ownOrigin(req: IncomingMessage): string | undefined {
  const viaProxy = LOOPBACK.test(req.socket.remoteAddress ?? '');
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  const protocol = (viaProxy && firstValue(req.headers['x-forwarded-proto'])) || (encrypted ? 'https' : 'http');
  const host = (viaProxy && firstValue(req.headers['x-forwarded-host'])) || req.headers.host;
  if (!host) return undefined;
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a browser request comes from the hub's own pages (or an origin the hub was told to trust).
 * A present Origin decides; "null" (sandboxed frames, file: pages) is never ours. Without a
 * matching allowed Origin, Sec-Fetch-Site naming another site refuses too: a sibling subdomain
 * ("same-site") can carry the SameSite cookie, so it is refused as well.
 */
export function originVerdict(req: IncomingMessage, allowedOrigins: ReadonlySet<string>): Verdict {
  const origin = firstValue(req.headers.origin)?.toLowerCase();
  const site = firstValue(req.headers['sec-fetch-site'])?.toLowerCase();
  if (origin !== undefined) {
    if (origin === 'null') return refuse('FOREIGN_ORIGIN', 'Requests from a page without an origin (Origin: null) are refused.');
    if (allowedOrigins.has(origin)) return ALLOWED;
    if (origin !== ownOrigin(req)?.toLowerCase()) return refuse('FOREIGN_ORIGIN', 'Requests from pages on other sites are refused: use the hub’s own pages.');
  }
  if (site === 'cross-site' || site === 'same-site') return refuse('FOREIGN_ORIGIN', 'Requests from pages on other sites are refused: use the hub’s own pages.');
  return ALLOWED;
}

export const normaliseOrigins = (origins: readonly string[] = []): ReadonlySet<string> => new Set(origins.map((o) => o.toLowerCase()));

/** Mounted on /api: state-changing requests must come from the hub's pages and carry JSON, or nothing. */
export function sameOrigin(allowedOrigins: ReadonlySet<string>): RequestHandler {
  return (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const verdict = originVerdict(req, allowedOrigins);
    if (!verdict.ok) return next(new HttpError(verdict.code, verdict.message));
    // A page on another site can send text/plain, form and multipart bodies without asking first;
    // only JSON needs the CORS preflight this hub never grants.
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !req.is('application/json')) {
      return next(new HttpError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON, sent with Content-Type: application/json.'));
    }
    next();
  };
}
