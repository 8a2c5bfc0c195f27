// Out of hours: intake is accepted and queued for the next opening, the answer says the hub is closed and
// when it reopens, and a red flag is answered with 999 or NHS 111 advice, recorded in the journey.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeResponseSchema, type IntakeResponse } from '../../shared/schemas/intakeResponse';
import { TEST_INTAKE_KEY, intakeBody } from '../helpers/fixtures';
import { json, startTestHub, type TestHub } from '../helpers/hub';
import { itemOf } from '../helpers/journey';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

/** Submits at `at` (the hub's clock and the practice's timestamp) and reads the 201 answer. */
async function submitAt(at: string, text?: string): Promise<IntakeResponse> {
  hub.clock.set(at);
  const res = await hub.submit(intakeBody({ submittedAt: at, ...(text && { text }) }));
  expect(res.status).toBe(201);
  return intakeResponseSchema.parse(await res.json());
}

type Journey = { intervals: { basis: string }[] };

describe('intake while the hub is closed', () => {
  it('accepts a request on a Saturday, queues it and says the hub reopens on Monday at 08:00', async () => {
    const answer = await submitAt('2026-11-28T11:00:00.000Z');
    expect(answer.hub).toEqual({ open: false, reopensAt: '2026-11-30T08:00:00.000Z' });
    expect(answer.patientAdvice).toBeUndefined();
    const coordinator = await hub.signIn('coordinator1');
    const item = await itemOf(coordinator, answer.id);
    expect(item.status).toBe('queued');
    // The SLA clock starts at the opening: two working hours from Monday 08:00.
    expect(item.sla.firstActionDue).toBe('2026-11-30T10:00:00.000Z');
  });

  it('answers a red flag of emergency severity with "Call 999" and records the advice in the journey', async () => {
    const answer = await submitAt('2026-11-24T20:00:00.000Z', 'Crushing pain in my chest going down my left arm since this morning.');
    expect(answer.hub).toEqual({ open: false, reopensAt: '2026-11-25T08:00:00.000Z' });
    expect(answer.patientAdvice).toMatchObject({ kind: 'urgent_care', call: '999', text: expect.stringMatching(/^Call 999 now/) });
    const coordinator = await hub.signIn('coordinator1');
    const journey = await json<Journey>(await coordinator.get(`/api/consultations/${answer.id}/liability`));
    expect(journey.intervals[0]!.basis).toMatch(/while the hub was closed; .*Call 999 now/);
    // Still offered to the duty clinician for when the hub opens.
    expect((await itemOf(coordinator, answer.id)).status).toBe('offered');
  });

  it('answers an urgent red flag with NHS 111 advice', async () => {
    const answer = await submitAt('2026-11-24T21:00:00.000Z', "I can't pee at all since last night and my tummy is swollen and painful.");
    expect(answer.patientAdvice).toMatchObject({ kind: 'urgent_care', call: '111', text: expect.stringMatching(/^Call NHS 111 now/) });
    const coordinator = await hub.signIn('coordinator1');
    const journey = await json<Journey>(await coordinator.get(`/api/consultations/${answer.id}/liability`));
    expect(journey.intervals[0]!.basis).toMatch(/Call NHS 111 now/);
  });

  it('gives the same answer, advice included, to a retry with the same Idempotency-Key', async () => {
    const at = '2026-11-24T22:00:00.000Z';
    hub.clock.set(at);
    const body = intakeBody({ submittedAt: at, text: 'Crushing pain in my chest going down my left arm since this morning.' });
    const send = () =>
      fetch(`${hub.url}/api/intake`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_INTAKE_KEY}`, 'idempotency-key': 'ooh-retry-1' },
        body: JSON.stringify(body),
      });
    const first = intakeResponseSchema.parse(await (await send()).json());
    const retry = await send();
    expect(retry.status).toBe(200);
    expect(intakeResponseSchema.parse(await retry.json())).toEqual(first);
  });
});

describe('intake while the hub is open', () => {
  it('says the hub is open, with no reopening time and no patient advice, even for a red flag', async () => {
    const answer = await submitAt('2026-11-24T10:00:00.000Z', 'Crushing pain in my chest going down my left arm since this morning.');
    expect(answer.hub).toEqual({ open: true, reopensAt: null });
    expect(answer.patientAdvice).toBeUndefined();
    const coordinator = await hub.signIn('coordinator1');
    const journey = await json<Journey>(await coordinator.get(`/api/consultations/${answer.id}/liability`));
    expect(journey.intervals[0]!.basis).not.toMatch(/closed/);
  });
});
