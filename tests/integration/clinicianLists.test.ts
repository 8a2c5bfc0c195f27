// A clinician's "Sent, awaiting acceptance" and "Done today" (docs/inbox.md): what they escalated or
// handed on stays in sight until someone accepts it, and what they finished today is listed with its
// outcome, in the hub's day; only members of hub teams may ask, and every read that names patients is audited.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import type { ClinicianLists } from '../../shared/schemas/clinicianLists';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';

let hub: TestHub;
let coordinator: Client;
let anp: Client;
let lead: Client;
/** Sessions lapse when the clock jumps a day, so each jump signs everyone in again. */
async function at(instant: string) {
  hub.clock.set(instant);
  [coordinator, anp, lead] = await Promise.all([hub.signIn('coordinator1'), hub.signIn('anp1'), hub.signIn('lead1')]);
}
beforeAll(async () => {
  hub = await startTestHub();
  await at('2026-11-24T10:00:00.000Z');
});
afterAll(() => hub.stop());

/** A request offered to the ANP team and accepted by anp1. */
async function withAnp(): Promise<{ id: number; version: number }> {
  const id = await hub.submitRequest({ submittedAt: new Date(hub.clock.now() - 60_000).toISOString() });
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
  const accepted = await json<{ item: QueueItem }>(await anp.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`));
  return { id, version: accepted.item.version };
}

const listsOf = async (client: Client) => json<ClinicianLists>(await client.get('/api/inbox/lists'));

describe('sent, awaiting acceptance', () => {
  it('keeps an escalated request in the sender’s list, with where and since when, until the duty clinician accepts it', async () => {
    const { id } = await withAnp();
    hub.clock.advance(60_000);
    const sentAt = new Date(hub.clock.now()).toISOString();
    const escalated = await json<{ item: QueueItem }>(await anp.post(`/api/consultations/${id}/escalate`, { reason: 'Possible sepsis, needs GP review' }));
    const sent = (await listsOf(anp)).sent.find((r) => r.id === id);
    expect(sent).toMatchObject({ destination: 'duty_clinician', sentAt, status: 'offered', reference: escalated.item.reference, patient: { initials: 'TM' } });
    expect((await listsOf(await hub.signIn('anp2'))).sent.map((r) => r.id)).not.toContain(id);

    await lead.post(`/api/handoffs/${escalated.item.pendingHandoff!.id}/accept`);
    expect((await listsOf(anp)).sent.map((r) => r.id)).not.toContain(id);
  });

  it('names the practice a clinician handed a request on to', async () => {
    const { id, version } = await withAnp();
    const res = await anp.post(`/api/consultations/${id}/handoffs`, { destination: 'practice_gp', reason: { code: 'needs_gp' }, expectedVersion: version });
    expect(res.status).toBe(200);
    expect((await listsOf(anp)).sent.find((r) => r.id === id)).toMatchObject({ destination: 'practice_gp', organisationName: 'Riverside Test Surgery', status: 'returned_to_practice' });
  });
});

describe('done today', () => {
  it('lists what the clinician completed, escalated and handed back today, latest first, with the outcome', async () => {
    await at('2026-11-25T09:00:00.000Z');
    const completed = await withAnp();
    hub.clock.advance(60_000);
    await anp.post(`/api/consultations/${completed.id}/complete`, { outcome: 'prescription_issued', notes: 'Amoxicillin 500 mg' });
    const handedBack = await withAnp();
    hub.clock.advance(60_000);
    await anp.post(`/api/consultations/${handedBack.id}/hand-back`, { reason: 'Needs re-triage' });
    const escalated = await withAnp();
    hub.clock.advance(60_000);
    await anp.post(`/api/consultations/${escalated.id}/escalate`, { reason: 'Chest pain on exertion' });

    const lists = await listsOf(anp);
    expect(lists.day).toBe('2026-11-25');
    expect(lists.done.map((r) => [r.id, r.action])).toEqual([
      [escalated.id, 'escalate'],
      [handedBack.id, 'hand_back'],
      [completed.id, 'complete'],
    ]);
    expect(lists.done.find((r) => r.id === completed.id)).toMatchObject({ status: 'closed', outcome: { kind: 'completed', code: 'prescription_issued', notes: null } });
    expect(JSON.stringify(lists)).not.toContain('Amoxicillin');
    expect((await listsOf(lead)).done).toEqual([]);
  });

  it('lists a request the clinician accepted and then handed on to another team or the practice, with where it went', async () => {
    await at('2026-11-26T09:00:00.000Z');
    const toPharmacist = await withAnp();
    hub.clock.advance(60_000);
    const routed = await anp.post(`/api/consultations/${toPharmacist.id}/handoffs`, {
      destination: 'pharmacist',
      reason: { code: 'medication_query' },
      expectedVersion: toPharmacist.version,
    });
    expect(routed.status).toBe(200);
    const toPractice = await withAnp();
    hub.clock.advance(60_000);
    await anp.post(`/api/consultations/${toPractice.id}/handoffs`, { destination: 'practice_gp', reason: { code: 'needs_gp' }, expectedVersion: toPractice.version });

    const { done } = await listsOf(anp);
    expect(done.map((r) => [r.id, r.action, r.destination])).toEqual([
      [toPractice.id, 'route', 'practice_gp'],
      [toPharmacist.id, 'route', 'pharmacist'],
    ]);
    expect(done[0]).toMatchObject({ status: 'returned_to_practice', outcome: null });
  });

  it('leaves out what a lead routed from triage, even a request they had accepted and handed back before', async () => {
    await at('2026-11-27T09:00:00.000Z');
    const { id } = await withAnp();
    const escalated = await json<{ item: QueueItem }>(await anp.post(`/api/consultations/${id}/escalate`, { reason: 'Needs a GP opinion' }));
    hub.clock.advance(60_000);
    expect((await lead.post(`/api/handoffs/${escalated.item.pendingHandoff!.id}/accept`)).status).toBe(200);
    hub.clock.advance(60_000);
    expect((await lead.post(`/api/consultations/${id}/hand-back`, { reason: 'Coordinator to re-triage' })).status).toBe(200);
    hub.clock.advance(60_000);
    expect((await claimAndRoute(lead, id, { destination: 'physio' })).status).toBe(200);

    expect((await listsOf(lead)).done.map((r) => [r.id, r.action])).toEqual([[id, 'hand_back']]);
  });

  it('starts afresh at midnight in the hub’s time zone, not UTC', async () => {
    // In summer time London's day ends at 23:00 UTC.
    await at('2027-04-06T16:00:00.000Z');
    const { id } = await withAnp();
    await anp.post(`/api/consultations/${id}/complete`, { outcome: 'advice_given' });
    hub.clock.set('2027-04-06T22:59:00.000Z');
    expect((await listsOf(anp)).done.map((r) => r.id)).toContain(id);
    hub.clock.set('2027-04-06T23:01:00.000Z');
    const next = await listsOf(anp);
    expect(next.day).toBe('2027-04-07');
    expect(next.done.map((r) => r.id)).not.toContain(id);
  });
});

describe('who may read them', () => {
  it('refuses coordinators, managers, practice staff and admins, and asks the signed out to sign in', async () => {
    for (const username of ['coordinator2', 'manager1', 'practice1', 'admin1']) {
      const res = await (await hub.signIn(username)).get('/api/inbox/lists');
      expect(res.status, username).toBe(403);
      expect((await json(res)).error.code).toBe('FORBIDDEN');
    }
    expect((await fetch(`${hub.url}/api/inbox/lists`)).status).toBe(401);
  });

  it('audits each read that names patients, with the requests it named, and not an empty one', async () => {
    const reads = () => hub.db.orm.all<{ actor_id: string; after: string }>(sql`select actor_id, after from audit_log where action = 'read_clinician_lists' order by id`);
    const physio = await hub.signIn('physio1');
    const before = reads().length;
    expect((await listsOf(physio)).sent).toEqual([]);
    expect(reads()).toHaveLength(before);

    const shown = await listsOf(anp);
    const entry = reads().at(-1)!;
    expect(entry.actor_id).toBe(String(hub.db.q.staff.byUsername('anp1')!.id));
    const named = [...shown.sent, ...shown.done].map((r) => r.id);
    expect(named.length).toBeGreaterThan(0);
    expect(JSON.parse(entry.after).consultationIds.sort()).toEqual([...new Set(named)].sort());
    expect(hub.db.q.audit.verify()).toMatchObject({ ok: true });
  });
});
