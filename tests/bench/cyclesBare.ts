// Figure H1's bare side: one better-sqlite3 transaction per step of a hand-off cycle, on its own
// file with the hub's migrated schema and pragmas (WAL, synchronous=FULL), writing the rows the
// census saw the hub write in that step, the sha256 audit chain included.
import Database from 'better-sqlite3';
import { bareCopyOf } from './bareCopy';
import { bareWrites } from './bareWrites';
import { join } from 'node:path';
import type { Hub } from '../../server/app';
import { STEPS, census, type CycleSide, type Step } from './cycles';

/** Which rows the bare side writes in a step: what the census saw the hub write in it. */
export interface StepPlan {
  handoffInsert: boolean;
  handoffAnswer: boolean;
  liabilityClose: boolean;
  liabilityInsert: boolean;
}

export function bareSide(dir: string, source: Hub, plans: () => Record<Step, StepPlan>): CycleSide & { db: Database.Database } {
  const db = bareCopyOf(source, join(dir, 'bare.sqlite'), ['staff', 'consultations', 'liability_intervals']);
  const ids = (db.prepare("select id from consultations where status = 'queued' order by id").all() as { id: number }[]).map((r) => r.id);
  const staff = (username: string) => db.prepare('select id, name from staff where username = ?').get(username) as { id: number; name: string };
  const coordinator = staff('coordinator1');
  const anp = staff('anp1');

  type Row = Record<string, unknown> & { id: number; status: string; version: number; claimed_by: number | null; assignee_id: number | null; pending_destination: string | null; red_flags: string; first_action_at: number | null };
  const load = db.prepare('select * from consultations where id = ?');
  const writes = bareWrites(db);
  const insertHandoff = db.prepare(
    'insert into handoffs (consultation_id, destination, details, reason_code, reason_text, suggestion_followed, offered_by_id, offered_by_name, offered_at, expires_at, status) values (?, ?, ?, ?, null, null, ?, ?, ?, ?, ?) returning id',
  );
  const answerHandoff = db.prepare(
    "update handoffs set status = ?, responded_by_id = ?, responded_by_name = ?, responded_at = ?, response_reason = null where id = ? and status = 'offered'",
  );
  const auditState = (r: Row) =>
    JSON.stringify({ status: r.status, version: r.version, claimedBy: r.claimed_by, assigneeId: r.assignee_id, pendingDestination: r.pending_destination, redFlags: JSON.parse(r.red_flags) });
  const basis = 'hub protocol CN v3 signed off by the GP clinical lead';

  /** One step's transaction body: load, the step's own writes, the request row, liability, feed, audit. */
  const step = (
    name: Step,
    actor: { id: number; name: string; role: string },
    change: (before: Row, now: number, handoffId: number | null) => Partial<Row>,
    liability: (now: number, handoffId: number | null) => [string, string, string, string, string, string, string],
    reason: string | null,
  ) =>
    db.transaction((id: number, handoffId: number | null): number | null => {
      const plan = plans()[name];
      const now = Date.now();
      const before = load.get(id) as Row;
      let hid = handoffId;
      if (plan.handoffInsert) {
        hid = (insertHandoff.get(id, 'anp', '{}', 'protocol_match', String(actor.id), actor.name, now, now + 30 * 60_000, 'offered') as { id: number }).id;
      }
      if (plan.handoffAnswer && answerHandoff.run('accepted', String(actor.id), actor.name, now, hid).changes !== 1) throw new Error('already answered');
      const after = { ...before, ...change(before, now, hid), version: before.version + 1, updated_at: now } as Row;
      writes.writeLifecycle(after, id, before.version);
      const next = plan.liabilityInsert ? liability(now, hid) : undefined;
      if (plan.liabilityClose) writes.moveLiability(id, now, next);
      else if (next) writes.openLiability(id, now, next);
      writes.record({ id, type: name, actorId: String(actor.id), actorRole: actor.role, status: after.status, version: after.version, before: auditState(before), after: auditState(after), reason, now });
      return hid;
    });

  const asCoordinator = { ...coordinator, role: 'coordinator' };
  const asAnp = { ...anp, role: 'anp' };
  const tx = {
    claim: step(
      'claim',
      asCoordinator,
      (_b, now) => ({ status: 'in_triage', claimed_by: coordinator.id, lease_expires_at: now + 600_000 }),
      () => ['person', String(coordinator.id), coordinator.name, 'role', 'duty_clinician', 'Hub duty clinician', `claimed for triage by ${coordinator.name} (care coordinator); ${basis}`],
      null,
    ),
    route: step(
      'route',
      asCoordinator,
      (b, now, hid) => ({
        status: 'offered',
        claimed_by: null,
        lease_expires_at: null,
        pending_destination: 'anp',
        pending_handoff_id: hid,
        first_action_at: b.first_action_at ?? now,
        returned_because: null,
      }),
      (_now, hid) => ['team', 'anp', 'ANP team', 'role', 'duty_clinician', 'Hub duty clinician', `offered to ANP team in hand-off #${hid}; Hub duty clinician accountable until it is accepted`],
      'anp: protocol_match',
    ),
    accept: step(
      'accept',
      asAnp,
      () => ({ status: 'with_clinician', assignee_id: anp.id, pending_destination: null, pending_handoff_id: null, returned_because: null }),
      (_now, hid) => ['person', String(anp.id), anp.name, 'person', String(anp.id), anp.name, `accepted hand-off #${hid}`],
      null,
    ),
    complete: step(
      'complete',
      asAnp,
      (_b, now) => ({ status: 'closed', assignee_id: anp.id, closed_at: now, outcome: 'advice_given' }),
      () => ['', '', '', '', '', '', ''],
      'advice_given',
    ),
  };
  const handoffOf = new Map<number, number | null>();
  const steps = (i: number): Record<Step, () => void> => {
    const id = ids[i]!;
    return {
      claim: () => void tx.claim.immediate(id, null),
      route: () => void handoffOf.set(i, tx.route.immediate(id, null)),
      accept: () => void tx.accept.immediate(id, handoffOf.get(i) ?? null),
      complete: () => {
        tx.complete.immediate(id, null);
        handoffOf.delete(i);
      },
    };
  };
  return {
    db,
    steps,
    cycle(i, latency) {
      const s = steps(i);
      for (const name of STEPS) {
        const t0 = performance.now();
        s[name]();
        latency?.[name].push(performance.now() - t0);
      }
    },
    census: () => census(db),
    sqlite: db,
  };
}
