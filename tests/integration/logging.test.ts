// Logs are one structured line per event, and never carry patient-identifiable data, whether
// they go out as JSON lines (piped, production) or pretty-printed for a person at a terminal.
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../server/app';
import { sha256 } from '../../server/auth/sessions';
import { manualClock } from '../../server/clock';
import { createLogger } from '../../server/logger';
import { intakeBody, PRACTICES, TEST_INTAKE_KEY } from '../helpers/fixtures';
import { OPEN_HOURS } from '../helpers/hub';

const dirs: string[] = [];
const hubs: Hub[] = [];
afterAll(async () => {
  for (const hub of hubs) await hub.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A hub logging through `makeLog(sink)`; returns what it wrote once one request is admitted and one refused. */
async function logsOfOneAdmittedAndOneRefused(makeLog: (sink: Writable) => Logger): Promise<string[]> {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).trim().split('\n')), done()) });
  const dir = mkdtempSync(join(tmpdir(), 'ehub-log-'));
  dirs.push(dir);
  const hub = await startHub({ dbPath: join(dir, 'hub.sqlite'), clock: manualClock(OPEN_HOURS), log: makeLog(sink) });
  hubs.push(hub);
  hub.db.write(() => PRACTICES.forEach((p) => hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) })));
  hub.directory.refresh();
  const post = (body: unknown) =>
    fetch(`${hub.url}/api/intake`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_INTAKE_KEY}` }, body: JSON.stringify(body) });
  expect((await post(intakeBody({ patient: { givenName: 'Zephaniah', familyName: 'Quillsworth', nhsNumber: '9434765919' } }))).status).toBe(201);
  expect((await post(intakeBody({ patient: { givenName: 'Zephaniah', nhsNumber: '9434765918' } }))).status).toBe(400);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return lines;
}

const PATIENT = /Zephaniah|Quillsworth|9434765919|943476591/;

it('logs each request and each committed change as one JSON line without the patient’s details', async () => {
  const lines = await logsOfOneAdmittedAndOneRefused((sink) => pino({ level: 'info' }, sink));
  const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(records).toContainEqual(expect.objectContaining({ msg: 'committed', change: 'intake', status: 'queued' }));
  expect(records).toContainEqual(expect.objectContaining({ msg: 'request', route: '/api/intake/', status: 201 }));
  expect(records).toContainEqual(expect.objectContaining({ msg: 'request', status: 400 }));
  expect(lines.join('\n')).not.toMatch(PATIENT);
});

describe('the hub’s own logger', () => {
  it('in JSON, keeps every request and change and redacts the patient fields of a record', async () => {
    let log: Logger | undefined;
    const lines = await logsOfOneAdmittedAndOneRefused((sink) => (log = createLogger('info', { format: 'json', destination: sink })));
    log!.info({ consultation: { patient: { givenName: 'Zephaniah' }, text: 'Quillsworth' }, nhsNumber: '9434765919' }, 'a careless call site');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toContainEqual(expect.objectContaining({ msg: 'committed', change: 'intake' }));
    expect(records).toContainEqual(expect.objectContaining({ msg: 'request', status: 201 }));
    expect(records).toContainEqual(expect.objectContaining({ msg: 'a careless call site', nhsNumber: '[redacted]' }));
    expect(lines.join('\n')).not.toMatch(PATIENT);
  });

  it('pretty-printed, shows refused requests but not routine ones, and redacts the patient fields just the same', async () => {
    let log: Logger | undefined;
    const lines = await logsOfOneAdmittedAndOneRefused((sink) => (log = createLogger('info', { format: 'pretty', destination: sink })));
    log!.info({ consultation: { patient: { givenName: 'Zephaniah' }, text: 'Quillsworth' }, nhsNumber: '9434765919' }, 'a careless call site');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const text = lines.join('\n').replace(/\u001b\[[0-9;]*m/g, '');
    expect(() => JSON.parse(lines[0]!)).toThrow();
    expect(text).toMatch(/WARN.*request[\s\S]*status: 400/);
    expect(text).not.toMatch(/status: 201/);
    expect(text).not.toContain('committed');
    expect(text).toMatch(/a careless call site[\s\S]*nhsNumber: "\[redacted\]"/);
    expect(text).not.toMatch(PATIENT);
  });
});
