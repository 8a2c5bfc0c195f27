// The token the hub signs for GOV.UK Notify (server/messaging/notifyApi.ts; docs/notify.md): HS256 over
// the service id and the time of issue, as Notify's API documentation specifies, taken from the key's
// last two parts; signed again every 10 s, well inside the 30 s Notify accepts either side of its clock.
import { createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { notifyTokens, parseApiKey } from '../../../server/messaging/notifyApi';

const SERVICE = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const KEY = `hub_test_key-${SERVICE}-${SECRET}`;

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;

it('reads the service id and the secret from the end of an API key, whatever its name', () => {
  expect(parseApiKey(KEY)).toEqual({ serviceId: SERVICE, secret: SECRET });
  expect(parseApiKey(`a-name-with-dashes-${SERVICE}-${SECRET}`)).toEqual({ serviceId: SERVICE, secret: SECRET });
});

it('signs an HS256 token of the service id and the second it was issued, with the secret', () => {
  const token = notifyTokens(KEY, () => 1_764_000_000_500)();
  const [header, payload, signature] = token.split('.') as [string, string, string];
  expect(decode(header)).toEqual({ typ: 'JWT', alg: 'HS256' });
  expect(decode(payload)).toEqual({ iss: SERVICE, iat: 1_764_000_000 });
  expect(signature).toBe(createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url'));
});

it('reuses a token for 10 s and signs a new one after', () => {
  let now = 1_764_000_000_000;
  const token = notifyTokens(KEY, () => now);
  const first = token();
  now += 9_999;
  expect(token()).toBe(first);
  now += 1;
  const second = token();
  expect(second).not.toBe(first);
  expect(decode(second.split('.')[1]!).iat).toBe(1_764_000_010);
});
