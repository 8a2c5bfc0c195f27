// Claiming and releasing: exclusive claims, leases that lapse, and every screen following live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, QueueSnapshot, ResyncReply } from '../../shared/schemas/api';
import { rowCounts } from '../helpers/counts';
import { json, nextEvent, startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

describe('claim and release', () => {
  it('gives exactly one winner among 20 coordinators claiming at once, and names the holder to the rest', async () => {
    const id = await hub.submitRequest();
    const coordinators = await Promise.all(Array.from({ length: 20 }, (_, i) => hub.signIn(`coordinator${i + 1}`)));
    const responses = await Promise.all(coordinators.map((c) => c.post(`/api/consultations/${id}/claim`)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = responses.findIndex((r) => r.status === 200);
    const loser = responses.find((r) => r.status === 409)!;
    const error = (await json(loser)).error;
    expect(error.code).toBe('ALREADY_CLAIMED');
    expect(error.message).toContain(`Coordinator ${winner + 1}`);
    const detail = await json(await coordinators[0]!.get(`/api/consultations/${id}`));
    expect(detail.claimedBy.name).toBe(`Coordinator ${winner + 1}`);
    expect(detail.version).toBe(2);
  });

  it('shows a claim on a second coordinator’s connected workstation at once', async () => {
    const id = await hub.submitRequest();
    const alice = await hub.signIn('coordinator1');
    const bob = await hub.signIn('coordinator2');
    const bobSocket = await bob.socket();
    const seen = nextEvent<ChangeEvent>(bobSocket, 'change', (e) => e.item.id === id && e.type === 'claim');
    expect((await alice.post(`/api/consultations/${id}/claim`)).status).toBe(200);
    const event = await seen;
    expect(event.item).toMatchObject({ status: 'in_triage', claimedBy: { name: 'Coordinator 1' }, version: 2 });
    expect(event.item).not.toHaveProperty('text');
    expect(JSON.stringify(event)).not.toContain('McTestface');
  });

  it('releases back to the queue, and only the holder may release', async () => {
    const id = await hub.submitRequest();
    const alice = await hub.signIn('coordinator1');
    const bob = await hub.signIn('coordinator2');
    await alice.post(`/api/consultations/${id}/claim`);
    const refused = await bob.post(`/api/consultations/${id}/release`);
    expect(refused.status).toBe(409);
    expect((await json(refused)).error.code).toBe('NOT_CLAIMED');
    const released = await alice.post(`/api/consultations/${id}/release`);
    expect(released.status).toBe(200);
    expect((await json(released)).item).toMatchObject({ status: 'queued', claimedBy: null, leaseExpiresAt: null });
  });

  it('renews the lease when the holder claims again', async () => {
    const id = await hub.submitRequest();
    const alice = await hub.signIn('coordinator1');
    const first = (await json(await alice.post(`/api/consultations/${id}/claim`))).item;
    hub.clock.advance(4 * 60_000);
    const again = await alice.post(`/api/consultations/${id}/claim`);
    expect(again.status).toBe(200);
    const second = (await json(again)).item;
    expect(Date.parse(second.leaseExpiresAt) - Date.parse(first.leaseExpiresAt)).toBe(4 * 60_000);
  });

  it('refuses a stale expectedVersion with 409 and changes nothing', async () => {
    const id = await hub.submitRequest();
    const alice = await hub.signIn('coordinator1');
    const before = rowCounts(hub.db);
    const res = await alice.post(`/api/consultations/${id}/claim`, { expectedVersion: 7 });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('STALE_VERSION');
    expect(rowCounts(hub.db)).toEqual(before);
  });

  it('answers a malformed id with 400 and an unknown one with 404', async () => {
    const alice = await hub.signIn('coordinator1');
    expect((await alice.post('/api/consultations/abc/claim')).status).toBe(400);
    const missing = await alice.post('/api/consultations/999999/claim');
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('NOT_FOUND');
  });

  it('refuses to release a request nobody holds, naming the state', async () => {
    const id = await hub.submitRequest();
    const alice = await hub.signIn('coordinator1');
    const res = await alice.post(`/api/consultations/${id}/release`);
    expect(res.status).toBe(409);
    expect((await json(res)).error).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('waiting in the queue') });
  });
});

describe('lease expiry', () => {
  it('returns an idle claim to the queue through the command path, and every screen sees it', async () => {
    const id = await hub.submitRequest();
    const alice = await hub.signIn('coordinator1');
    const bobSocket = await (await hub.signIn('coordinator2')).socket();
    await alice.post(`/api/consultations/${id}/claim`);
    hub.clock.advance(9 * 60_000);
    await hub.scheduler.tick();
    expect(hub.db.q.consultations.byId(id)!.status).toBe('in_triage');
    const seen = nextEvent<ChangeEvent>(bobSocket, 'change', (e) => e.item.id === id && e.type === 'lease_expired');
    hub.clock.advance(2 * 60_000);
    await hub.scheduler.tick();
    const event = await seen;
    expect(event.item).toMatchObject({ status: 'queued', claimedBy: null, returnedBecause: 'lease_expired' });
    const audit = hub.db.orm.all<{ action: string; actor_role: string }>(
      (await import('drizzle-orm')).sql`select action, actor_role from audit_log where consultation_id = ${id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['intake', 'claim', 'lease_expired']);
    expect(audit.at(-1)!.actor_role).toBe('system');
  });
});

describe('reconnect', () => {
  it('resyncs from the last sequence and ends identical to a fresh load', async () => {
    const alice = await hub.signIn('coordinator1');
    const bob = await hub.signIn('coordinator2');
    const before: QueueSnapshot = await json(await bob.get('/api/queue'));
    // Bob is away (no socket) while the queue changes.
    const a = await hub.submitRequest();
    const b = await hub.submitRequest({ text: 'Sudden shortness of breath, I can’t catch my breath.' });
    await alice.post(`/api/consultations/${a}/claim`);
    await alice.post(`/api/consultations/${before.items[0]!.id}/claim`);
    const socket = await bob.socket();
    const reply: ResyncReply = await new Promise((resolve) => socket.emit('resync', before.seq, resolve));
    expect(reply.kind).toBe('changes');
    if (reply.kind !== 'changes') return;
    // Apply by version, as the client store does.
    const items = new Map(before.items.map((i) => [i.id, i]));
    for (const change of reply.changes) {
      const held = items.get(change.item.id);
      if (!held || held.version < change.item.version) items.set(change.item.id, change.item);
    }
    const fresh: QueueSnapshot = await json(await bob.get('/api/queue'));
    expect(reply.seq).toBe(fresh.seq);
    const byId = (list: Iterable<{ id: number }>) => [...list].sort((x, y) => x.id - y.id);
    expect(byId(items.values())).toEqual(byId(fresh.items));
    expect(reply.changes.map((c) => c.item.id)).toEqual(expect.arrayContaining([a, b]));
  });
});

describe('practice staff', () => {
  it('see only their own practice’s requests, in the queue and live', async () => {
    const own = await hub.submitRequest({ practiceOds: 'E85001' });
    const other = await hub.submitRequest({ practiceOds: 'E85002' });
    const practice1 = await hub.signIn('practice1');
    const ids = (await json<QueueSnapshot>(await practice1.get('/api/queue'))).items.map((i) => i.id);
    expect(ids).toContain(own);
    expect(ids).not.toContain(other);
    expect((await practice1.get(`/api/consultations/${other}`)).status).toBe(404);
    const socket = await practice1.socket();
    const received: number[] = [];
    socket.on('change', (e: ChangeEvent) => received.push(e.item.id));
    const ownSeen = nextEvent<ChangeEvent>(socket, 'change', (e) => e.item.id === own);
    const coordinator = await hub.signIn('coordinator1');
    await coordinator.post(`/api/consultations/${other}/claim`);
    await coordinator.post(`/api/consultations/${own}/claim`);
    await ownSeen;
    expect(received).not.toContain(other);
  });
});
