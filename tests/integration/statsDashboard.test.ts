// The dashboard's one ask per load (GET /api/stats/dashboard, docs/api.md, docs/metrics.md "One ask per
// dashboard load"): every figure exactly as its own route answers it, for the same period and practice,
// today's capacity for that practice, the member practices for the filter; fresh after a commit, 304
// while the figures stand, and refused as the per-figure routes refuse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardAnswerSchema, STATS_ENDPOINTS } from '../../shared/schemas/stats';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { seedStatsHistory } from '../helpers/statsHistory';

let hub: TestHub;
let manager: Client;
beforeAll(async () => {
  hub = await startTestHub();
  await seedStatsHistory(hub);
  manager = await hub.signIn('manager1');
});
afterAll(() => hub.stop());

const PERIOD = 'from=2026-11-20&to=2026-11-30';
const TODAY = 'from=2026-11-24&to=2026-11-24';
const figuresOf = (answer: object) => JSON.parse(JSON.stringify(answer, (key, value: unknown) => (key === 'generatedAt' ? undefined : value)));

describe('the dashboard’s one answer', () => {
  it.each(['', '&practice=E85001'])('holds every figure as its own route answers it (%s)', async (practice) => {
    const board = dashboardAnswerSchema.parse(await json(await manager.get(`/api/stats/dashboard?${PERIOD}${practice}`)));
    for (const endpoint of STATS_ENDPOINTS) {
      const query = endpoint === 'capacity' ? practice.replace('&', '?') : `?${PERIOD}${practice}`;
      const alone = await json(await manager.get(`/api/stats/${endpoint}${query}`));
      expect(figuresOf(board[endpoint]), endpoint).toEqual(figuresOf(alone));
    }
    expect(board.members.map((m) => m.ods)).toEqual(hub.db.q.stats.practiceList().map((p) => p.ods));
  });

  it('shows a request received just before the ask, and answers 304 while the figures stand', async () => {
    const received = (board: unknown) => dashboardAnswerSchema.parse(board).summary.rows.find((r) => r.metric === 'received')?.value;
    const first = await manager.get(`/api/stats/dashboard?${TODAY}`);
    const etag = first.headers.get('etag')!;
    const before = received(await json(first));
    const again = await fetch(`${hub.url}/api/stats/dashboard?${TODAY}`, { headers: { cookie: manager.cookie, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    await hub.submitRequest();
    const moved = await fetch(`${hub.url}/api/stats/dashboard?${TODAY}`, { headers: { cookie: manager.cookie, 'if-none-match': etag } });
    expect(moved.status).toBe(200);
    expect(received(await json(moved))).not.toBe(before);
  });

  it.each([
    ['to before from', 'from=2026-11-30&to=2026-11-01', 400, /^to: /],
    ['an unknown practice', `${PERIOD}&practice=Z99999`, 422, /^practice: /],
    ['a field it does not know', `${PERIOD}&patient=1`, 400, /only the documented fields/],
  ])('refuses %s, naming the field', async (_what, query, status, message) => {
    const res = await manager.get(`/api/stats/dashboard?${query}`);
    expect(res.status).toBe(status);
    expect((await json(res)).error.message).toMatch(message);
  });

  it('is for the figures’ readers only', async () => {
    const res = await (await hub.signIn('coordinator1')).get(`/api/stats/dashboard?${PERIOD}`);
    expect(res.status).toBe(403);
  });
});
