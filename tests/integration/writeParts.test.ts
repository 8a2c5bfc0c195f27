// A large answer streamed in parts to a client that reads slowly arrives whole and in order, and
// waiting for the socket to drain leaves no listeners behind however many parts it takes.
import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { writeParts } from '../../server/http/writeParts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function serve(handler: (res: ServerResponse) => Promise<void>): Promise<string> {
  server = createServer((_req, res) => void handler(res));
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

/** Reads the answer a chunk at a time, pausing between chunks, so the server has to wait for drains. */
function readSlowly(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        res.pause();
        setTimeout(() => res.resume(), 1);
      });
      res.on('end', () => resolve(Buffer.concat(chunks).toString()));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

it('delivers every part in order to a slow reader, with no listener left per drain', async () => {
  const parts = Array.from({ length: 200 }, (_, i) => `${String(i).padStart(4, '0')}:${'x'.repeat(20_000)};`);
  let drainsAwaited = 0;
  let listenersAtEnd = { drain: -1, close: -1, error: -1 };
  const url = await serve(async (res) => {
    const write = res.write.bind(res);
    res.write = ((chunk: string) => {
      const ok = write(chunk);
      if (!ok) drainsAwaited++;
      return ok;
    }) as typeof res.write;
    const before = { drain: res.listenerCount('drain'), close: res.listenerCount('close'), error: res.listenerCount('error') };
    await writeParts(res, parts);
    listenersAtEnd = {
      drain: res.listenerCount('drain') - before.drain,
      close: res.listenerCount('close') - before.close,
      error: res.listenerCount('error') - before.error,
    };
  });
  expect(await readSlowly(url)).toBe(parts.join(''));
  expect(drainsAwaited).toBeGreaterThan(10);
  expect(listenersAtEnd).toEqual({ drain: 0, close: 0, error: 0 });
});

it('stops writing when the client goes away mid-answer', async () => {
  let written = 0;
  let settled = false;
  const url = await serve(async (res) => {
    function* parts() {
      for (let i = 0; i < 10_000; i++) {
        written++;
        yield 'y'.repeat(50_000);
      }
    }
    await writeParts(res, parts());
    settled = true;
  });
  await new Promise<void>((resolve) => {
    const req = request(url, (res) => res.once('data', () => req.destroy()));
    req.on('close', () => resolve()).on('error', () => resolve()).end();
  });
  await expect.poll(() => settled).toBe(true);
  expect(written).toBeLessThan(10_000);
});
