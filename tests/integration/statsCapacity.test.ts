// Today's capacity, worked out here: arrivals so far against the same weekday over the previous eight
// weeks, the backlog, who is signed in, and when the backlog clears at today's closing rate in working hours.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { claim, route } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import { intakeBody } from '../helpers/fixtures';
import { json, startTestHub, type TestHub } from '../helpers/hub';
import { settleMessagesOf } from '../helpers/messages';

let hub: TestHub;
const SAFETY = 'If it gets worse or you are worried, call NHS 111 or your practice.';

async function arriveAt(iso: string) {
  hub.clock.set(iso);
  return (await hub.admit(intakeBody({ submittedAt: iso }), SYSTEM_ACTOR)).row.id;
}

beforeAll(async () => {
  hub = await startTestHub({ now: '2026-09-29T08:00:00.000Z' });
  // The eight Tuesdays before 24 November 2026: two requests before 10:00 and one after, each.
  for (let week = 8; week >= 1; week--) {
    const day = new Date(Date.parse('2026-11-24T00:00:00.000Z') - week * 7 * 86_400_000).toISOString().slice(0, 10);
    // Before the clocks went back (25 October) 09:00 London is 08:00 UTC.
    const bst = day < '2026-10-25';
    for (const hour of [9, 9, 14]) await arriveAt(`${day}T${String(hour - (bst ? 1 : 0)).padStart(2, '0')}:00:00.000Z`);
  }
  const row = hub.db.q.staff.byUsername('lead1')!;
  const lead: Actor = { kind: 'staff', id: row.id, name: row.name, roles: row.roles, practiceOds: null };
  // Today: six arrivals from 08:00, five of them resolved by 09:00.
  const today: number[] = [];
  for (let i = 0; i < 6; i++) today.push(await arriveAt(`2026-11-24T08:0${i}:00.000Z`));
  hub.clock.set('2026-11-24T09:00:00.000Z');
  for (const id of today.slice(0, 5)) {
    const claimed = await hub.execute(claim, { actor: lead, consultationId: id, body: {} });
    await hub.execute(route, { actor: lead, consultationId: id, body: { destination: 'self_care', safetyNetting: SAFETY, reason: { code: 'protocol_match' }, expectedVersion: claimed.row.version } });
    // Self-care is resolved once the advice is delivered (docs/messaging.md): at once, here.
    await settleMessagesOf(hub, id);
  }
  hub.clock.set('2026-11-24T10:00:00.000Z');
});
afterAll(() => hub.stop());

it("compares today's arrivals with the weekday's usual pattern and forecasts when the backlog clears", async () => {
  const manager = await hub.signIn('manager1');
  const answer = await json(await manager.get('/api/stats/capacity'));
  const value = (metric: string, role: string | null = null) => answer.rows.find((r: { metric: string; role: string | null }) => r.metric === metric && r.role === role)?.value;
  expect(answer.from).toBe('2026-11-24');
  expect(value('arrivals_today')).toBe(6);
  expect(value('usual_arrivals_by_now')).toBe(2); // 16 over eight Tuesdays
  expect(value('usual_arrivals_whole_day')).toBe(3); // 24 over eight
  expect(value('backlog_now')).toBe(25); // 24 older + 1 of today's
  expect(value('closed_today')).toBe(5);
  expect(value('clear_rate_per_working_hour')).toBe(2.5); // 5 in the two working hours since 08:00
  // 25 at 2.5 an hour: 10 working hours from Tuesday 10:00 is 8.5 on Tuesday and 1.5 on Wednesday.
  expect(value('forecast_clear_at')).toBe('2026-11-25T09:30:00.000Z');
  expect(value('signed_in', 'manager')).toBe(1);
  expect(value('signed_in', 'coordinator')).toBe(0);
});
