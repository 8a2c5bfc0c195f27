// The stats API as an integrator and the future dashboard rely on it: who may read it, CSV equal to
// its JSON, "<5" in both, bad periods named, the admin's list size, and the throttled 'stats' notice.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATS_ANSWERS, STATS_ENDPOINTS } from '../../shared/schemas/stats';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { seedStatsHistory } from '../helpers/statsHistory';

let hub: TestHub;
let manager: Client;
let admin: Client;
beforeAll(async () => {
  hub = await startTestHub();
  await seedStatsHistory(hub);
  [manager, admin] = await Promise.all([hub.signIn('manager1'), hub.signIn('admin1')]);
});
afterAll(() => hub.stop());

const PERIOD = 'from=2026-11-20&to=2026-11-30';
const queryOf = (endpoint: string) => (endpoint === 'capacity' ? '' : `?${PERIOD}`);

/** RFC 4180, as the hub writes it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}
const asCsvCell = (v: unknown) => (v === null ? '' : String(v));

describe('who reads the figures', () => {
  it.each(['manager1', 'lead1', 'admin1'])('answers %s', async (username) => {
    const res = await (await hub.signIn(username)).get(`/api/stats/summary?${PERIOD}`);
    expect(res.status).toBe(200);
  });
  it.each(['coordinator1', 'anp1', 'practice1'])('refuses %s with 403', async (username) => {
    const res = await (await hub.signIn(username)).get(`/api/stats/summary.csv?${PERIOD}`);
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe('FORBIDDEN');
  });
  it('asks a stranger to sign in', async () => {
    expect((await fetch(`${hub.url}/api/stats/daily?${PERIOD}`)).status).toBe(401);
  });
});

describe('CSV is exactly the JSON', () => {
  it.each(STATS_ENDPOINTS)('%s.csv holds the same columns and cells as its JSON', async (endpoint) => {
    const answer = STATS_ANSWERS[endpoint].parse(await json(await manager.get(`/api/stats/${endpoint}${queryOf(endpoint)}`)));
    const csvRes = await manager.get(`/api/stats/${endpoint}.csv${queryOf(endpoint)}`);
    expect(csvRes.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(await csvRes.text());
    const columns = Object.keys(STATS_ANSWERS[endpoint].shape.rows.element.shape);
    expect(header).toEqual(columns);
    expect(rows).toEqual(answer.rows.map((r) => columns.map((c) => asCsvCell((r as Record<string, unknown>)[c]))));
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('small numbers', () => {
  it('shows a count of 1 to 4 as "<5" in JSON and CSV, with what is derived from it, and larger counts as they are', async () => {
    const summary = await json(await manager.get(`/api/stats/summary?${PERIOD}&practice=E85002`));
    const value = (m: string) => summary.rows.find((r: { metric: string }) => r.metric === m).value;
    // E85002 has 5 of the 14 requests: shown; its 2 completions are not, nor their median.
    expect(value('received')).toBe(5);
    expect(value('completed')).toBe('<5');
    expect(value('outcome_median_wm')).toBe('<5');
    const csv = await (await manager.get(`/api/stats/summary.csv?${PERIOD}&practice=E85002`)).text();
    expect(csv).toContain('\r\nreceived,5\r\n');
    expect(csv).toContain('\r\ncompleted,<5\r\n');
    expect(csv).toContain('\r\noutcome_median_wm,<5\r\n');
  });
});

describe('bad periods', () => {
  it.each([
    ['to before from', 'from=2026-11-30&to=2026-11-01', 400, /^to: /],
    ['an impossible date', 'from=2026-02-30&to=2026-03-01', 400, /^from: /],
    ['more than three years', 'from=2020-01-01&to=2026-11-30', 400, /^to: .*three years/],
    ['no start', 'to=2026-11-30', 400, /^from: /],
    ['an unknown practice', `${PERIOD}&practice=Z99999`, 422, /^practice: /],
    ['a field it does not know', `${PERIOD}&patient=1`, 400, /only the documented fields/],
  ])('refuses %s, naming the field', async (_what, query, status, message) => {
    for (const suffix of ['', '.csv']) {
      const res = await manager.get(`/api/stats/daily${suffix}?${query}`);
      expect(res.status).toBe(status);
      expect((await json(res)).error.message).toMatch(message);
    }
  });
});

describe("a practice's list size", () => {
  const put = (client: Client, ods: string, body: unknown) =>
    fetch(`${hub.url}/api/admin/practices/${ods}/list-size`, { method: 'PUT', headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('is set by the admin, audited, and divides the per-1,000 figure', async () => {
    const res = await put(admin, 'E85001', { listSize: 9000 });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ ods: 'E85001', listSize: 9000 });
    const entry = hub.db.orm.get(sql`select subject, after from audit_log where action = 'practice_list_size_set'`);
    expect(entry).toMatchObject({ subject: 'practice:E85001', after: JSON.stringify({ listSize: 9000 }) });
    const table = await json(await manager.get(`/api/stats/practices?${PERIOD}`));
    // E85001 took 9 of the 14 requests: 9 × 1000 / 9000 = 1.
    expect(table.rows.find((r: { practice: string }) => r.practice === 'E85001')).toMatchObject({ list_size: 9000, received: 9, per_1000_registered: 1 });
  });

  it.each([
    [{ listSize: 0 }, 400, /^listSize: /],
    [{ listSize: 200_001 }, 400, /^listSize: /],
    [{ listSize: 12.5 }, 400, /^listSize: /],
    [{ listSize: '9000' }, 400, /^listSize: /],
    [{}, 400, /^listSize: /],
  ])('refuses %j, naming the field', async (body, status, message) => {
    const res = await put(admin, 'E85001', body);
    expect(res.status).toBe(status);
    expect((await json(res)).error.message).toMatch(message);
  });

  it('refuses an unknown practice (422) and anyone but the admin (403)', async () => {
    expect((await put(admin, 'Z99999', { listSize: 100 })).status).toBe(422);
    expect((await put(manager, 'E85001', { listSize: 100 })).status).toBe(403);
  });
});

describe('live figures', () => {
  it("tells readers at most once a second that today's figures moved, however many changes commit", async () => {
    const socket = await manager.socket();
    const notices: string[] = [];
    socket.on('notice', (n) => notices.push(n.topic));
    await new Promise((r) => setTimeout(r, 1100));
    notices.length = 0;
    for (let i = 0; i < 6; i++) await hub.submitRequest();
    await new Promise((r) => setTimeout(r, 1500));
    expect(notices.filter((t) => t === 'stats').length).toBeGreaterThanOrEqual(1);
    expect(notices.filter((t) => t === 'stats').length).toBeLessThanOrEqual(2);
  });
});
