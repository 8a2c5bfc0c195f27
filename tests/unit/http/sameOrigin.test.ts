// The origin decision shared by the API's writes and the socket handshake, and the allow-list setting.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../../server/config';
import { normaliseOrigins, originVerdict } from '../../../server/http/sameOrigin';

const request = (headers: Record<string, string>, remoteAddress = '10.0.0.7') =>
  ({ headers: { host: 'hub.example.nhs.uk', ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage;
const none = normaliseOrigins([]);

describe('origin verdict', () => {
  it('lets systems without a browser through (no Origin, no Sec-Fetch-Site)', () => {
    expect(originVerdict(request({}), none).ok).toBe(true);
  });

  it('accepts the hub’s own pages and refuses other sites', () => {
    expect(originVerdict(request({ origin: 'http://hub.example.nhs.uk', 'sec-fetch-site': 'same-origin' }), none).ok).toBe(true);
    expect(originVerdict(request({ origin: 'https://hub.example.nhs.uk' }), none)).toMatchObject({ ok: false, code: 'FOREIGN_ORIGIN' });
    expect(originVerdict(request({ origin: 'http://hub.example.nhs.uk.evil.example' }), none).ok).toBe(false);
  });

  it('trusts the protocol and host a reverse proxy on this machine forwards, and no one else’s', () => {
    const forwarded = { origin: 'https://hub.example.nhs.uk', 'x-forwarded-proto': 'https' };
    expect(originVerdict(request(forwarded, '127.0.0.1'), none).ok).toBe(true);
    expect(originVerdict(request(forwarded, '10.0.0.7'), none).ok).toBe(false);
  });

  it('accepts an origin the hub was told to trust, even from another site', () => {
    const allowed = normaliseOrigins(['http://localhost:5173']);
    expect(originVerdict(request({ origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' }), allowed).ok).toBe(true);
    expect(originVerdict(request({ origin: 'http://localhost:5174' }), allowed).ok).toBe(false);
  });
});

describe('EHUB_ALLOWED_ORIGINS', () => {
  it('reads a comma-separated list of origins, empty by default', () => {
    expect(readEnv({}).EHUB_ALLOWED_ORIGINS).toEqual([]);
    expect(readEnv({ EHUB_ALLOWED_ORIGINS: 'http://localhost:5173, https://hub.example.nhs.uk' }).EHUB_ALLOWED_ORIGINS).toEqual([
      'http://localhost:5173',
      'https://hub.example.nhs.uk',
    ]);
  });

  it('refuses an entry that is not an origin, naming the variable', () => {
    expect(() => readEnv({ EHUB_ALLOWED_ORIGINS: 'https://hub.example.nhs.uk/' })).toThrow(/EHUB_ALLOWED_ORIGINS/);
    expect(() => readEnv({ EHUB_ALLOWED_ORIGINS: 'hub.example.nhs.uk' })).toThrow(/EHUB_ALLOWED_ORIGINS/);
  });
});
