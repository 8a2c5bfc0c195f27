// Practice staff mark the hub's outcomes filed in the patient's record (docs/practice.md): once, for
// their own practice only, only for an outcome the hub reported (not a request still open, nor one
// handed back and accepted by the practice), audited, and broadcast so every practice screen drops it.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, QueueItem } from '../../shared/schemas/api';
import { json, nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';

let hub: TestHub;
let coordinator: Client;
let lead: Client;
let practice1: Client;
beforeAll(async () => {
  hub = await startTestHub();
  [coordinator, lead, practice1] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('lead2'), hub.signIn('practice1')]);
});
afterAll(() => hub.stop());

/** A Riverside (E85001) request the hub closed: the lead sent the patient to urgent care. */
async function closedOutcome(practiceOds = 'E85001'): Promise<QueueItem> {
  const id = await hub.submitRequest({ practiceOds });
  const res = await claimAndRoute(lead, id, { destination: 'urgent', reason: { code: 'urgent_care_needed' } });
  const { item } = await json<{ item: QueueItem }>(res);
  expect(item.status).toBe('closed');
  return item;
}

const filings = (id: number) => hub.db.orm.all<{ actor_id: string; action: string }>(sql`select actor_id, action from audit_log where action = 'outcome_filed' and consultation_id = ${id}`);

describe('marking an outcome filed', () => {
  it('records who filed it and when, audited, and tells the practice’s screens', async () => {
    const item = await closedOutcome();
    const watching = await (await hub.signIn('practice1')).socket();
    const seen = nextEvent<ChangeEvent>(watching, 'change', (e) => e.item.id === item.id && e.type === 'outcome_filed');
    const res = await practice1.post(`/api/consultations/${item.id}/file`, { expectedVersion: item.version });
    expect(res.status).toBe(200);
    const { item: filed } = await json<{ item: QueueItem }>(res);
    expect(filed).toMatchObject({ status: 'closed', version: item.version + 1, filedAt: new Date(hub.clock.now()).toISOString() });
    expect((await seen).item.filedAt).toBe(filed.filedAt);
    expect(filings(item.id)).toEqual([{ actor_id: String(hub.db.q.staff.byUsername('practice1')!.id), action: 'outcome_filed' }]);
    expect(hub.db.q.consultations.byId(item.id)).toMatchObject({ filedById: hub.db.q.staff.byUsername('practice1')!.id });
    expect(hub.db.q.audit.verify()).toMatchObject({ ok: true });
  });

  it('answers a second filing with the request as filed, writing nothing more', async () => {
    const item = await closedOutcome();
    const first = await json<{ item: QueueItem }>(await practice1.post(`/api/consultations/${item.id}/file`, {}));
    hub.clock.advance(60_000);
    const again = await practice1.post(`/api/consultations/${item.id}/file`, {});
    expect(again.status).toBe(200);
    expect((await json<{ item: QueueItem }>(again)).item).toMatchObject({ version: first.item.version, filedAt: first.item.filedAt });
    expect(filings(item.id)).toHaveLength(1);
  });

  it('keeps filed outcomes in the practice’s snapshot, marked, so "Show filed" can list them', async () => {
    const item = await closedOutcome();
    await practice1.post(`/api/consultations/${item.id}/file`, {});
    const snapshot = await json<{ items: QueueItem[] }>(await practice1.get('/api/queue'));
    expect(snapshot.items.find((i) => i.id === item.id)?.filedAt).toEqual(expect.any(String));
  });
});

describe('refusals', () => {
  it('does not exist for another practice’s staff (404), and nothing is written', async () => {
    const item = await closedOutcome('E85002');
    const res = await practice1.post(`/api/consultations/${item.id}/file`, {});
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('NOT_FOUND');
    expect(hub.db.q.consultations.byId(item.id)!.filedAt).toBeNull();
  });

  it('refuses hub staff and managers (403)', async () => {
    const item = await closedOutcome();
    for (const username of ['coordinator2', 'lead1', 'manager1', 'admin1']) {
      const res = await (await hub.signIn(username)).post(`/api/consultations/${item.id}/file`, {});
      expect(res.status, username).toBe(403);
    }
    expect(filings(item.id)).toHaveLength(0);
  });

  it('refuses a request still open, and a hand-back the practice accepted, with NOT_AN_OUTCOME', async () => {
    const open = await hub.submitRequest();
    const refusedOpen = await practice1.post(`/api/consultations/${open}/file`, {});
    expect(refusedOpen.status).toBe(422);
    expect((await json(refusedOpen)).error).toMatchObject({ code: 'NOT_AN_OUTCOME', message: expect.stringContaining('still open') });

    const back = await hub.submitRequest();
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, back, { destination: 'practice_gp', reason: { code: 'needs_gp' } }));
    const accepted = await json<{ item: QueueItem }>(await practice1.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`));
    expect(accepted.item).toMatchObject({ status: 'closed', outcome: { kind: 'accepted_by_practice' } });
    const refusedBack = await practice1.post(`/api/consultations/${back}/file`, {});
    expect(refusedBack.status).toBe(422);
    expect((await json(refusedBack)).error).toMatchObject({ code: 'NOT_AN_OUTCOME', message: expect.stringContaining('with the practice') });
  });

  it('answers a stale version with 409 and a malformed body with 400 naming the field', async () => {
    const item = await closedOutcome();
    const stale = await practice1.post(`/api/consultations/${item.id}/file`, { expectedVersion: item.version - 1 });
    expect(stale.status).toBe(409);
    const bad = await practice1.post(`/api/consultations/${item.id}/file`, { expectedVersion: 'soon' });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toMatch(/^expectedVersion/);
  });
});
