// Staff accounts on the admin's screens (docs/admin.md, "Staff"): every change validated against the shared
// rules, refused naming the field, audited without a password or hash; deactivation and password resets end
// sessions at once; only admins may do any of it.
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { TEST_PASSWORD } from '../helpers/fixtures';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';

let hub: TestHub;
let admin: Client;
beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.signIn('admin1');
});
afterAll(() => hub.stop());

const send = (client: Client, method: 'PUT' | 'POST', path: string, body?: unknown) =>
  fetch(`${hub.url}${path}`, { method, headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
const login = (username: string, password: string) =>
  fetch(`${hub.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
const auditFor = (subject: string) => hub.db.orm.select().from(auditLog).where(eq(auditLog.subject, subject)).orderBy(desc(auditLog.id)).all();
const idOf = (username: string) => hub.db.q.staff.byUsername(username)!.id;

const NURSE = { username: 'jo.bloggs', name: 'Jo Bloggs', roles: ['anp'], registrationBody: 'NMC', registrationNumber: '12a3456b' };

describe('adding a member of staff', () => {
  it('creates an ANP with her NMC registration and a temporary password she can sign in with, audited without it', async () => {
    const res = await send(admin, 'POST', '/api/admin/staff', NURSE);
    expect(res.status).toBe(201);
    const { account, temporaryPassword } = await json(res);
    expect(account).toMatchObject({ username: 'jo.bloggs', roles: ['anp'], registrationBody: 'NMC', registrationNumber: '12A3456B', active: true });
    expect(account).not.toHaveProperty('passwordHash');
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await login('jo.bloggs', temporaryPassword)).status).toBe(200);
    const [entry] = auditFor(`staff:${account.id}`).filter((e) => e.action === 'staff_created');
    expect(entry).toMatchObject({ actorRole: 'admin' });
    expect(JSON.parse(entry!.after!)).toMatchObject({ username: 'jo.bloggs', registrationBody: 'NMC' });
    expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
    expect(JSON.stringify(entry)).not.toContain('scrypt$');
  });

  it('refuses a clinician without a registration, naming the field, and writes nothing', async () => {
    const before = hub.db.q.staff.all().length;
    const res = await send(admin, 'POST', '/api/admin/staff', { username: 'no.reg', name: 'No Reg', roles: ['pharmacist'] });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/^registrationBody: /);
    expect(hub.db.q.staff.all().length).toBe(before);
  });

  it('refuses a registration number in the wrong format for its register', async () => {
    const res = await send(admin, 'POST', '/api/admin/staff', { username: 'gphc.wrong', name: 'Wrong Number', roles: ['pharmacist'], registrationBody: 'GPhC', registrationNumber: 'AB12' });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toMatch(/^registrationNumber: a GPhC number is seven digits/);
  });

  it('refuses a register the role is not held on (a pharmacist on the NMC)', async () => {
    const res = await send(admin, 'POST', '/api/admin/staff', { username: 'nmc.pharm', name: 'Mixed Up', roles: ['pharmacist'], registrationBody: 'NMC', registrationNumber: '12A3456B' });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toMatch(/^registrationBody: the pharmacist role is registered with GPhC/);
  });

  it('refuses practice staff with a hub role too, or without their practice, or at a practice the hub does not know', async () => {
    const both = await send(admin, 'POST', '/api/admin/staff', { username: 'pr.coord', name: 'Both', roles: ['practice', 'coordinator'], practiceOds: 'E85001' });
    expect((await json(both)).error.message).toMatch(/^roles: practice staff hold no other role/);
    const none = await send(admin, 'POST', '/api/admin/staff', { username: 'pr.none', name: 'Nowhere', roles: ['practice'] });
    expect((await json(none)).error.message).toMatch(/^practiceOds: /);
    const unknown = await send(admin, 'POST', '/api/admin/staff', { username: 'pr.unknown', name: 'Elsewhere', roles: ['practice'], practiceOds: 'Z99999' });
    expect(unknown.status).toBe(422);
    expect((await json(unknown)).error.code).toBe('UNKNOWN_PRACTICE');
  });

  it('refuses a username in use, whatever its letter case, and one outside the username rules', async () => {
    const taken = await send(admin, 'POST', '/api/admin/staff', { username: 'coordinator1', name: 'Again', roles: ['coordinator'] });
    expect(taken.status).toBe(409);
    expect((await json(taken)).error.code).toBe('USERNAME_TAKEN');
    const bad = await send(admin, 'POST', '/api/admin/staff', { username: 'Has Spaces', name: 'Spaces', roles: ['coordinator'] });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toMatch(/^username: /);
  });
});

describe('changing access', () => {
  it('gives a coordinator the manager role too, audited with before and after, in force on her next request', async () => {
    const coordinator = await hub.signIn('coordinator3');
    const id = idOf('coordinator3');
    const res = await send(admin, 'PUT', `/api/admin/staff/${id}`, { name: 'Coordinator Three', roles: ['coordinator', 'manager'] });
    expect(res.status).toBe(200);
    expect((await json(res)).account).toMatchObject({ name: 'Coordinator Three', roles: ['coordinator', 'manager'] });
    expect((await json(await coordinator.get('/api/auth/me'))).user.roles).toEqual(['coordinator', 'manager']);
    const [entry] = auditFor(`staff:${id}`);
    expect(entry).toMatchObject({ action: 'staff_changed', actorRole: 'admin' });
    expect(JSON.parse(entry!.before!).roles).toEqual(['coordinator']);
    expect(JSON.parse(entry!.after!).roles).toEqual(['coordinator', 'manager']);
  });

  it('keeps one active admin: refuses taking the role from the last one', async () => {
    const res = await send(admin, 'PUT', `/api/admin/staff/${idOf('admin1')}`, { name: 'Ada Admin', roles: ['manager'] });
    expect(res.status).toBe(422);
    expect((await json(res)).error.code).toBe('LAST_ADMIN');
  });

  it('answers 404 for an account that does not exist', async () => {
    expect((await send(admin, 'PUT', '/api/admin/staff/9999', { name: 'Nobody', roles: ['coordinator'] })).status).toBe(404);
  });
});

describe('deactivating and reactivating', () => {
  it('ends the person’s sessions at once, refuses their sign-in, and returns their claim to the queue', async () => {
    const coordinator = await hub.signIn('coordinator4');
    const socket = await coordinator.socket();
    const requestId = await hub.submitRequest();
    expect((await coordinator.post(`/api/consultations/${requestId}/claim`, {})).status).toBe(200);
    const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

    const res = await send(admin, 'POST', `/api/admin/staff/${idOf('coordinator4')}/deactivate`, { reason: 'left the hub' });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ account: { active: false }, claimsReturned: 1, sessionsEnded: 1 });
    expect((await coordinator.get('/api/auth/me')).status).toBe(401);
    await disconnected;
    expect((await login('coordinator4', TEST_PASSWORD)).status).toBe(401);
    expect(hub.db.q.consultations.byId(requestId)).toMatchObject({ status: 'queued', claimedBy: null });
    const [entry] = auditFor(`staff:${idOf('coordinator4')}`).filter((e) => e.action === 'staff_deactivated');
    expect(entry!.reason).toBe('left the hub');

    const again = await send(admin, 'POST', `/api/admin/staff/${idOf('coordinator4')}/deactivate`, {});
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe('ALREADY_DEACTIVATED');

    const back = await send(admin, 'POST', `/api/admin/staff/${idOf('coordinator4')}/reactivate`, {});
    expect(back.status).toBe(200);
    expect((await login('coordinator4', TEST_PASSWORD)).status).toBe(200);
    expect(auditFor(`staff:${idOf('coordinator4')}`).map((e) => e.action)).toContain('staff_reactivated');
  });

  it('refuses deactivating the last active admin', async () => {
    const res = await send(admin, 'POST', `/api/admin/staff/${idOf('admin1')}/deactivate`, {});
    expect(res.status).toBe(422);
    expect((await json(res)).error.code).toBe('LAST_ADMIN');
  });
});

describe('resetting a password', () => {
  it('gives a temporary password once: the old password fails, the new one signs in, and open sessions end', async () => {
    const coordinator = await hub.signIn('coordinator5');
    const res = await send(admin, 'POST', `/api/admin/staff/${idOf('coordinator5')}/reset-password`, {});
    expect(res.status).toBe(200);
    const { temporaryPassword } = await json(res);
    expect((await coordinator.get('/api/auth/me')).status).toBe(401);
    expect((await login('coordinator5', TEST_PASSWORD)).status).toBe(401);
    expect((await login('coordinator5', temporaryPassword)).status).toBe(200);
    const [entry] = auditFor(`staff:${idOf('coordinator5')}`).filter((e) => e.action === 'staff_password_reset');
    expect(JSON.parse(entry!.after!)).toMatchObject({ temporary: true });
    expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
  });

  it('sets a password the admin chose when it meets the rules, and refuses one that does not', async () => {
    const short = await send(admin, 'POST', `/api/admin/staff/${idOf('coordinator6')}/reset-password`, { password: 'short' });
    expect(short.status).toBe(400);
    expect((await json(short)).error.message).toMatch(/^password: at least 12 characters/);
    const named = await send(admin, 'POST', `/api/admin/staff/${idOf('coordinator6')}/reset-password`, { password: 'my-coordinator6-password' });
    expect((await json(named)).error.message).toMatch(/^password: the password must not contain the username/);
    const chosen = await send(admin, 'POST', `/api/admin/staff/${idOf('coordinator6')}/reset-password`, { password: 'a long enough passphrase' });
    expect(chosen.status).toBe(200);
    expect((await json(chosen)).temporaryPassword).toBeNull();
    expect((await login('coordinator6', 'a long enough passphrase')).status).toBe(200);
  });
});

describe('the staff list', () => {
  it('lists every account without a password hash, with recent failed sign-ins an admin may unlock', async () => {
    await login('coordinator7', 'wrong password');
    const { staff } = await json(await admin.get('/api/admin/staff'));
    const seven = staff.find((s: { username: string }) => s.username === 'coordinator7');
    expect(seven.recentFailedSignIns).toBe(1);
    expect(JSON.stringify(staff)).not.toContain('scrypt');
    expect((await admin.post(`/api/admin/staff/${seven.id}/unlock`, {})).status).toBe(200);
    const after = (await json(await admin.get('/api/admin/staff'))).staff.find((s: { username: string }) => s.username === 'coordinator7');
    expect(after.recentFailedSignIns).toBe(0);
  });

  it('keeps every staff route to admins', async () => {
    const lead = await hub.signIn('lead1');
    const id = idOf('coordinator8');
    const attempts = [
      lead.get('/api/admin/staff'),
      send(lead, 'POST', '/api/admin/staff', { ...NURSE, username: 'by.lead' }),
      send(lead, 'PUT', `/api/admin/staff/${id}`, { name: 'X', roles: ['coordinator'] }),
      send(lead, 'POST', `/api/admin/staff/${id}/deactivate`),
      send(lead, 'POST', `/api/admin/staff/${id}/reactivate`),
      send(lead, 'POST', `/api/admin/staff/${id}/reset-password`),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(403);
    expect(hub.db.q.staff.byUsername('by.lead')).toBeUndefined();
  });
});
