// Ids in paths are plain positive whole numbers: 0x10, 1e1, +10, 010 or 10.0 name no request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';

let hub: TestHub;
let coordinator: Client;
let anp: Client;
let handoffId: number;
beforeAll(async () => {
  hub = await startTestHub();
  [coordinator, anp] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('anp1')]);
  // Enough requests and hand-offs that every loose spelling below would name a real one.
  for (let i = 0; i < 16; i++) {
    const id = await hub.submitRequest();
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
    handoffId = item.pendingHandoff!.id;
  }
});
afterAll(() => hub.stop());

const LOOSE = ['0x10', '1e1', '+10', '010', '10.0', '%2010', '10%20', '-10', '0', '00', '9007199254740993', '12345678901234567', '1_0', 'ten'];

const ROUTES: [string, (id: string) => Promise<Response>][] = [
  ['reading a request', (id) => coordinator.get(`/api/consultations/${id}`)],
  ['claiming', (id) => coordinator.post(`/api/consultations/${id}/claim`)],
  ['reading its liability', (id) => coordinator.get(`/api/consultations/${id}/liability`)],
  ['accepting a hand-off', (id) => anp.post(`/api/handoffs/${id}/accept`)],
  [
    'a pharmacy acknowledging a referral',
    (id) => fetch(`${hub.url}/api/handoffs/${id}/acknowledge`, { method: 'POST', headers: { authorization: 'Bearer key-FA101' } }),
  ],
];

describe.each(ROUTES)('%s', (_what, call) => {
  it.each(LOOSE)('refuses the id %s with 400 naming the id', async (raw) => {
    const res = await call(raw);
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/^id: /);
  });
});

it('still finds requests and hand-offs by their plain ids', async () => {
  expect((await coordinator.get('/api/consultations/10')).status).toBe(200);
  expect((await coordinator.get('/api/consultations/10/liability')).status).toBe(200);
  expect((await anp.post(`/api/handoffs/${handoffId}/accept`)).status).toBe(200);
  expect((await coordinator.get('/api/consultations/9007199254740991')).status).toBe(404);
});

describe('hand-offs of another practice', () => {
  it('answers a practice user exactly as for a hand-off that does not exist, without naming the request', async () => {
    const id = await hub.submitRequest({ practiceOds: 'E85002' });
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
    const theirs = item.pendingHandoff!.id;
    const practice = await hub.signIn('practice1');
    for (const [command, body] of [['accept', {}], ['decline', { reason: 'not ours' }]] as const) {
      const other = await practice.post(`/api/handoffs/${theirs}/${command}`, body);
      const missing = await practice.post(`/api/handoffs/999999/${command}`, body);
      expect([other.status, missing.status]).toEqual([404, 404]);
      const [otherError, missingError] = [(await json(other)).error, (await json(missing)).error];
      expect(otherError).toEqual({ code: 'NOT_FOUND', message: `No hand-off ${theirs}.` });
      expect(missingError).toEqual({ code: 'NOT_FOUND', message: 'No hand-off 999999.' });
    }
    expect(hub.db.q.handoffs.byId(theirs)!.respondedAt).toBeNull();
  });
});
