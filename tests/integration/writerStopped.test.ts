// If the writer thread has stopped, the hub says so: health answers 503, a command is refused with
// 503 and changes nothing, and reads still work from the main thread's connection.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

it('refuses changes with 503 once the writer has stopped, and keeps serving reads', async () => {
  const id = await hub.submitRequest();
  const coordinator = await hub.signIn('coordinator1');
  expect(hub.db.q.consultations.byId(id)?.status).toBe('queued');

  await hub.writer.close();

  const health = await fetch(`${hub.url}/api/health`);
  expect(health.status).toBe(503);
  expect((await json(health)).error.code).toBe('UNAVAILABLE');

  const claim = await coordinator.post(`/api/consultations/${id}/claim`, {});
  expect(claim.status).toBe(503);
  expect((await json(claim)).error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('nothing was changed') });
  expect(hub.db.q.consultations.byId(id)?.status).toBe('queued');

  const queue = await coordinator.get('/api/queue');
  expect(queue.status).toBe(200);
});
