// Managers' asks for figures are paced per person (server/stats/pacing.ts, docs/metrics.md "Paced asks"):
// a dashboard reloaded in a tight loop waits its turn instead of taking the event loop from clinical work,
// and only a person with a full queue of asks is refused, with a 429 that says when to ask again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatsPacing } from '../../server/stats/pacing';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';

const SUMMARY = '/api/stats/summary?from=2026-11-01&to=2026-11-30';

describe("a person's asks for figures", () => {
  let hub: TestHub;
  let manager: Client;
  let lead: Client;
  beforeAll(async () => {
    // Two answers a second, three more may wait: the hub's own pace is the same rule at 4 and 8.
    hub = await startTestHub({ statsPacing: createStatsPacing({ perSecond: 2, waiting: 3 }) });
    await hub.submitRequest();
    [manager, lead] = [await hub.signIn('manager1'), await hub.signIn('lead1')];
  });
  afterAll(() => hub.stop());

  it('answers asks beyond the pace one turn apart, refuses those beyond the queue with TOO_MANY_ASKS and Retry-After, and never slows another person', async () => {
    // Computed once first, so every answer below is the kept one and arrives at its turn, not when a computation ends.
    expect((await manager.get(SUMMARY)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const started = performance.now();
    const answeredAt: number[] = [];
    const asks = Array.from({ length: 6 }, () =>
      manager.get(SUMMARY).then((r) => {
        if (r.status === 200) answeredAt.push(performance.now() - started);
        return r;
      }),
    );
    const others = await lead.get(SUMMARY);
    const answers = await Promise.all(asks);

    expect(others.status).toBe(200);
    // One answered at once and three waiting their turn; the two beyond the queue are refused.
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 429, 429]);
    // Turns are spread evenly (one every half second at two a second), not let through in a burst at
    // the start of each second: a burst of a whole second's asks at once is what holds up a command.
    answeredAt.sort((a, b) => a - b);
    expect(answeredAt[3]! - answeredAt[0]!).toBeGreaterThanOrEqual(1_400);
    const refused = answers.find((r) => r.status === 429)!;
    expect(refused.headers.get('retry-after')).toBe('2');
    const body = await json(refused);
    expect(body.error.code).toBe('TOO_MANY_ASKS');
    expect(body.error.message).toMatch(/ask again/);
    for (const answer of answers.filter((r) => r.status === 200)) expect((await json(answer)).rows.length).toBeGreaterThan(0);
  });

  it('answers the same person again at once after a quiet second', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await manager.get(SUMMARY)).status).toBe(200);
  });
});
