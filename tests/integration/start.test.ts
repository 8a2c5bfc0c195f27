// `npm start` runs the server as one bundle under plain Node: built away from the sources, the
// bundle still finds its migrations, migrates a new database, seeds the demo hub and serves it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { INSTALL_ROOT } from '../../db/installRoot';
import { bundle } from '../../server/tools/bundle';

const dir = mkdtempSync(join(tmpdir(), 'ehub-start-'));
const outfile = join(INSTALL_ROOT, 'dist', `start-test-${process.pid}`, 'main.js');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(outfile, '..'), { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

it('bundles the server, which migrates a new database, seeds the demo hub and lets a coordinator sign in', async () => {
  await bundle(join(INSTALL_ROOT, 'server', 'main.ts'), outfile);
  const port = await freePort();
  const child = spawn(process.execPath, [outfile], {
    cwd: INSTALL_ROOT,
    env: { ...process.env, PORT: String(port), EHUB_DB: join(dir, 'hub.sqlite'), EHUB_DEMO: '1', EHUB_DEMO_PASSWORD: 'start-test-pw', EHUB_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(() => output, { timeout: 15_000, interval: 100 }).toContain('practice intake key');
    expect(output).toContain('sign in as coordinator1');
    expect(output).toContain('password: start-test-pw');

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'coordinator1', password: 'start-test-pw' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const queue = (await (await fetch(`http://127.0.0.1:${port}/api/queue`, { headers: { cookie } })).json()) as { items: unknown[] };
    expect(queue.items.length).toBeGreaterThan(40);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
});
