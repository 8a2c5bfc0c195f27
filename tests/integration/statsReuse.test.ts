// The figures' answers are shared and reused while the figures stand (server/stats/answerCache.ts,
// docs/metrics.md "Answers reused"): five managers asking at once cost one computation, yet a manager
// asking after a change has committed (or after the 'stats' notice it sent) always sees it; a page
// revalidating with the ETag it holds is answered 304 while its figures still stand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claim } from '../../server/commands';
import { answerCache } from '../../server/stats/answerCache';
import type { StatsAsk, StatsReader } from '../../server/stats/reader';
import type { Actor } from '../../shared/lifecycle/events';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';

const TODAY = 'from=2026-11-24&to=2026-11-24';
const received = (answer: { rows: { metric: string; value: unknown }[] }) => answer.rows.find((r) => r.metric === 'received')?.value;

describe('over HTTP', () => {
  let hub: TestHub;
  let manager: Client;
  beforeAll(async () => {
    hub = await startTestHub();
    for (let i = 0; i < 5; i++) await hub.submitRequest();
    manager = await hub.signIn('manager1');
  });
  afterAll(() => hub.stop());

  it('shows a manager a request received just before their ask, at the same moment on the clock', async () => {
    expect(received(await json(await manager.get(`/api/stats/summary?${TODAY}`)))).toBe(5);
    await hub.submitRequest();
    expect(received(await json(await manager.get(`/api/stats/summary?${TODAY}`)))).toBe(6);
  });

  it("shows the change a 'stats' notice announced when the dashboard asks on it", async () => {
    const before = received(await json(await manager.get(`/api/stats/summary?${TODAY}`))) as number;
    const socket = await manager.socket();
    const noticed = new Promise((resolve) => socket.on('notice', (n) => n.topic === 'stats' && resolve(n)));
    await hub.submitRequest();
    await noticed;
    expect(received(await json(await manager.get(`/api/stats/summary?${TODAY}`)))).toBe(before + 1);
  });

  it('answers a reload holding the same figures 304 with no body, and 200 with a new tag once they move', async () => {
    const first = await manager.get(`/api/stats/daily?${TODAY}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await fetch(`${hub.url}/api/stats/daily?${TODAY}`, { headers: { cookie: manager.cookie, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    await hub.submitRequest();
    const moved = await fetch(`${hub.url}/api/stats/daily?${TODAY}`, { headers: { cookie: manager.cookie, 'if-none-match': etag } });
    expect(moved.status).toBe(200);
    expect(moved.headers.get('etag')).not.toBe(etag);
  });

  it('keeps the figures’ tag when a coordinator claims a request, which moves no figure', async () => {
    const id = await hub.submitRequest();
    const tag = (await manager.get(`/api/stats/summary?${TODAY}`)).headers.get('etag')!;
    const version = hub.db.q.stats.version();
    const row = hub.db.q.staff.byUsername('coordinator1')!;
    const coordinator: Actor = { kind: 'staff', id: row.id, name: row.name, roles: row.roles, practiceOds: null };
    await hub.execute(claim, { actor: coordinator, consultationId: id, body: {} });
    expect(hub.db.q.stats.version()).toBe(version);
    hub.clock.set(new Date(hub.clock.now() + 5_000).toISOString());
    const later = await fetch(`${hub.url}/api/stats/summary?${TODAY}`, { headers: { cookie: manager.cookie, 'if-none-match': tag } });
    expect(later.status).toBe(304);
  });
});

describe('the answer cache', () => {
  /** A reader that counts its computations and answers when told. */
  function slowReader() {
    const asked: string[] = [];
    const waiting: (() => void)[] = [];
    const reader: StatsReader = {
      answer: (endpoint, ask) => {
        asked.push(endpoint);
        return new Promise((resolve, reject) =>
          waiting.push(() => ((ask.query as { fail?: string }).fail ? reject(new Error('worker gone')) : resolve({ rows: [{ metric: 'received', value: asked.length }] }))),
        );
      },
      close: async () => {},
    };
    return { reader, asked, answerAll: () => waiting.splice(0).forEach((go) => go()) };
  }
  const settings = {} as StatsAsk['settings'];
  const ask = (query: object, now = 1_000): StatsAsk => ({ query, now, settings });

  it('computes once for five managers asking the same question at once, however their query is ordered', async () => {
    const { reader, asked, answerAll } = slowReader();
    const cache = answerCache(reader, () => 1);
    const asks = [0, 1, 2, 3, 4].map((i) => cache.answer('summary', ask(i % 2 ? { from: 'a', to: 'b' } : { to: 'b', from: 'a' })));
    answerAll();
    const answers = await Promise.all(asks);
    expect(asked).toEqual(['summary']);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('computes again once the stats version moves or five seconds have passed on the hub clock', async () => {
    const { reader, asked, answerAll } = slowReader();
    let version = 1;
    const cache = answerCache(reader, () => version);
    const first = cache.answer('daily', ask({ from: 'a' }, 1_000));
    answerAll();
    await first;
    await cache.answer('daily', ask({ from: 'a' }, 5_999));
    expect(asked).toHaveLength(1);
    version = 2;
    const afterCommit = cache.answer('daily', ask({ from: 'a' }, 5_999));
    answerAll();
    expect((await afterCommit).answer).toHaveProperty('rows', [{ metric: 'received', value: 2 }]);
    const fiveSecondsLater = cache.answer('daily', ask({ from: 'a' }, 10_999));
    answerAll();
    await fiveSecondsLater;
    expect(asked).toHaveLength(3);
  });

  it('does not keep a failure: the next ask computes again', async () => {
    const { reader, asked, answerAll } = slowReader();
    const cache = answerCache(reader, () => 1);
    const failed = cache.answer('summary', ask({ fail: 'yes' }));
    answerAll();
    await expect(failed).rejects.toThrow('worker gone');
    const retried = cache.answer('summary', ask({ fail: 'yes' }));
    answerAll();
    await expect(retried).rejects.toThrow('worker gone');
    expect(asked).toHaveLength(2);
  });
});
