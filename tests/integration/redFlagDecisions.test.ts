// Red-flag decisions by people: a clinician confirms or clears what the intake screen could not
// settle, anyone triaging may raise one by hand, a queued request then goes to the duty clinician,
// and each decision is in the request's journey and the audit log (docs/clinical-safety/red-flags.md).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenRequest } from '../../shared/rules/redFlags';
import type { ChangeEvent, QueueItem, QueueSnapshot, RedFlagDecision } from '../../shared/schemas/api';
import { dbFingerprint } from '../helpers/dbFingerprint';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute, itemOf } from '../helpers/journey';

/** Six weeks old on the test day, and "feels hot" with no temperature: the screen cannot settle it. */
const BABY_FEELS_HOT = { text: 'My baby feels hot.', patient: { birthDate: '2026-10-10' } };
const CHEST_PAIN = { text: 'Crushing pain in my chest going down my left arm since this morning.' };

let hub: TestHub;
let coordinator: Client;
let anp: Client;
beforeAll(async () => {
  hub = await startTestHub();
  [coordinator, anp] = [await hub.signIn('coordinator1'), await hub.signIn('anp1')];
});
afterAll(() => hub.stop());

const possibleRequest = () => hub.submitRequest(BABY_FEELS_HOT);

async function journeyOf(client: Client, id: number) {
  return json<{ intervals: { owner: { id: string } }[]; handoffs: { reasonCode: string; offeredBy: string }[]; redFlagDecisions: RedFlagDecision[] }>(
    await client.get(`/api/consultations/${id}/liability`),
  );
}

const auditOf = (id: number, action: string) =>
  hub.db.orm.all<{ actor_role: string; reason: string | null; after: string }>(
    sql`select actor_role, reason, after from audit_log where consultation_id = ${id} and action = ${action} order by id`,
  );

describe('a possible red flag at intake', () => {
  it('is admitted red_flag_possible, stays queued, and sorts between red flags and routine requests', async () => {
    const screen = screenRequest({ text: BABY_FEELS_HOT.text, birthDate: BABY_FEELS_HOT.patient.birthDate, submittedAt: '2026-11-24T10:00:00.000Z' });
    expect(screen.hits.length).toBeGreaterThan(0);
    expect(screen.hits.every((h) => h.certainty === 'possible')).toBe(true);

    const routine = await hub.submitRequest();
    const possible = await possibleRequest();
    const definite = await hub.submitRequest(CHEST_PAIN);
    expect(await itemOf(coordinator, possible)).toMatchObject({ status: 'queued', priority: 'red_flag_possible', redFlags: [], possibleRedFlags: ['baby_fever'] });

    const { items } = await json<QueueSnapshot>(await coordinator.get('/api/queue'));
    const at = (id: number) => items.findIndex((i) => i.id === id);
    expect(at(definite)).toBeGreaterThanOrEqual(0);
    expect(at(definite)).toBeLessThan(at(possible));
    expect(at(possible)).toBeLessThan(at(routine));
  });
});

describe('confirming', () => {
  it('makes a queued possible flag a red flag and offers it to the duty clinician in one change sequence, seen by a coordinator', async () => {
    const id = await possibleRequest();
    const socket = await coordinator.socket();
    const seen: ChangeEvent[] = [];
    socket.on('change', (e: ChangeEvent) => void (e.item.id === id && seen.push(e)));

    const res = await anp.post(`/api/consultations/${id}/confirm-red-flag`, { reason: 'A baby this young who feels hot needs a clinician now.' });
    expect(res.status).toBe(200);
    const reply = await json<{ seq: number; item: QueueItem }>(res);
    expect(reply.item).toMatchObject({ status: 'offered', priority: 'red_flag', redFlags: ['baby_fever'], possibleRedFlags: [], pendingDestination: 'duty_clinician' });

    await expect.poll(() => seen.map((e) => e.type)).toEqual(['confirm_red_flag', 'escalate']);
    expect(seen[0]!.item).toMatchObject({ status: 'queued', priority: 'red_flag' });
    expect(seen[1]!.seq).toBe(seen[0]!.seq + 1);
    expect(reply.seq).toBe(seen[1]!.seq);

    const journey = await journeyOf(coordinator, id);
    expect(journey.handoffs).toEqual([expect.objectContaining({ reasonCode: 'red_flag_escalation', offeredBy: 'possible red flag confirmed' })]);
    expect(journey.intervals.at(-1)!.owner.id).toBe('duty_clinician');
    expect(journey.redFlagDecisions).toEqual([
      expect.objectContaining({ type: 'confirm_red_flag', by: 'Ana Nurse', reason: 'A baby this young who feels hot needs a clinician now.', redFlags: ['baby_fever'], possibleRedFlags: [] }),
    ]);
  });

  it('leaves a request with the clinician who holds it where it is, flagged', async () => {
    const id = await possibleRequest();
    const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
    expect((await anp.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`)).status).toBe(200);
    const feedBefore = hub.db.q.feed.latestSeq();

    const res = await anp.post(`/api/consultations/${id}/confirm-red-flag`, { reason: 'Agree, reviewing now' });
    expect((await json<{ item: QueueItem }>(res)).item).toMatchObject({ status: 'with_clinician', priority: 'red_flag', redFlags: ['baby_fever'], assignee: { name: 'Ana Nurse' } });
    expect(hub.db.q.feed.latestSeq()).toBe(feedBefore + 1);
  });

  it('refuses a request with nothing possible with 422 NO_POSSIBLE_RED_FLAG, writing nothing', async () => {
    const id = await hub.submitRequest();
    const before = dbFingerprint(hub.db);
    const res = await anp.post(`/api/consultations/${id}/confirm-red-flag`, { reason: 'Looks worrying' });
    expect(res.status).toBe(422);
    expect((await json(res)).error.code).toBe('NO_POSSIBLE_RED_FLAG');
    expect(dbFingerprint(hub.db)).toEqual(before);
  });
});

describe('clearing', () => {
  it('puts a possible red flag back to routine where it stands, with the reason in its journey and the audit log', async () => {
    const id = await possibleRequest();
    const intervalsBefore = (await journeyOf(coordinator, id)).intervals.length;
    const reason = 'Rang mum: 36.8 on the thermometer, feeding well.';

    const res = await anp.post(`/api/consultations/${id}/clear-red-flag`, { reason });
    expect(res.status).toBe(200);
    expect((await json<{ item: QueueItem }>(res)).item).toMatchObject({ status: 'queued', priority: 'routine', redFlags: [], possibleRedFlags: [] });

    const journey = await journeyOf(coordinator, id);
    expect(journey.intervals).toHaveLength(intervalsBefore);
    expect(journey.redFlagDecisions).toEqual([expect.objectContaining({ type: 'clear_red_flag', by: 'Ana Nurse', reason, redFlags: [], possibleRedFlags: [] })]);
    expect(auditOf(id, 'clear_red_flag')).toEqual([expect.objectContaining({ actor_role: 'anp', reason })]);
  });

  it('clears a red flag raised by hand, and then refuses with 422 NO_RED_FLAG as there is nothing left', async () => {
    const id = await hub.submitRequest();
    await coordinator.post(`/api/consultations/${id}/claim`);
    expect((await coordinator.post(`/api/consultations/${id}/raise-red-flag`, { reason: 'Sounds breathless on the phone' })).status).toBe(200);
    const lead = await hub.signIn('lead1');
    expect((await json<{ item: QueueItem }>(await lead.post(`/api/consultations/${id}/clear-red-flag`, { reason: 'Spoke to patient, speaking full sentences' }))).item)
      .toMatchObject({ status: 'in_triage', priority: 'routine', redFlags: [] });
    const before = dbFingerprint(hub.db);
    const again = await lead.post(`/api/consultations/${id}/clear-red-flag`, { reason: 'again' });
    expect(again.status).toBe(422);
    expect((await json(again)).error.code).toBe('NO_RED_FLAG');
    expect(dbFingerprint(hub.db)).toEqual(before);
  });
});

describe('raising by hand', () => {
  it('lets a coordinator raise the rule they name, and the queued request goes to the duty clinician', async () => {
    const id = await hub.submitRequest();
    const res = await coordinator.post(`/api/consultations/${id}/raise-red-flag`, { reason: 'Says he is cold and clammy and mottled', ruleId: 'sepsis_signs' });
    expect(res.status).toBe(200);
    expect((await json<{ item: QueueItem }>(res)).item).toMatchObject({ status: 'offered', priority: 'red_flag', redFlags: ['sepsis_signs'], pendingDestination: 'duty_clinician' });
    const journey = await journeyOf(coordinator, id);
    expect(journey.handoffs).toEqual([expect.objectContaining({ reasonCode: 'red_flag_escalation', offeredBy: 'red flag raised by hand' })]);
    expect(journey.redFlagDecisions).toEqual([expect.objectContaining({ type: 'raise_red_flag', by: 'Coordinator 1', reason: 'Says he is cold and clammy and mottled' })]);
    expect(auditOf(id, 'raise_red_flag')).toEqual([expect.objectContaining({ actor_role: 'coordinator', reason: 'Says he is cold and clammy and mottled' })]);
  });

  it("records 'raised_by_hand' when no rule is named, and leaves a request in triage with its holder", async () => {
    const id = await hub.submitRequest();
    await coordinator.post(`/api/consultations/${id}/claim`);
    const res = await coordinator.post(`/api/consultations/${id}/raise-red-flag`, { reason: 'Just does not sound right' });
    expect((await json<{ item: QueueItem }>(res)).item).toMatchObject({ status: 'in_triage', priority: 'red_flag', redFlags: ['raised_by_hand'], claimedBy: { name: 'Coordinator 1' } });
  });
});

describe('who may decide, and refusals that change nothing', () => {
  it('refuses a coordinator who confirms or clears with 403', async () => {
    const id = await possibleRequest();
    const before = dbFingerprint(hub.db);
    for (const command of ['confirm-red-flag', 'clear-red-flag']) {
      const res = await coordinator.post(`/api/consultations/${id}/${command}`, { reason: 'I think it is fine' });
      expect(res.status, command).toBe(403);
      expect((await json(res)).error.code).toBe('FORBIDDEN');
    }
    expect(dbFingerprint(hub.db)).toEqual(before);
  });

  it('refuses practice staff and managers any red-flag decision with 403', async () => {
    const id = await possibleRequest();
    const others = { practice1: await hub.signIn('practice1'), manager1: await hub.signIn('manager1') };
    const before = dbFingerprint(hub.db);
    for (const [username, client] of Object.entries(others)) {
      for (const command of ['raise-red-flag', 'confirm-red-flag', 'clear-red-flag']) {
        const res = await client.post(`/api/consultations/${id}/${command}`, { reason: 'Worried about this one' });
        expect(res.status, `${username} ${command}`).toBe(403);
      }
    }
    expect(dbFingerprint(hub.db)).toEqual(before);
  });

  it('answers bad bodies with 400 naming the field', async () => {
    const id = await possibleRequest();
    const before = dbFingerprint(hub.db);
    const cases: [string, unknown, RegExp][] = [
      ['confirm-red-flag', {}, /^reason: /],
      ['clear-red-flag', { reason: 'ok' }, /^reason: /],
      ['raise-red-flag', { reason: 'Sounds unwell', ruleId: 'feels_off' }, /^ruleId: /],
      ['confirm-red-flag', { reason: 'Agreed', expectedVersion: 'one' }, /^expectedVersion: /],
    ];
    for (const [command, body, message] of cases) {
      const res = await anp.post(`/api/consultations/${id}/${command}`, body);
      expect(res.status, `${command} ${JSON.stringify(body)}`).toBe(400);
      expect((await json(res)).error.message).toMatch(message);
    }
    expect(dbFingerprint(hub.db)).toEqual(before);
  });

  it('refuses a decision taken on a stale version with 409 STALE_VERSION', async () => {
    const id = await possibleRequest();
    const { version } = await itemOf(coordinator, id);
    await coordinator.post(`/api/consultations/${id}/claim`);
    const before = dbFingerprint(hub.db);
    const res = await anp.post(`/api/consultations/${id}/confirm-red-flag`, { reason: 'Agreed', expectedVersion: version });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('STALE_VERSION');
    expect(dbFingerprint(hub.db)).toEqual(before);
  });
});
