// The disk's own durability latency while a figure is measured: a small write and fdatasync of a
// file of its own every 20 ms, on libuv's thread pool. Every hub commit waits for one fsync, so a
// stall of the disk shows in the hub's latencies whatever the hub does; printed beside H2 and H3,
// this says whether a tail came from the disk or from the hub.
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Samples, summarize, type Summary } from './stats';

export async function startDiskProbe(dir: string, everyMs = 20) {
  const path = join(dir, `disk-probe-${process.pid}.bin`);
  const file = await open(path, 'w');
  const page = Buffer.alloc(4096, 7);
  const samples = new Samples();
  let running = true;
  let offset = 0;
  const loop = (async () => {
    while (running) {
      await file.write(page, 0, page.length, offset);
      offset = (offset + page.length) % (256 * page.length);
      const t0 = performance.now();
      await file.datasync();
      samples.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop(): Promise<Summary> {
      running = false;
      await loop;
      await file.close();
      await rm(path, { force: true });
      return summarize(samples.values());
    },
  };
}
