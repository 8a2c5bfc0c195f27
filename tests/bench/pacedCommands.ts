// The command load M2 and S3 measure: coordinators claiming and releasing their own request each, at
// their share of `rate` commands a second, paced (open loop). A command's latency runs from when it was
// due, not when it was sent, so a stalled event loop counts against it.
import type { Hub } from '../../server/app';
import { claim, release } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import type { Samples } from './stats';

export async function pacedClaimsAndReleases(hub: Hub, ids: number[], actorOf: (worker: number) => Actor, rate: number, ms: number, into: Samples): Promise<void> {
  const start = performance.now();
  const gap = (1000 * ids.length) / rate;
  await Promise.all(
    ids.map(async (id, w) => {
      const actor = actorOf(w);
      for (let i = 0; ; i++) {
        const due = start + (w / ids.length) * gap + i * gap;
        if (due > start + ms) break;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        await hub.execute(i % 2 === 0 ? claim : release, { actor, consultationId: id, body: {} });
        into.push(performance.now() - due);
      }
    }),
  );
}
