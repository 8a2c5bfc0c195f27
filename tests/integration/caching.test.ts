// API answers hold patient data: no browser may keep them, on disk or in memory, on a shared
// workstation. The built client's static files may be cached as usual.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
const clientDir = mkdtempSync(join(tmpdir(), 'ehub-client-'));
beforeAll(async () => {
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>e-hub</title>');
  writeFileSync(join(clientDir, 'app.js'), 'console.log("e-hub");');
  hub = await startTestHub({ clientDir });
});
afterAll(async () => {
  await hub.stop();
  rmSync(clientDir, { recursive: true, force: true });
});

it('tells browsers to store no API answer: the queue, a request, its liability map, and errors', async () => {
  const id = await hub.submitRequest();
  const coordinator = await hub.signIn('coordinator1');
  for (const path of ['/api/queue', `/api/consultations/${id}`, `/api/consultations/${id}/liability`, '/api/consultations/999999']) {
    const res = await coordinator.get(path);
    expect(res.headers.get('cache-control'), path).toBe('no-store');
    expect(res.headers.get('etag'), path).toBeNull();
  }
  const unsigned = await fetch(`${hub.url}/api/queue`);
  expect(unsigned.status).toBe(401);
  expect(unsigned.headers.get('cache-control')).toBe('no-store');
});

it('lets the client’s own files be cached and revalidated', async () => {
  const res = await fetch(`${hub.url}/app.js`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toMatch(/max-age=3600/);
  expect(res.headers.get('etag')).not.toBeNull();
});
