// The writer thread: the one connection that writes once the hub serves. A write is acknowledged
// only once another connection can read it, writes keep the order they were sent in, a refusal
// comes back as the same error the route would give, and a stopped writer refuses with 503.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type HubDatabase } from '../../db/open';
import type { AuditEntry } from '../../db/queries/audit';
import { HttpError } from '../../server/http/errors';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import { defaultSettings } from '../../server/settings';
import { startWriter, type Writer } from '../../server/writer/client';

let dir: string;
let db: HubDatabase;
let writer: Writer;
let reader: Database.Database;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-writer-'));
  const path = join(dir, 'hub.sqlite');
  db = openDatabase(path);
  writer = await startWriter({ dbPath: path, settings: defaultSettings(), stampOnWriter: false });
  reader = new Database(path, { readonly: true });
});
afterEach(async () => {
  await writer.close();
  reader.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const entry = (action: string): AuditEntry => ({ at: 1, actorId: 'staff:1', actorRole: 'coordinator', action, consultationId: null, before: null, after: null, reason: null });
const actions = () => (reader.prepare('select action from audit_log order by id').all() as { action: string }[]).map((r) => r.action);

it('acknowledges a write only once another connection can read it', async () => {
  const seen = await writer.call('audit', entry('read_detail')).then(actions);
  expect(seen).toEqual(['read_detail']);
});

it('writes in the order the calls were made, sharing commits, with the audit chain whole', async () => {
  const sent = Array.from({ length: 50 }, (_, i) => `action ${i}`);
  await Promise.all(sent.map((a) => writer.call('audit', entry(a))));
  expect(actions()).toEqual(sent);
  const stats = await writer.call('commitStats');
  expect(stats.changes).toBe(50);
  expect(stats.transactions).toBeLessThan(50);
  expect(db.q.audit.verify()).toEqual({ ok: true, rows: 50 });
});

it('gives back a refusal as the error the route answers with, writes nothing for it, and goes on', async () => {
  const call = { actor: SYSTEM_ACTOR, consultationId: 12345, body: {} };
  const refused = await writer.call('command', { name: 'lease_expired', call, now: 1 }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(HttpError);
  expect(refused).toMatchObject({ code: 'NOT_FOUND', status: 404, message: 'No consultation request 12345.' });
  expect(actions()).toEqual([]);
  await writer.call('audit', entry('after the refusal'));
  expect(actions()).toEqual(['after the refusal']);
});

it('commits what was sent before close, and refuses later calls with 503', async () => {
  const before = writer.call('audit', entry('sent before close'));
  await writer.close();
  await before;
  expect(actions()).toEqual(['sent before close']);
  const late = await writer.call('audit', entry('too late')).catch((e: unknown) => e);
  expect(late).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
  expect(actions()).toEqual(['sent before close']);
});
