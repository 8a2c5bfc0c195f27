// Logs are one structured line per event, and never carry patient-identifiable data.
import { Writable } from 'node:stream';
import pino from 'pino';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHub, type Hub } from '../../server/app';
import { sha256 } from '../../server/auth/sessions';
import { manualClock } from '../../server/clock';
import { intakeBody, PRACTICES, TEST_INTAKE_KEY } from '../helpers/fixtures';
import { OPEN_HOURS } from '../helpers/hub';

const lines: string[] = [];
let hub: Hub;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-log-'));
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).trim().split('\n')), done()) });
  hub = await startHub({ dbPath: join(dir, 'hub.sqlite'), clock: manualClock(OPEN_HOURS), log: pino({ level: 'info' }, sink) });
  hub.db.write(() => PRACTICES.forEach((p) => hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) })));
  hub.directory.refresh();
});
afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

it('logs each request and each committed change as one JSON line without the patient’s details', async () => {
  const post = (body: unknown) =>
    fetch(`${hub.url}/api/intake`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_INTAKE_KEY}` }, body: JSON.stringify(body) });
  expect((await post(intakeBody({ patient: { givenName: 'Zephaniah', familyName: 'Quillsworth', nhsNumber: '9434765919' } }))).status).toBe(201);
  expect((await post(intakeBody({ patient: { givenName: 'Zephaniah', nhsNumber: '9434765918' } }))).status).toBe(400);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(records).toContainEqual(expect.objectContaining({ msg: 'committed', change: 'intake', status: 'queued' }));
  expect(records).toContainEqual(expect.objectContaining({ msg: 'request', route: '/api/intake/', status: 201 }));
  expect(records).toContainEqual(expect.objectContaining({ msg: 'request', status: 400 }));
  const all = lines.join('\n');
  expect(all).not.toMatch(/Zephaniah|Quillsworth|9434765919|943476591/);
});
