// A period holding most of a month reads the hub's monthly histogram rows with the days outside the
// period taken away (docs/metrics.md, "Reading"): the medians and percentiles must still be those of
// exactly the period's requests and hand-offs. Journeys on days either side of month ends, then periods
// that cut the months every way, each held to a recount of the facts rows.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accept, claim, complete, route } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import { intakeBody } from '../helpers/fixtures';
import { startTestHub, type TestHub } from '../helpers/hub';
import { fromCounters, recount } from '../helpers/statsRecount';

let hub: TestHub;

/** Weekdays either side of the October, November and December month ends (GMT), within opening hours. */
const DAYS = ['2026-10-28', '2026-10-29', '2026-11-02', '2026-11-03', '2026-11-25', '2026-11-30', '2026-12-01', '2026-12-02'];

beforeAll(async () => {
  hub = await startTestHub({ now: '2026-10-28T08:00:00.000Z' });
  const staff = (username: string): Actor => {
    const row = hub.db.q.staff.byUsername(username)!;
    return { kind: 'staff', id: row.id, name: row.name, roles: row.roles, practiceOds: row.practiceOds };
  };
  const [coordinator, anp] = [staff('coordinator1'), staff('anp1')];
  for (const [d, day] of DAYS.entries()) {
    for (let i = 0; i < 3; i++) {
      const start = Date.parse(`${day}T${String(9 + 2 * i).padStart(2, '0')}:00:00.000Z`);
      hub.clock.set(new Date(start).toISOString());
      const { row } = await hub.admit(intakeBody({ submittedAt: new Date(start).toISOString() }), SYSTEM_ACTOR);
      // A different first-action, acceptance and outcome time for each journey, so every histogram has many values.
      hub.clock.set(new Date(start + (3 + d + i) * 60_000).toISOString());
      const claimed = await hub.execute(claim, { actor: coordinator, consultationId: row.id, body: {} });
      const routed = await hub.execute(route, { actor: coordinator, consultationId: row.id, body: { destination: 'anp', reason: { code: 'protocol_match' }, expectedVersion: claimed.row.version } });
      hub.clock.set(new Date(start + (20 + 7 * d + i) * 60_000).toISOString());
      await hub.execute(accept, { actor: anp, consultationId: row.id, body: { handoffId: routed.row.pendingHandoffId! } });
      if (i < 2) {
        hub.clock.set(new Date(start + (60 + 11 * d + 5 * i) * 60_000).toISOString());
        await hub.execute(complete, { actor: anp, consultationId: row.id, body: { outcome: 'advice_given' } });
      }
    }
  }
});
afterAll(() => hub.stop());

it('answers a period holding most of a month, or parts of several, as a recount of its own requests', () => {
  const periods = [
    { from: '2026-10-29', to: '2026-11-29' }, // most of November, the end of October
    { from: '2026-11-03', to: '2026-12-01' }, // November without its first two days, the start of December
    { from: '2026-11-02', to: '2026-11-30' }, // one month less one day at its start
    { from: '2026-11-03', to: '2026-11-26' }, // inside one month, days cut from both ends
    { from: '2026-10-01', to: '2026-12-31' }, // whole months
    { from: '2026-11-25', to: '2026-12-02' }, // a few days either side of a month's end
  ];
  const now = hub.clock.now();
  for (const p of periods) {
    const r = { ...p, practice: null };
    const counted = recount(hub.db, r, now);
    expect(counted.firstAction.size, `${p.from}..${p.to}`).toBeGreaterThan(0);
    expect(fromCounters(hub.db, r, now), `${p.from}..${p.to}`).toEqual(counted);
  }
});
