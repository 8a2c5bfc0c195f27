// POST /api/intake: a practice's system submits a request; bad input is refused and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody } from '../helpers/fixtures';
import { rowCounts } from '../helpers/counts';
import { json, startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

describe('intake', () => {
  it('admits a valid request into the queue and the change feed, and answers 201 with its id', async () => {
    const before = rowCounts(hub.db);
    const res = await hub.submit(intakeBody({ patient: { nhsNumber: '943 476 5919' } }));
    expect(res.status).toBe(201);
    const { id } = await json(res);
    expect(typeof id).toBe('number');
    const after = rowCounts(hub.db);
    expect(after.consultations).toBe(before.consultations + 1);
    expect(after.change_feed).toBe(before.change_feed + 1);
    expect(after.audit_log).toBe(before.audit_log + 1);
    const coordinator = await hub.signIn('coordinator1');
    const detail = await json(await coordinator.get(`/api/consultations/${id}`));
    expect(detail).toMatchObject({ status: 'queued', version: 1, redFlags: [], priority: 'routine' });
    expect(detail.patient.nhsNumber).toBe('9434765919');
    expect(detail.sla.firstActionDue).toBe('2026-11-24T12:00:00.000Z');
  });

  it('screens the text for red flags at intake and records which rule fired', async () => {
    const id = await hub.submitRequest({ text: 'Crushing pain in my chest going down my left arm since this morning.' });
    const coordinator = await hub.signIn('coordinator1');
    const detail = await json(await coordinator.get(`/api/consultations/${id}`));
    expect(detail.redFlags).toContain('chest_pain');
    expect(detail.priority).toBe('red_flag');
  });

  it('keeps the words each red flag fired on, and what the screen set aside and why', async () => {
    const text = 'My dad died of a brain haemorrhage at 60. Today I have crushing pain in my chest going down my left arm.';
    const id = await hub.submitRequest({ text });
    const coordinator = await hub.signIn('coordinator1');
    const detail = await json(await coordinator.get(`/api/consultations/${id}`));
    const hit = detail.redFlagScreen.hits.find((h: { ruleId: string }) => h.ruleId === 'chest_pain');
    expect(hit.certainty).toBe('definite');
    expect(text.slice(hit.evidence.start, hit.evidence.end).toLowerCase()).toContain('chest');
    expect(detail.redFlagScreen.setAside.some((s: { reason: string }) => /other person/.test(s.reason))).toBe(true);
    expect(detail.redFlags).not.toContain('sudden_severe_headache');
  });

  it('starts the SLA clock at the next opening for a request sent on Saturday', async () => {
    const id = await hub.submitRequest({ submittedAt: '2026-11-21T11:00:00.000Z' });
    const coordinator = await hub.signIn('coordinator1');
    const detail = await json(await coordinator.get(`/api/consultations/${id}`));
    expect(detail.sla.firstActionDue).toBe('2026-11-23T10:00:00.000Z');
  });

  const refusals: [string, unknown, number, string][] = [
    ['an NHS number with a bad check digit', intakeBody({ patient: { nhsNumber: '9434765918' } }), 400, 'INVALID_NHS_NUMBER'],
    ['an NHS number of nine digits', intakeBody({ patient: { nhsNumber: '943476591' } }), 400, 'INVALID_NHS_NUMBER'],
    ['a missing patient', { ...intakeBody(), patient: undefined }, 400, 'VALIDATION_FAILED'],
    ['an unknown kind', { ...intakeBody(), kind: 'gossip' }, 400, 'VALIDATION_FAILED'],
    ['an empty text', intakeBody({ text: '   ' }), 400, 'VALIDATION_FAILED'],
    ['a birth date in the future', intakeBody({ patient: { birthDate: '2099-01-01' } }), 400, 'VALIDATION_FAILED'],
    ['a malformed birth date', intakeBody({ patient: { birthDate: '17/05/1990' } }), 400, 'VALIDATION_FAILED'],
    ['a submittedAt that is not an instant', intakeBody({ submittedAt: 'yesterday' }), 400, 'VALIDATION_FAILED'],
    ['a submittedAt in the future', intakeBody({ submittedAt: '2026-11-25T10:00:00.000Z' }), 400, 'VALIDATION_FAILED'],
    ['an unknown practice', intakeBody({ practiceOds: 'Y99999' }), 422, 'UNKNOWN_PRACTICE'],
    ['a practice that has left the hub', intakeBody({ practiceOds: 'E85099' }), 422, 'PRACTICE_NOT_ACTIVE'],
    ['an array instead of an object', [], 400, 'VALIDATION_FAILED'],
    ['broken JSON', '{"practiceOds":', 400, 'INVALID_JSON'],
  ];

  it.each(refusals)('refuses %s and writes nothing', async (_case, body, status, code) => {
    const before = rowCounts(hub.db);
    const res = await hub.submit(body);
    expect(res.status).toBe(status);
    const error = (await json(res)).error;
    expect(error.code).toBe(code);
    expect(error.message).toEqual(expect.any(String));
    expect(JSON.stringify(error)).not.toMatch(/at .*\.ts:\d+/);
    expect(rowCounts(hub.db)).toEqual(before);
  });

  it('names the bad field in the message', async () => {
    const res = await hub.submit(intakeBody({ patient: { nhsNumber: '9434765918' } }));
    expect((await json(res)).error.message).toMatch(/^patient\.nhsNumber: /);
  });

  it('refuses an unknown intake key with 401 and writes nothing', async () => {
    const before = rowCounts(hub.db);
    const res = await hub.submit(intakeBody(), 'not-a-real-key');
    expect(res.status).toBe(401);
    expect((await json(res)).error.code).toBe('INVALID_INTAKE_KEY');
    expect(rowCounts(hub.db)).toEqual(before);
  });

  it('refuses a request without any key with 401', async () => {
    const res = await fetch(`${hub.url}/api/intake`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(intakeBody()) });
    expect(res.status).toBe(401);
  });

  it('refuses a body over 100 kB with 413 and writes nothing', async () => {
    const before = rowCounts(hub.db);
    const res = await hub.submit(intakeBody({ text: 'x'.repeat(110_000) }));
    expect(res.status).toBe(413);
    expect((await json(res)).error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(rowCounts(hub.db)).toEqual(before);
  });

  it('keeps patient details out of the change feed', async () => {
    await hub.submitRequest({ patient: { givenName: 'Unmistakable', familyName: 'Zebediah' } });
    const feed = hub.db.q.feed.since(0, 1000);
    expect(JSON.stringify(feed)).not.toMatch(/Unmistakable|Zebediah|9434765919/);
  });
});
