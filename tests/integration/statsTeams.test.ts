// Hand-off figures on a hand-built history worked out here: acceptance time per team, decline and
// expiry rates, external acknowledgement time, red-flag acceptance within its allowance (15 working
// minutes by default), throughput per person, patient messages delivered and failed, review agreement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accept, acknowledge, claim, complete, decline, raiseRedFlag, route } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import { decisionReviews } from '../../db/schema';
import { settleMessage } from '../../server/commands/settleMessage';
import { startMessageSend } from '../../server/commands/startMessageSend';
import { queueTestMessage } from '../helpers/outbox';
import { intakeBody } from '../helpers/fixtures';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';

let hub: TestHub;
let manager: Client;
let actors: Record<string, Actor>;
const PHARMACY: Actor = { kind: 'integration', id: 'pharmacy:FA101', name: 'High Street Test Pharmacy', roles: [], organisationOds: 'FA101' };

/** One hour per journey, from Tuesday 24 November 2026 08:00 (GMT), nine a day, within opening hours. */
let slot = -1;
function nextSlot(): number {
  slot++;
  const day = Math.floor(slot / 9);
  return Date.parse(`2026-11-${24 + day}T${String(8 + (slot % 9)).padStart(2, '0')}:00:00.000Z`);
}

async function offered(destination: object): Promise<{ id: number; handoffId: number; start: number }> {
  const start = nextSlot();
  hub.clock.set(new Date(start).toISOString());
  const { row } = await hub.admit(intakeBody({ submittedAt: new Date(start).toISOString() }), SYSTEM_ACTOR);
  const claimed = await hub.execute(claim, { actor: actors.coordinator1!, consultationId: row.id, body: {} });
  const routed = await hub.execute(route, { actor: actors.coordinator1!, consultationId: row.id, body: { ...destination, reason: { code: 'protocol_match' }, expectedVersion: claimed.row.version } });
  return { id: row.id, handoffId: routed.row.pendingHandoffId!, start };
}
const after = (start: number, minutes: number) => hub.clock.set(new Date(start + minutes * 60_000).toISOString());

beforeAll(async () => {
  hub = await startTestHub({ now: '2026-11-24T08:00:00.000Z' });
  const staff = (username: string): Actor => {
    const row = hub.db.q.staff.byUsername(username)!;
    return { kind: 'staff', id: row.id, name: row.name, roles: row.roles, practiceOds: row.practiceOds };
  };
  actors = Object.fromEntries(['coordinator1', 'anp1', 'physio1', 'lead1'].map((u) => [u, staff(u)]));
  // The ANP team accepts after 5, 10, 15, 20 and 25 working minutes, and completes each.
  for (const minutes of [5, 10, 15, 20, 25]) {
    const o = await offered({ destination: 'anp' });
    after(o.start, minutes);
    await hub.execute(accept, { actor: actors.anp1!, consultationId: o.id, body: { handoffId: o.handoffId } });
    await hub.execute(complete, { actor: actors.anp1!, consultationId: o.id, body: { outcome: 'advice_given' } });
  }
  // The physio team declines five.
  for (let i = 0; i < 5; i++) {
    const o = await offered({ destination: 'physio' });
    after(o.start, 3);
    await hub.execute(decline, { actor: actors.physio1!, consultationId: o.id, body: { handoffId: o.handoffId, reason: 'not for this team' } });
  }
  // The pharmacy acknowledges five referrals after 15 to 55 working minutes.
  for (const minutes of [15, 25, 35, 45, 55]) {
    const o = await offered({ destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' });
    after(o.start, minutes);
    await hub.execute(acknowledge, { actor: PHARMACY, consultationId: o.id, body: { handoffId: o.handoffId } });
  }
  // Six red flags raised by hand go to the duty clinician; five accepted within 15 minutes, one after 20.
  for (const minutes of [5, 5, 10, 10, 15, 20]) {
    const start = nextSlot();
    hub.clock.set(new Date(start).toISOString());
    const { row } = await hub.admit(intakeBody({ submittedAt: new Date(start).toISOString() }), SYSTEM_ACTOR);
    const raised = await hub.execute(raiseRedFlag, { actor: actors.coordinator1!, consultationId: row.id, body: { reason: 'sounds clammy and mottled', ruleId: 'sepsis_signs' } });
    const escalated = hub.db.q.consultations.byId(row.id)!;
    expect(escalated.pendingDestination, JSON.stringify(raised.item.status)).toBe('duty_clinician');
    after(start, minutes);
    await hub.execute(accept, { actor: actors.lead1!, consultationId: row.id, body: { handoffId: escalated.pendingHandoffId } });
  }
  // Reviews are written here as the review part would.
  const first = hub.db.q.stats.allRequestFacts()[0]!.consultationId;
  const handoffs = hub.db.q.stats.allHandoffFacts();
  // Five messages reach the patient and two fail, each settled through the outbox's operations (which count them).
  for (const status of ['delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'failed', 'failed'] as const) {
    const { id: messageId } = queueTestMessage(hub, { consultationId: first });
    const send = { actor: SYSTEM_ACTOR };
    await hub.execute(startMessageSend, { ...send, body: { messageId } });
    const settled = status === 'delivered' ? { status } : { status, failure: 'permanent_failure' as const };
    await hub.execute(settleMessage, { ...send, body: { messageId, ...settled } });
  }
  hub.db.write(() => {
    handoffs.slice(0, 6).forEach((h, i) =>
      hub.db.orm.insert(decisionReviews).values({ handoffId: h.handoffId, consultationId: h.consultationId, verdict: i < 5 ? 'agree' : 'disagree', severity: 'none', reviewerId: '1', reviewerName: 'Dr Lee Lead', reviewedAt: hub.clock.now(), decidedById: h.offeredById, decidedByName: 'Coordinator 1', decidedAt: Date.parse('2026-11-24T12:00:00.000Z'), destination: h.destination }).run(),
    );
  });
  manager = await hub.signIn('manager1');
});
afterAll(() => hub.stop());

const PERIOD = 'from=2026-11-24&to=2026-11-27';

describe('hand-offs per team', () => {
  it('measures acceptance time, declines and external acknowledgement per destination', async () => {
    const { rows } = await json(await manager.get(`/api/stats/teams?${PERIOD}`));
    const of = (d: string) => rows.find((r: { destination: string }) => r.destination === d);
    expect(of('anp')).toMatchObject({ offered: 5, accepted: 5, declined: 0, expired: 0, acceptance_median_wm: 15, decline_rate: 0, expiry_rate: 0, external_ack_median_wm: null });
    expect(of('physio')).toMatchObject({ offered: 5, declined: 5, decline_rate: 1, acceptance_median_wm: null });
    expect(of('pharmacy_minor_illness')).toMatchObject({ offered: 5, acknowledged: 5, external_ack_median_wm: 35, decline_rate: null });
    // 5, 5, 10, 10, 15, 20: the 3rd of 6.
    expect(of('duty_clinician')).toMatchObject({ offered: 6, accepted: 6, acceptance_median_wm: 10 });
  });

  it('gives the hub-wide rates, red-flag acceptance, messages and review agreement in the summary', async () => {
    const { rows } = await json(await manager.get(`/api/stats/summary?${PERIOD}`));
    const value = (m: string) => rows.find((r: { metric: string }) => r.metric === m).value;
    expect(value('decline_rate')).toBe(0.3125); // 5 declined of 16 answered
    expect(value('expiry_rate')).toBe(0);
    expect(value('red_flag_acceptance_sla_rate')).toBe(0.8333); // 5 of 6
    expect(value('external_ack_median_wm')).toBe(35);
    expect(value('messages_delivered')).toBe(5);
    expect(value('messages_failed')).toBe('<5');
    expect(value('review_agreement_rate')).toBe(0.8333);
  });

  it('counts each person’s decisions and completions, never the hub’s own escalations', async () => {
    const { rows } = await json(await manager.get(`/api/stats/staff?${PERIOD}`));
    expect(rows).toEqual([
      { name: 'Ana Nurse', role: 'anp', decisions: 0, completions: 5 },
      { name: 'Coordinator 1', role: 'coordinator', decisions: 15, completions: 0 },
    ]);
  });
});
