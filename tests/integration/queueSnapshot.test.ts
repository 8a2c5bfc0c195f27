// The queue snapshot is built from cached items: it must never show an item older than the database.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Presence, QueueSnapshot } from '../../shared/schemas/api';
import { json, nextEvent, startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const snapshot = async (username = 'coordinator1') => json<QueueSnapshot>(await (await hub.signIn(username)).get('/api/queue'));

it('reflects every change at once, at the version the database holds', async () => {
  const id = await hub.submitRequest();
  const first = await snapshot();
  expect(first.items.find((i) => i.id === id)).toMatchObject({ version: 1, claimedBy: null });
  const alice = await hub.signIn('coordinator1');
  await alice.post(`/api/consultations/${id}/claim`);
  const second = await snapshot('coordinator2');
  expect(second.items.find((i) => i.id === id)).toMatchObject({ version: 2, claimedBy: { name: 'Coordinator 1' } });
  expect(second.seq).toBeGreaterThan(first.seq);
});

it('shows a renamed member of staff in the next snapshot', async () => {
  const id = await hub.submitRequest();
  const bob = await hub.signIn('coordinator2');
  await bob.post(`/api/consultations/${id}/claim`);
  await snapshot();
  hub.db.orm.run(sql`update staff set name = 'Robert Coordinator' where username = 'coordinator2'`);
  hub.directory.refresh();
  expect((await snapshot()).items.find((i) => i.id === id)!.claimedBy!.name).toBe('Robert Coordinator');
});

it('drops closed requests from the hub queue but keeps them for their practice as outcomes', async () => {
  const id = await hub.submitRequest({ practiceOds: 'E85001' });
  const lead = await hub.signIn('lead1');
  await lead.post(`/api/consultations/${id}/claim`);
  const current = await json(await lead.get(`/api/consultations/${id}`));
  await lead.post(`/api/consultations/${id}/handoffs`, { destination: 'urgent', reason: { code: 'urgent_care_needed' }, expectedVersion: current.version });
  expect((await snapshot()).items.map((i) => i.id)).not.toContain(id);
  expect((await snapshot('practice1')).items.find((i) => i.id === id)).toMatchObject({ status: 'closed' });
});

it('tells the team who is on the hub, once per person however many tabs they open', async () => {
  const watcher = await (await hub.signIn('coordinator3')).socket();
  const anp = await hub.signIn('anp1');
  const arrived = nextEvent<Presence>(watcher, 'presence', (list) => list.some((p) => p.name === 'Ana Nurse'));
  await anp.socket();
  await anp.socket();
  const list = await arrived;
  expect(list.filter((p) => p.name === 'Ana Nurse')).toHaveLength(1);
});

it('sends the snapshot compressed to a browser that accepts it, the same queue as uncompressed', async () => {
  await hub.submitRequest();
  const { cookie } = await hub.signIn('coordinator1');
  const read = async (acceptEncoding: string) => {
    // node:http hands back the bytes as sent; fetch would undo the compression before we could see it.
    const { request } = await import('node:http');
    return new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
      request(`${hub.url}/api/queue`, { headers: { cookie, 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  };
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const plain = await read('identity');
  expect(plain.encoding).toBeUndefined();
  const queue = JSON.parse(plain.body.toString('utf8')) as QueueSnapshot;
  expect(queue.items.length).toBeGreaterThan(0);
  const gzip = await read('gzip, deflate');
  expect(gzip).toMatchObject({ encoding: 'gzip', vary: expect.stringMatching(/accept-encoding/i) });
  expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(queue);
  const br = await read('gzip, deflate, br');
  expect(br.encoding).toBe('br');
  expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(queue);
});
