// Cross-site requests: a page on another site cannot make a signed-in browser claim, accept,
// release, sign out or change settings, nor read the live change stream with its cookie.
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';

let hub: TestHub;
let coordinator: Client;
let anp: Client;
let admin: Client;
beforeAll(async () => {
  hub = await startTestHub();
  [coordinator, anp, admin] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('anp1'), hub.signIn('admin1')]);
});
afterAll(() => hub.stop());

const JSON_TYPE = { 'content-type': 'application/json' };

interface Hostile {
  headers: Record<string, string>;
  /** A string body, form data, or nothing at all. */
  body?: 'json' | 'text' | 'form' | 'multipart';
  status: number;
  code: string;
}

const HOSTILE: [string, Hostile][] = [
  ['a page on another site', { headers: { origin: 'https://evil.example', ...JSON_TYPE }, body: 'json', status: 403, code: 'FOREIGN_ORIGIN' }],
  ['a page on another site sending no body', { headers: { origin: 'https://evil.example' }, status: 403, code: 'FOREIGN_ORIGIN' }],
  ['a sandboxed frame (Origin: null)', { headers: { origin: 'null', ...JSON_TYPE }, body: 'json', status: 403, code: 'FOREIGN_ORIGIN' }],
  ['a cross-site fetch without Origin', { headers: { 'sec-fetch-site': 'cross-site', ...JSON_TYPE }, body: 'json', status: 403, code: 'FOREIGN_ORIGIN' }],
  ['a sibling subdomain (same-site)', { headers: { 'sec-fetch-site': 'same-site' }, status: 403, code: 'FOREIGN_ORIGIN' }],
  ['a foreign text/plain form post', { headers: { origin: 'https://evil.example', 'content-type': 'text/plain' }, body: 'text', status: 403, code: 'FOREIGN_ORIGIN' }],
  ['a text/plain body', { headers: { 'content-type': 'text/plain' }, body: 'text', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' }],
  ['a form-encoded body', { headers: {}, body: 'form', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' }],
  ['a multipart body', { headers: {}, body: 'multipart', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' }],
];

function send(method: string, path: string, cookie: string, hostile: Pick<Hostile, 'headers' | 'body'>, json: unknown = {}) {
  let body: string | URLSearchParams | FormData | undefined;
  if (hostile.body === 'json') body = JSON.stringify(json);
  if (hostile.body === 'text') body = JSON.stringify(json);
  if (hostile.body === 'form') body = new URLSearchParams({ expectedVersion: '1' });
  if (hostile.body === 'multipart') {
    body = new FormData();
    body.set('expectedVersion', '1');
  }
  return fetch(`${hub.url}${path}`, { method, headers: { cookie, ...hostile.headers }, body });
}

const stateOf = (id: number) => {
  const row = hub.db.q.consultations.byId(id)!;
  return { status: row.status, version: row.version, claimedBy: row.claimedBy };
};

async function queued() {
  return hub.submitRequest();
}
async function claimed() {
  const id = await hub.submitRequest();
  expect((await coordinator.post(`/api/consultations/${id}/claim`)).status).toBe(200);
  return id;
}
async function offered() {
  const id = await hub.submitRequest();
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
  return { id, handoffId: item.pendingHandoff!.id };
}

describe('state-changing requests from another site', () => {
  describe.each(HOSTILE)('from %s', (_from, hostile) => {
    const refused = async (res: Response) => {
      expect(res.status).toBe(hostile.status);
      const { error } = await json(res);
      expect(error.code).toBe(hostile.code);
      expect(error.message).toEqual(expect.any(String));
    };

    it('cannot claim a request', async () => {
      const id = await queued();
      const before = stateOf(id);
      await refused(await send('POST', `/api/consultations/${id}/claim`, coordinator.cookie, hostile));
      expect(stateOf(id)).toEqual(before);
    });

    it('cannot release a claim', async () => {
      const id = await claimed();
      const before = stateOf(id);
      await refused(await send('POST', `/api/consultations/${id}/release`, coordinator.cookie, hostile));
      expect(stateOf(id)).toEqual(before);
    });

    it('cannot accept a hand-off', async () => {
      const { id, handoffId } = await offered();
      const before = stateOf(id);
      await refused(await send('POST', `/api/handoffs/${handoffId}/accept`, anp.cookie, hostile));
      expect(stateOf(id)).toEqual(before);
      expect(hub.db.q.handoffs.byId(handoffId)!.respondedAt).toBeNull();
    });

    it('cannot sign the user out', async () => {
      const user = await hub.signIn('coordinator3');
      await refused(await send('POST', '/api/auth/logout', user.cookie, hostile));
      expect((await user.get('/api/auth/me')).status).toBe(200);
    });

    it('cannot change the hub settings', async () => {
      const { settings } = await json(await admin.get('/api/admin/settings'));
      await refused(await send('PUT', '/api/admin/settings', admin.cookie, hostile, { ...settings, leaseMinutes: settings.leaseMinutes + 7 }));
      expect(await json(await admin.get('/api/admin/settings'))).toEqual({ settings });
    });
  });
});

describe('requests from the hub’s own pages', () => {
  const ownPage = () => ({ headers: { origin: hub.url, 'sec-fetch-site': 'same-origin', ...JSON_TYPE }, body: 'json' as const });

  it('claims, routes, accepts and releases as before', async () => {
    const id = await queued();
    expect((await send('POST', `/api/consultations/${id}/claim`, coordinator.cookie, ownPage())).status).toBe(200);
    expect((await send('POST', `/api/consultations/${id}/release`, coordinator.cookie, ownPage())).status).toBe(200);
    const { handoffId } = await offered();
    expect((await send('POST', `/api/handoffs/${handoffId}/accept`, anp.cookie, ownPage())).status).toBe(200);
  });

  it('changes settings and signs out as before', async () => {
    const { settings } = await json(await admin.get('/api/admin/settings'));
    expect((await send('PUT', '/api/admin/settings', admin.cookie, ownPage(), settings)).status).toBe(200);
    const user = await hub.signIn('coordinator4');
    expect((await send('POST', '/api/auth/logout', user.cookie, ownPage())).status).toBe(200);
    expect((await user.get('/api/auth/me')).status).toBe(401);
  });

  it('accepts a POST with an empty body and no content type', async () => {
    const id = await queued();
    const res = await fetch(`${hub.url}/api/consultations/${id}/claim`, { method: 'POST', headers: { cookie: coordinator.cookie, origin: hub.url } });
    expect(res.status).toBe(200);
  });
});

describe('the live change stream', () => {
  const socketFrom = (origin: string, transport: 'websocket' | 'polling') =>
    connect(hub.url, { transports: [transport], extraHeaders: { cookie: coordinator.cookie, origin }, reconnection: false, forceNew: true });

  it.each(['websocket', 'polling'] as const)('refuses a %s handshake from another site, even with a valid cookie', async (transport) => {
    const socket = socketFrom('https://evil.example', transport);
    const changes: unknown[] = [];
    socket.on('change', (e) => changes.push(e));
    const outcome = await new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', () => resolve('refused'));
    });
    await coordinator.post(`/api/consultations/${await queued()}/claim`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.disconnect();
    expect(outcome).toBe('refused');
    expect(changes).toEqual([]);
  });

  it('connects a workstation on the hub’s own page', async () => {
    const socket = socketFrom(hub.url, 'websocket');
    const outcome = await new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', (e) => resolve(`refused: ${e.message}`));
    });
    socket.disconnect();
    expect(outcome).toBe('connected');
  });
});
