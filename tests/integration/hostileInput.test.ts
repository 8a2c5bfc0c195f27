// Odd and impossible intake values: each is refused with 400 naming the field and the rule, and the
// submitted value appears neither in the answer nor in any log line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Request, Response } from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../server/app';
import { hashSecretSync } from '../../server/auth/passwords';
import { sha256 } from '../../server/auth/sessions';
import { manualClock } from '../../server/clock';
import { errorHandler } from '../../server/http/errors';
import { intakeBody, PRACTICES, TEST_INTAKE_KEY, TEST_PASSWORD } from '../helpers/fixtures';
import { OPEN_HOURS } from '../helpers/hub';

const lines: string[] = [];
// A bare logger, without the production redaction: a value must not reach the log at all.
const log = pino({ level: 'trace' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
let hub: Hub;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-hostile-'));
  hub = await startHub({ dbPath: join(dir, 'hub.sqlite'), clock: manualClock(OPEN_HOURS), log });
  hub.db.write(() => {
    PRACTICES.forEach((p) => hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) }));
    hub.db.q.staff.insert({ username: 'coordinator1', name: 'Coordinator 1', roles: ['coordinator'], practiceOds: null, passwordHash: hashSecretSync(TEST_PASSWORD) });
  });
  hub.directory.refresh();
});
afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

const submit = (body: unknown) =>
  fetch(`${hub.url}/api/intake`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_INTAKE_KEY}` }, body: JSON.stringify(body) });

/** Lets the request's log line land, then returns everything logged since `from`. */
async function loggedSince(from: number): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  return lines.slice(from).join('');
}

const DAY = 24 * 3600_000;
const daysBefore = (days: number) => new Date(Date.parse(OPEN_HOURS) - days * DAY).toISOString();

// [case, body, the field named, the submitted text that must not come back]
const REFUSED: [string, ReturnType<typeof intakeBody>, string, string][] = [
  ['a birth date in the year 50', intakeBody({ patient: { birthDate: '0050-01-01' } }), 'patient.birthDate', '0050-01-01'],
  ['a birth date in the year 1', intakeBody({ patient: { birthDate: '0001-03-04' } }), 'patient.birthDate', '0001-03-04'],
  ['a birth date before 1900', intakeBody({ patient: { birthDate: '1899-12-31' } }), 'patient.birthDate', '1899-12-31'],
  ['a birth date that is not on the calendar', intakeBody({ patient: { birthDate: '2026-02-30' } }), 'patient.birthDate', '2026-02-30'],
  ['a birth date after the submission', intakeBody({ submittedAt: daysBefore(3), patient: { birthDate: '2026-11-23' } }), 'patient.birthDate', '2026-11-23'],
  ['a submission in the year 1', intakeBody({ submittedAt: '0001-01-01T00:00:00.000Z' }), 'submittedAt', '0001-01-01'],
  ['a submission before 1900', intakeBody({ submittedAt: '1899-12-31T23:30:00+00:00', patient: { birthDate: '1899-01-01' } }), 'submittedAt', '1899-12-31'],
  ['a submission more than 30 days old', intakeBody({ submittedAt: daysBefore(31) }), 'submittedAt', daysBefore(31).slice(0, 10)],
  ['a submission tomorrow', intakeBody({ submittedAt: '2026-11-25T10:00:00.000Z' }), 'submittedAt', '2026-11-25'],
  ['a submission on a day that is not on the calendar', intakeBody({ submittedAt: '2026-02-30T10:00:00Z' }), 'submittedAt', '2026-02-30'],
  ['an NHS number with markup', intakeBody({ patient: { nhsNumber: '<b>9434765919</b>' } }), 'patient.nhsNumber', '9434765919'],
  ['an NHS number with a bad check digit', intakeBody({ patient: { nhsNumber: '9434765918' } }), 'patient.nhsNumber', '943476591'],
  ['an email that is not one', intakeBody({ patient: { email: 'zephaniah.quillsworth@@example' } }), 'patient.email', 'quillsworth'],
  ['a given name too long to be one', intakeBody({ patient: { givenName: `Zephaniah${'x'.repeat(100)}` } }), 'patient.givenName', 'Zephaniah'],
  ['a family name that is only spaces', intakeBody({ patient: { familyName: '    ' } }), 'patient.familyName', '    '],
  ['a sex outside the vocabulary', intakeBody({ patient: { sex: 'Quillsworthian' as never } }), 'patient.sex', 'Quillsworthian'],
  ['a preferred contact outside the vocabulary', intakeBody({ patient: { preferredContact: 'carrier-pigeon-zeph' as never } }), 'patient.preferredContact', 'carrier-pigeon'],
];

describe('intake refuses impossible and odd values without repeating them', () => {
  it.each(REFUSED)('refuses %s, naming the field', async (_case, body, field, value) => {
    const from = lines.length;
    const res = await submit(body);
    const text = await res.text();
    expect(res.status).toBe(400);
    const { error } = JSON.parse(text);
    expect(['VALIDATION_FAILED', 'INVALID_NHS_NUMBER']).toContain(error.code);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(text).not.toContain(value);
    expect(await loggedSince(from)).not.toContain(value);
  });

  it('admits a request submitted 29 days ago by a patient born on 1 January 1900', async () => {
    const res = await submit(intakeBody({ submittedAt: daysBefore(29), patient: { birthDate: '1900-01-01' } }));
    expect(res.status).toBe(201);
  });

  it('admits a newborn whose birth date is the day of the submission', async () => {
    const res = await submit(intakeBody({ submittedAt: OPEN_HOURS, patient: { birthDate: '2026-11-24' } }));
    expect(res.status).toBe(201);
  });
});

describe('other refusals do not repeat what was sent', () => {
  it('does not name unknown fields in a command body', async () => {
    const login = await fetch(`${hub.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coordinator1', password: TEST_PASSWORD }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const res = await fetch(`${hub.url}/api/consultations/1/claim`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ 'Zephaniah Quillsworth 9434765919': true }),
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).not.toMatch(/Zephaniah|Quillsworth|9434765919/);
  });

  it('logs an unexpected error by its name and stack frames, not its message', () => {
    const from = lines.length;
    let status = 0;
    const res = { status: (s: number) => ((status = s), res), json: () => res } as unknown as Response;
    const req = { method: 'POST', route: { path: '/' } } as unknown as Request;
    errorHandler(log)(new RangeError('birth date must be YYYY-MM-DD, got "0050-01-01"'), req, res, () => {});
    const logged = lines.slice(from).join('');
    expect(status).toBe(500);
    expect(logged).toContain('RangeError');
    expect(logged).toContain('hostileInput.test.ts');
    expect(logged).not.toContain('0050-01-01');
  });
});
