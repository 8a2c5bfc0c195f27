// A red flag offered to the duty clinician and not accepted within 15 working minutes is escalated to the
// clinical lead: still offered, the breach recorded once, the liability basis saying so, every queue told.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, QueueItem } from '../../shared/schemas/api';
import { json, nextEvent, startTestHub, type TestHub } from '../helpers/hub';
import { itemOf } from '../helpers/journey';

const CHEST_PAIN = 'Crushing pain in my chest going down my left arm since this morning.';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

/** A red flag submitted (and so offered to the duty clinician) at `at`. */
async function redFlagAt(at: string): Promise<number> {
  hub.clock.set(at);
  return hub.submitRequest({ submittedAt: at, text: CHEST_PAIN });
}

const breachesOf = (id: number) =>
  hub.db.q.feed.since(0, 100_000).filter((f) => f.consultationId === id && f.type === 'sla_breached');

async function tickAt(at: string) {
  hub.clock.set(at);
  await hub.scheduler.tick();
}

describe('a red flag not accepted by the duty clinician', () => {
  it('is still with the duty clinician at 14 working minutes, and escalated to the clinical lead at 15', async () => {
    const id = await redFlagAt('2026-11-24T10:00:00.000Z');
    await tickAt('2026-11-24T10:14:00.000Z');
    const coordinator = await hub.signIn('coordinator1');
    const waiting = await itemOf(coordinator, id);
    expect(waiting).toMatchObject({ status: 'offered', pendingDestination: 'duty_clinician', slaBreaches: [] });
    expect(waiting.pendingHandoff!.escalatedAt).toBeNull();

    const watcher = await (await hub.signIn('coordinator2')).socket();
    const seen = nextEvent<ChangeEvent>(watcher, 'change', (e) => e.item.id === id && e.type === 'sla_breached');
    await tickAt('2026-11-24T10:15:00.000Z');
    const { item } = await seen;
    expect(item).toMatchObject({ status: 'offered', pendingDestination: 'duty_clinician', slaBreaches: ['red_flag_acceptance'] });
    expect(item.pendingHandoff!.escalatedAt).toBe('2026-11-24T10:15:00.000Z');

    // Never silently back in the queue, and the breach is recorded once however often the scheduler looks.
    await tickAt('2026-11-24T10:45:00.000Z');
    await tickAt('2026-11-24T11:30:00.000Z');
    expect((await itemOf(coordinator, id)).status).toBe('offered');
    expect(breachesOf(id)).toHaveLength(1);
  });

  it('says in the liability map that it was not accepted within 15 minutes and went to the clinical lead', async () => {
    const id = await redFlagAt('2026-11-24T13:00:00.000Z');
    await tickAt('2026-11-24T13:15:00.000Z');
    const coordinator = await hub.signIn('coordinator1');
    const map = await json<{ intervals: { owner: { name: string }; basis: string; to: string | null }[] }>(await coordinator.get(`/api/consultations/${id}/liability`));
    const current = map.intervals.at(-1)!;
    expect(current.to).toBeNull();
    expect(current.owner.name).toBe('Hub clinical lead');
    expect(current.basis).toMatch(/not accepted within 15 minutes: escalated to the clinical lead/);
    const breach = hub.db.orm.get<{ reason: string }>(sql`select reason from audit_log where consultation_id = ${id} and action = 'sla_breached'`);
    expect(breach.reason).toMatch(/not accepted within 15 minutes: escalated to the clinical lead/);
  });

  it('stays answerable: the clinical lead accepts the escalated red flag', async () => {
    const id = await redFlagAt('2026-11-24T14:00:00.000Z');
    await tickAt('2026-11-24T14:15:00.000Z');
    const lead = await hub.signIn('lead1');
    const escalated = await itemOf(lead, id);
    const res = await lead.post(`/api/handoffs/${escalated.pendingHandoff!.id}/accept`, { expectedVersion: escalated.version });
    expect(res.status).toBe(200);
    const { item } = await json<{ item: QueueItem }>(res);
    expect(item).toMatchObject({ status: 'with_clinician', assignee: { name: 'Dr Lee Lead' } });
  });

  it('counts only hub hours: offered at 18:25 with close at 18:30, it escalates 10 minutes after the next opening', async () => {
    const id = await redFlagAt('2026-11-24T18:25:00.000Z');
    await tickAt('2026-11-24T23:00:00.000Z');
    await tickAt('2026-11-25T08:09:00.000Z');
    const coordinator = await hub.signIn('coordinator1');
    expect((await itemOf(coordinator, id)).pendingHandoff!.escalatedAt).toBeNull();
    await tickAt('2026-11-25T08:10:00.000Z');
    const item = await itemOf(coordinator, id);
    expect(item).toMatchObject({ status: 'offered', slaBreaches: ['red_flag_acceptance'] });
    expect(item.pendingHandoff!.escalatedAt).toBe('2026-11-25T08:10:00.000Z');
  });

  it('still sends an ordinary offer to the duty clinician back to the queue when it expires', async () => {
    hub.clock.set('2026-11-26T10:00:00.000Z');
    const coordinator = await hub.signIn('coordinator1');
    const id = await hub.submitRequest({ submittedAt: '2026-11-26T10:00:00.000Z' });
    const claimed = await json<{ item: QueueItem }>(await coordinator.post(`/api/consultations/${id}/claim`));
    await coordinator.post(`/api/consultations/${id}/escalate`, { reason: 'Needs a clinician to look today', expectedVersion: claimed.item.version });
    await tickAt('2026-11-26T18:00:00.000Z');
    expect(await itemOf(await hub.signIn('coordinator1'), id)).toMatchObject({ status: 'queued', returnedBecause: 'offer_expired' });
  });
});
