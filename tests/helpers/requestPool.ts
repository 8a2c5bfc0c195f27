// Keeps a test hub stocked with requests in every status, so generated commands meet real ids,
// real versions and real pending hand-offs; generated cases use them up and this tops them up.
import { sql } from 'drizzle-orm';
import { claim, accept, complete, route } from '../../server/commands';
import type { AnyCommand } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import type { ConsultationStatus } from '../../shared/schemas/domain';
import { intakeBody } from './fixtures';
import type { TestHub } from './hub';
import type { TargetPool } from './hostileRequests';

const SAFETY = 'If it gets worse or you are worried, call NHS 111 or your practice.';
const REASON = { code: 'protocol_match' };

type Step = 'claim' | 'anp' | 'accept' | 'pharmacy' | 'practice' | 'selfCare' | 'complete';
const JOURNEYS: Record<Exclude<ConsultationStatus, 'cancelled'>, Step[]> = {
  queued: [],
  in_triage: ['claim'],
  offered: ['claim', 'anp'],
  with_clinician: ['claim', 'anp', 'accept'],
  redirected: ['claim', 'pharmacy'],
  returned_to_practice: ['claim', 'practice'],
  // Self-care waits for its message to reach the patient (docs/messaging.md); a clinician's outcome closes.
  awaiting_delivery: ['claim', 'anp', 'accept', 'selfCare'],
  closed: ['claim', 'anp', 'accept', 'complete'],
};

export function createRequestPool(hub: TestHub, perStatus = 3) {
  const staff = (username: string): Actor => {
    const row = hub.db.q.staff.byUsername(username)!;
    return { kind: 'staff', id: row.id, name: row.name, roles: row.roles, practiceOds: row.practiceOds };
  };
  const coordinator = staff('coordinator1');
  const anp = staff('anp1');

  async function run(id: number, step: Step) {
    const row = hub.db.q.consultations.byId(id)!;
    const send = (definition: unknown, actor: Actor, body: unknown) =>
      hub.execute(definition as AnyCommand, { actor, consultationId: id, body });
    const expectedVersion = row.version;
    if (step === 'claim') return send(claim, coordinator, {});
    if (step === 'anp') return send(route, coordinator, { destination: 'anp', reason: REASON, expectedVersion });
    if (step === 'accept') return send(accept, anp, { handoffId: row.pendingHandoffId });
    if (step === 'pharmacy') return send(route, coordinator, { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101', reason: REASON, expectedVersion });
    if (step === 'complete') return send(complete, anp, { outcome: 'advice_given', expectedVersion });
    if (step === 'practice') return send(route, coordinator, { destination: 'practice_gp', reason: REASON, expectedVersion });
    // Coordinators may not close with self-care under the default protocol; the accepting ANP may.
    return send(route, anp, { destination: 'self_care', safetyNetting: SAFETY, reason: REASON, expectedVersion });
  }

  const idsIn = (status: string) =>
    hub.db.orm.all<{ id: number; version: number; handoffId: number | null }>(
      status === 'any'
        ? sql`select id, version, pending_handoff_id as handoffId from consultations order by id`
        : sql`select id, version, pending_handoff_id as handoffId from consultations where status = ${status} order by id`,
    );

  return {
    /** Tops every status up to `perStatus` requests. */
    async fill() {
      for (const [status, journey] of Object.entries(JOURNEYS)) {
        for (let n = idsIn(status).length; n < perStatus; n++) {
          const admitted = await hub.admit(intakeBody({ submittedAt: new Date(hub.clock.now() - 60_000).toISOString() }), SYSTEM_ACTOR);
          for (const step of journey) await run(admitted.row.id, step);
        }
      }
    },
    /** A request of the pool (or any request), with its version and its pending or latest hand-off. */
    target(pool: TargetPool, pick: number) {
      const rows = idsIn(pool);
      const row = rows.length > 0 ? rows[pick % rows.length]! : { id: 1, version: 1, handoffId: null };
      const latest = hub.db.orm.get<{ id: number } | undefined>(sql`select id from handoffs where consultation_id = ${row.id} order by id desc limit 1`);
      return { ...row, handoffId: row.handoffId ?? latest?.id ?? null };
    },
  };
}
