// Intake is one transaction with its red-flag escalation, and an Idempotency-Key makes a practice
// system's retry safe: same key and body → the same request, same key and another body → 409.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claim } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { intakeBody, TEST_INTAKE_KEY } from '../helpers/fixtures';
import { json, startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.stop());

const requestCount = () => hub.db.orm.get<{ n: number }>(sql`select count(*) as n from consultations`).n;
const submitWithKey = (body: unknown, key: string) =>
  fetch(`${hub.url}/api/intake`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_INTAKE_KEY}`, 'idempotency-key': key },
    body: JSON.stringify(body),
  });

describe('an intake retried with the same Idempotency-Key', () => {
  it('returns the request the first attempt created, with 200, and creates no other', async () => {
    const body = intakeBody();
    const first = await submitWithKey(body, 'oc-system-req-0001');
    expect(first.status).toBe(201);
    const { id } = await json<{ id: number }>(first);
    const retry = await submitWithKey(body, 'oc-system-req-0001');
    expect(retry.status).toBe(200);
    expect(await json(retry)).toEqual({ id, hub: { open: true, reopensAt: null } });
    expect(requestCount()).toBe(1);
  });

  it('refuses the same key with a different body (409) and writes nothing', async () => {
    await submitWithKey(intakeBody(), 'oc-system-req-0002');
    const before = requestCount();
    const reuse = await submitWithKey(intakeBody({ text: 'A different request altogether, about my knee.' }), 'oc-system-req-0002');
    expect(reuse.status).toBe(409);
    expect((await json(reuse)).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(requestCount()).toBe(before);
  });

  it('keeps two practices’ keys apart', async () => {
    const a = await submitWithKey(intakeBody({ practiceOds: 'E85001' }), 'shared-key');
    const b = await submitWithKey(intakeBody({ practiceOds: 'E85002' }), 'shared-key');
    expect([a.status, b.status]).toEqual([201, 201]);
  });

  it('refuses a malformed key with 400', async () => {
    const res = await submitWithKey(intakeBody(), 'x'.repeat(201));
    expect(res.status).toBe(400);
    expect(requestCount()).toBe(0);
  });
});

describe('a red-flag intake', () => {
  it('is admitted and offered to the duty clinician in one transaction, so a claim landing at the same moment cannot split them', async () => {
    const practice: Actor = { kind: 'integration', id: 'practice:E85001', name: 'Practice', roles: [], organisationOds: 'E85001' };
    const coordinator: Actor = { kind: 'staff', id: 1, name: 'Coordinator', roles: ['coordinator'] };
    const nextId = requestCount() + 1;
    // Submitted in the same turn, so both share one group commit, the claim right after the intake.
    const admitted = hub.admit(intakeBody({ text: 'Crushing pain in my chest going down my left arm since this morning.' }), practice);
    const claimed = hub.execute(claim, { actor: coordinator, consultationId: nextId, body: {} });
    const [admission, claiming] = await Promise.allSettled([admitted, claimed]);
    expect(admission.status).toBe('fulfilled');
    expect(claiming.status).toBe('rejected');
    const row = hub.db.q.consultations.byId(nextId)!;
    expect(row.status).toBe('offered');
    expect(row.pendingDestination).toBe('duty_clinician');
    expect(row.claimedBy).toBeNull();
  });
});

describe('how long a key is kept', () => {
  const keyCount = () => hub.db.orm.get<{ n: number }>(sql`select count(*) as n from intake_idempotency`).n;
  const DAY = 24 * 60 * 60_000;

  it('forgets a key after seven days and keeps a newer one working, with the sweep audited', async () => {
    const start = hub.clock.now();
    await submitWithKey(intakeBody(), 'week-old-key');
    hub.clock.set(start + 6 * DAY);
    const recent = intakeBody({ submittedAt: new Date(start + 6 * DAY).toISOString() });
    const { id } = await json<{ id: number }>(await submitWithKey(recent, 'recent-key'));
    hub.clock.set(start + 7 * DAY + 60_000);
    await hub.scheduler.tick();
    expect(keyCount()).toBe(1);
    const retry = await submitWithKey(recent, 'recent-key');
    expect(retry.status).toBe(200);
    expect((await json<{ id: number }>(retry)).id).toBe(id);
    const audit = hub.db.orm.all<{ after: string }>(sql`select after from audit_log where action = 'idempotency_keys_expired'`);
    expect(audit.map((a) => JSON.parse(a.after))).toEqual([{ expired: 1, keptDays: 7 }]);
  });
});
