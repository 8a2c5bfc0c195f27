// The admin's practices and pharmacies (docs/admin.md): every change validated, audited without a
// key, refused to anyone but the admin; a rotated key works at once and the old one does not.
import { desc, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, pharmacies, practices } from '../../db/schema';
import { sha256 } from '../../server/auth/sessions';
import type { ChangeEvent, HubNotice } from '../../shared/schemas/api';
import { intakeBody, TEST_INTAKE_KEY } from '../helpers/fixtures';
import { json, nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';

let hub: TestHub;
let admin: Client;
beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.signIn('admin1');
});
afterAll(() => hub.stop());

const send = (who: Client | undefined, method: string, path: string, body?: unknown) =>
  fetch(`${hub.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(who && { cookie: who.cookie }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** Everything the two tables hold and the audit log's length: equal before and after a refusal. */
const stored = () => ({
  practices: hub.db.orm.select().from(practices).all(),
  pharmacies: hub.db.orm.select().from(pharmacies).all(),
  audit: hub.db.orm.select().from(auditLog).all().length,
});
const lastAudit = () => hub.db.orm.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
const auditSince = (id: number) => hub.db.orm.select().from(auditLog).where(gt(auditLog.id, id)).all();

const NEW_PRACTICE = { ods: 'E85123', name: 'Meadow Lane Surgery', memberSince: '2026-12-01' };

describe('who may change practices and pharmacies', () => {
  const ROUTES: [string, string, unknown?][] = [
    ['GET', '/api/admin/practices'],
    ['POST', '/api/admin/practices', NEW_PRACTICE],
    ['PATCH', '/api/admin/practices/E85001', { name: 'Renamed' }],
    ['POST', '/api/admin/practices/E85001/intake-key'],
    ['GET', '/api/admin/pharmacies'],
    ['POST', '/api/admin/pharmacies', { ods: 'FX900', name: 'New Pharmacy' }],
    ['PATCH', '/api/admin/pharmacies/FA101', { name: 'Renamed' }],
    ['POST', '/api/admin/pharmacies/FA101/integration-key'],
  ];

  it('refuses every other role with 403 and a signed-out caller with 401, changing nothing', async () => {
    const before = stored();
    for (const username of ['coordinator1', 'lead1', 'manager1', 'practice1']) {
      const who = await hub.signIn(username);
      for (const [method, path, body] of ROUTES) expect((await send(who, method, path, body)).status, `${username} ${method} ${path}`).toBe(403);
    }
    for (const [method, path, body] of ROUTES) expect((await send(undefined, method, path, body)).status, `${method} ${path}`).toBe(401);
    const after = stored();
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
  });
});

describe('practices', () => {
  it('lists each practice with its membership, list size and whether a key is set, never the key’s hash', async () => {
    const res = await admin.get('/api/admin/practices');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(sha256(TEST_INTAKE_KEY));
    expect(JSON.parse(text).practices).toContainEqual({ ods: 'E85099', name: 'Former Test Practice', memberSince: '2025-04-01', memberUntil: '2025-12-31', listSize: null, keySet: true });
  });

  it('adds a practice without a key, audited, and tells workstations to refetch the directory', async () => {
    const coordinator = await hub.signIn('coordinator1');
    const socket = await coordinator.socket();
    const notice = nextEvent<HubNotice>(socket, 'notice', (n) => n.topic === 'directory');
    const res = await send(admin, 'POST', '/api/admin/practices', { ...NEW_PRACTICE, ods: 'e85123' });
    expect(res.status).toBe(201);
    expect((await json(res)).practice).toEqual({ ...NEW_PRACTICE, memberUntil: null, listSize: null, keySet: false });
    await notice;
    expect(lastAudit()).toMatchObject({ action: 'practice_added', subject: 'practice:E85123', actorRole: 'admin' });
    const listed = (await json(await coordinator.get('/api/practices'))).practices;
    expect(listed).toContainEqual({ ods: 'E85123', name: 'Meadow Lane Surgery', memberSince: '2026-12-01', memberUntil: null });
    expect((await send(admin, 'POST', '/api/admin/practices', NEW_PRACTICE)).status).toBe(409);
  });

  it.each([
    ['ods', { ods: 'E8' }],
    ['ods', { ods: 'E85 001!' }],
    ['name', { name: '' }],
    ['name', { name: 'x'.repeat(81) }],
    ['name', { name: 'The {practiceName} Surgery' }],
    ['memberSince', { memberSince: '2026-02-30' }],
    ['memberSince', { memberSince: '1 December 2026' }],
    ['memberSince', { memberSince: '2016-11-23' }],
    ['memberSince', { memberSince: '2028-11-25' }],
    ['memberUntil', { memberUntil: '2026-11-30' }],
    ['memberUntil', { memberUntil: '2026-13-01' }],
    ['surprise', { surprise: true }],
  ])('refuses a new practice whose %s is wrong, naming it, and stores nothing', async (field, change) => {
    const before = stored();
    const res = await send(admin, 'POST', '/api/admin/practices', { ...NEW_PRACTICE, ods: 'E85777', ...change });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(field === 'surprise' ? error.message : error.message.split(':')[0]).toMatch(field === 'surprise' ? /only the documented fields/ : new RegExp(`^${field}$`));
    expect(stored()).toEqual(before);
  });

  it('renames a practice and records its leave date, audited with before and after', async () => {
    const res = await send(admin, 'PATCH', '/api/admin/practices/E85002', { name: 'Hillview Medical Practice', memberUntil: '2027-03-31' });
    expect(res.status).toBe(200);
    expect((await json(res)).practice).toMatchObject({ ods: 'E85002', name: 'Hillview Medical Practice', memberUntil: '2027-03-31', keySet: true });
    const entry = lastAudit();
    expect(entry).toMatchObject({ action: 'practice_changed', subject: 'practice:E85002' });
    expect(JSON.parse(entry.before!)).toEqual({ name: 'Hillview Test Practice', memberUntil: null });
    expect(JSON.parse(entry.after!)).toEqual({ name: 'Hillview Medical Practice', memberUntil: '2027-03-31' });
    expect(hub.directory.practiceName('E85002')).toBe('Hillview Medical Practice');
    expect((await send(admin, 'PATCH', '/api/admin/practices/E85002', { memberUntil: null })).status).toBe(200);
  });

  it.each([
    ['memberUntil', { memberUntil: '2025-03-31' }],
    ['memberUntil', { memberUntil: '2029-01-01' }],
    ['name', { name: '  ' }],
    ['', {}],
  ])('refuses an edit whose %s is wrong, naming it, and changes nothing', async (field, change) => {
    const before = stored();
    const res = await send(admin, 'PATCH', '/api/admin/practices/E85001', change);
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toMatch(field ? new RegExp(`^${field}:`) : /send name, memberUntil or both/);
    expect(stored()).toEqual(before);
  });

  it('answers 404 for a practice that is not a member', async () => {
    expect((await send(admin, 'PATCH', '/api/admin/practices/E99999', { name: 'Nobody' })).status).toBe(404);
    expect((await send(admin, 'POST', '/api/admin/practices/E99999/intake-key')).status).toBe(404);
  });

  it('refuses intake for a practice after its leave date, and admits it on the day itself', async () => {
    await send(admin, 'POST', '/api/admin/practices', { ods: 'E85500', name: 'Leaving Surgery', memberSince: '2025-01-01' });
    const { key } = await json(await send(admin, 'POST', '/api/admin/practices/E85500/intake-key'));
    expect((await send(admin, 'PATCH', '/api/admin/practices/E85500', { memberUntil: '2026-11-24' })).status).toBe(200);
    expect((await hub.submit(intakeBody({ practiceOds: 'E85500' }), key)).status).toBe(201);
    expect((await send(admin, 'PATCH', '/api/admin/practices/E85500', { memberUntil: '2026-11-23' })).status).toBe(200);
    const refused = await hub.submit(intakeBody({ practiceOds: 'E85500' }), key);
    expect(refused.status).toBe(422);
    expect((await json(refused)).error.code).toBe('PRACTICE_NOT_ACTIVE');
  });

  it('a new practice takes no requests until its key is created', async () => {
    await send(admin, 'POST', '/api/admin/practices', { ods: 'E85600', name: 'Keyless Surgery', memberSince: '2026-11-01' });
    expect((await hub.submit(intakeBody({ practiceOds: 'E85600' }))).status).toBe(403);
  });
});

describe('intake keys', () => {
  it('rotates a key: shown once, the old key refused at once, the new one admits a request into the coordinator’s queue live', async () => {
    const auditFrom = lastAudit().id;
    const coordinator = await hub.signIn('coordinator2');
    const socket = await coordinator.socket();
    const created = await send(admin, 'POST', '/api/admin/practices/E85001/intake-key');
    expect(created.status).toBe(201);
    const first = await json(created);
    expect(first.ods).toBe('E85001');
    expect(Buffer.from(first.key, 'base64url').length).toBeGreaterThanOrEqual(32);
    // The fixture's key was shared with other practices, which keep it: for this one it is now refused.
    const shared = await hub.submit(intakeBody(), TEST_INTAKE_KEY);
    expect(shared.status).toBe(403);
    expect((await hub.submit(intakeBody({ practiceOds: 'E85002' }), TEST_INTAKE_KEY)).status).toBe(201);

    const { key } = await json(await send(admin, 'POST', '/api/admin/practices/E85001/intake-key'));
    expect(key).not.toBe(first.key);
    const old = await hub.submit(intakeBody(), first.key);
    expect(old.status).toBe(401);
    expect((await json(old)).error.code).toBe('INVALID_INTAKE_KEY');

    const arrives = nextEvent<ChangeEvent>(socket, 'change', (e) => e.item.practiceOds === 'E85001' && e.item.status === 'queued');
    const admitted = await hub.submit(intakeBody(), key);
    expect(admitted.status).toBe(201);
    expect((await arrives).item.id).toBe((await json(admitted)).id);

    const listed = (await json(await admin.get('/api/admin/practices'))).practices;
    expect(JSON.stringify(listed)).not.toContain(key);
    expect(listed.find((p: { ods: string }) => p.ods === 'E85001').keySet).toBe(true);

    const entries = auditSince(auditFrom).filter((e) => e.action === 'practice_intake_key_set');
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ subject: 'practice:E85001', reason: 'intake key rotated' });
    for (const e of auditSince(auditFrom)) {
      const text = JSON.stringify(e);
      for (const secret of [key, first.key, sha256(key), sha256(first.key)]) expect(text).not.toContain(secret);
    }
  });
});

describe('pharmacies', () => {
  const NEW_PHARMACY = { ods: 'FX900', name: 'Canal Street Pharmacy', address: '4 Canal Street, Testbury TB2 2BB', phone: '0118 496 0900', openingHours: 'Mon to Fri 9am to 6pm', distanceSelling: false };

  it('adds a pharmacy, lists it without a key, and shows it in the directory; admins are told to refetch', async () => {
    const adminSocket = await admin.socket();
    const notice = nextEvent<HubNotice>(adminSocket, 'notice', (n) => n.topic === 'directory');
    const res = await send(admin, 'POST', '/api/admin/pharmacies', NEW_PHARMACY);
    await notice;
    expect(res.status).toBe(201);
    expect((await json(res)).pharmacy).toEqual({ ...NEW_PHARMACY, keySet: false });
    expect(lastAudit()).toMatchObject({ action: 'pharmacy_added', subject: 'pharmacy:FX900' });
    expect((await json(await admin.get('/api/admin/pharmacies'))).pharmacies).toContainEqual({ ...NEW_PHARMACY, keySet: false });
    const coordinator = await hub.signIn('coordinator3');
    expect((await json(await coordinator.get('/api/pharmacies'))).pharmacies).toContainEqual(NEW_PHARMACY);
    expect((await send(admin, 'POST', '/api/admin/pharmacies', NEW_PHARMACY)).status).toBe(409);
  });

  it.each([
    ['ods', { ods: '' }],
    ['name', { name: 'x'.repeat(81) }],
    ['address', { address: '<b>1 High Street</b>' }],
    ['address', { address: 'y'.repeat(151) }],
    ['phone', { phone: 'call us' }],
    ['phone', { phone: '0118 496 0900 0000 0000' }],
    ['openingHours', { openingHours: 'Mon {all day}' }],
    ['distanceSelling', { distanceSelling: 'yes' }],
  ])('refuses a new pharmacy whose %s is wrong, naming it, and stores nothing', async (field, change) => {
    const before = stored();
    const res = await send(admin, 'POST', '/api/admin/pharmacies', { ...NEW_PHARMACY, ods: 'FX901', ...change });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toMatch(new RegExp(`^${field}:`));
    expect(stored()).toEqual(before);
  });

  it('edits a pharmacy’s details, audited with what changed', async () => {
    const res = await send(admin, 'PATCH', '/api/admin/pharmacies/FQ202', { phone: '+44 118 496 0202', openingHours: null });
    expect(res.status).toBe(200);
    expect((await json(res)).pharmacy).toMatchObject({ ods: 'FQ202', phone: '+44 118 496 0202', openingHours: null, distanceSelling: true, keySet: true });
    const entry = lastAudit();
    expect(entry).toMatchObject({ action: 'pharmacy_changed', subject: 'pharmacy:FQ202' });
    expect(JSON.parse(entry.after!)).toEqual({ phone: '+44 118 496 0202', openingHours: null });
    const before = stored();
    expect((await send(admin, 'PATCH', '/api/admin/pharmacies/FQ202', { phone: '12' })).status).toBe(400);
    expect((await send(admin, 'PATCH', '/api/admin/pharmacies/FZ000', { name: 'Nobody' })).status).toBe(404);
    expect(stored()).toEqual(before);
  });

  it('rotates an integration key: the old key is refused at once, the new one is accepted, and neither is audited', async () => {
    const auditFrom = lastAudit().id;
    const res = await send(admin, 'POST', '/api/admin/pharmacies/FA101/integration-key');
    expect(res.status).toBe(201);
    const { key } = await json(res);
    const acknowledge = (bearer: string) => fetch(`${hub.url}/api/handoffs/999999/acknowledge`, { method: 'POST', headers: { authorization: `Bearer ${bearer}` } });
    expect((await acknowledge('key-FA101')).status).toBe(401);
    // Past the key: no such referral for this pharmacy.
    expect((await acknowledge(key)).status).toBe(404);
    for (const e of auditSince(auditFrom)) {
      expect(JSON.stringify(e)).not.toContain(key);
      expect(JSON.stringify(e)).not.toContain(sha256(key));
    }
    expect(lastAudit()).toMatchObject({ action: 'pharmacy_integration_key_set', subject: 'pharmacy:FA101' });
  });
});
