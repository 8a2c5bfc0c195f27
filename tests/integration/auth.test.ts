// Sign-in, sessions and roles against the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { json, startTestHub, type TestHub } from '../helpers/hub';
import { TEST_PASSWORD } from '../helpers/fixtures';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const login = (username: string, password: string) =>
  fetch(`${hub.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

describe('sign-in', () => {
  it('signs a coordinator in with an httpOnly SameSite session cookie and names their roles', async () => {
    const res = await login('coordinator1', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.user).toMatchObject({ name: 'Coordinator 1', roles: ['coordinator'] });
    expect(body.user).not.toHaveProperty('passwordHash');
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('gives the same generic 401 for a wrong password and for an unknown user', async () => {
    const wrong = await login('coordinator2', 'not the password');
    const unknown = await login('nobody-here', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await json(wrong)).error).toEqual((await json(unknown)).error);
  });

  it('refuses with 429 after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('coordinator3', 'guess')).status).toBe(401);
    const res = await login('coordinator3', TEST_PASSWORD);
    expect(res.status).toBe(429);
    expect((await json(res)).error.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('answers a malformed sign-in with 400 naming the field', async () => {
    const res = await fetch(`${hub.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"x"}' });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toMatch(/password/);
  });

  it('answers broken JSON with 400, not 500', async () => {
    const res = await fetch(`${hub.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":' });
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe('INVALID_JSON');
  });

  it('tells who is signed in, and no one after sign-out', async () => {
    const client = await hub.signIn('coordinator4');
    expect((await json(await client.get('/api/auth/me'))).user.name).toBe('Coordinator 4');
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    const after = await client.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect((await json(after)).error.code).toBe('NOT_SIGNED_IN');
  });

  it('keeps sessions in the database, so a restart signs no one out', async () => {
    const client = await hub.signIn('coordinator5');
    const row = hub.db.q.staff.byUsername('coordinator5')!;
    // The session is found through the database, not process memory.
    const { createSessions } = await import('../../server/auth/sessions');
    const fresh = createSessions(hub.db, hub.clock, hub.directory, () => hub.settings().idleLockMinutes * 60_000);
    expect(fresh.userFromCookieHeader(client.cookie)?.id).toBe(row.id);
  });
});

describe('roles', () => {
  it('keeps a federation manager out of the patient queue', async () => {
    const manager = await hub.signIn('manager1');
    const res = await manager.get('/api/queue');
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe('FORBIDDEN');
  });

  it('keeps an admin out of the patient queue', async () => {
    const admin = await hub.signIn('admin1');
    expect((await admin.get('/api/queue')).status).toBe(403);
  });

  it('refuses the queue without a session', async () => {
    const res = await fetch(`${hub.url}/api/queue`);
    expect(res.status).toBe(401);
  });

  it('does not let an ANP claim from the triage queue', async () => {
    const id = await hub.submitRequest();
    const anp = await hub.signIn('anp1');
    const res = await anp.post(`/api/consultations/${id}/claim`);
    expect(res.status).toBe(403);
  });

  it('answers an unknown endpoint with a JSON 404', async () => {
    const res = await fetch(`${hub.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('NOT_FOUND');
    // Commands are looked up by name: one that does not exist is not found, whoever asks.
    const coordinator = await hub.signIn('coordinator1');
    for (const path of ['/api/consultations/1/frobnicate', '/api/consultations/1/constructor', '/api/handoffs/1/claim']) {
      const unknown = await coordinator.post(path);
      expect(unknown.status).toBe(404);
      expect((await json(unknown)).error.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a socket connection without a session', async () => {
    const socket = connect(hub.url, { transports: ['websocket'], reconnection: false, forceNew: true });
    const error = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    socket.disconnect();
    expect(error.message).toBe('NOT_SIGNED_IN');
  });

  it('reports health with a database check', async () => {
    const res = await fetch(`${hub.url}/api/health`);
    expect(await json(res)).toEqual({ status: 'ok' });
  });
});

describe('sessions in use', () => {
  let own: TestHub;
  beforeAll(async () => {
    own = await startTestHub();
  });
  afterAll(() => own.stop());

  it('signs a session out once its 12 hours are up, though it was in use moments before', async () => {
    const client = await own.signIn('coordinator1');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    own.clock.advance(12 * 3600_000 - 1000);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    own.clock.advance(1000);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('closes a workstation’s live connection when its user signs out, and only theirs', async () => {
    const leaving = await own.signIn('coordinator3');
    const staying = await own.signIn('coordinator4');
    const [gone, kept] = [await leaving.socket(), await staying.socket()];
    const closed = new Promise<string>((resolve) => gone.once('disconnect', resolve));
    expect((await leaving.post('/api/auth/logout')).status).toBe(200);
    expect(await closed).toBe('io server disconnect');
    expect(kept.connected).toBe(true);
    // Reconnecting with the ended session is refused.
    const again = await leaving.socket().then(() => 'connected', (error: Error) => error.message);
    expect(again).toBe('NOT_SIGNED_IN');
  });

  it('closes a live connection once its session expires, at the scheduler’s next pass', async () => {
    const client = await own.signIn('coordinator5');
    const socket = await client.socket();
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    own.clock.advance(12 * 3600_000);
    await own.scheduler.tick();
    expect(await closed).toBe('io server disconnect');
  });

  it('signs out an account that is deactivated as soon as the staff directory reloads', async () => {
    const client = await own.signIn('coordinator2');
    expect((await client.get('/api/queue')).status).toBe(200);
    const { staff } = await import('../../db/schema');
    const { eq } = await import('drizzle-orm');
    own.db.orm.update(staff).set({ active: false }).where(eq(staff.username, 'coordinator2')).run();
    own.directory.refresh();
    const res = await client.get('/api/queue');
    expect(res.status).toBe(401);
    expect((await json(res)).error.code).toBe('NOT_SIGNED_IN');
  });
});
