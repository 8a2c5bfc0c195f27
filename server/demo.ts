// The demo hub (EHUB_DEMO=1): practices, pharmacies, staff sign-ins and synthetic requests,
// plus a trickle of new requests so the queue is alive whenever someone opens it.
import { DEMO_PHARMACIES, DEMO_PRACTICES, DEMO_STAFF, demoRequests, seededRandom, syntheticRequest } from '../db/seed/demoData';
import type { Hub } from './app';
import { hashSecretSync } from './auth/passwords';
import { sha256 } from './auth/sessions';
import { acknowledge } from './commands';
import { SYSTEM_ACTOR } from '../shared/lifecycle/events';
import type { DemoSecrets } from './demoSecrets';
import { fillDemoRota } from './demoRota';

const integrationActor = (ods: string, name: string) => ({ kind: 'integration' as const, id: `practice:${ods}`, name, roles: [] as [], organisationOds: ods });

/**
 * Seeds an empty database once; on every start, sets the demo sign-ins and intake key to the
 * secrets in force, so the printed ones always work.
 */
export async function seedDemo(hub: Hub, secrets: DemoSecrets): Promise<{ seeded: boolean }> {
  const { db } = hub;
  const seeded = db.q.practices.all().length === 0;
  const passwordHash = hashSecretSync(secrets.password);
  const keyHash = sha256(secrets.intakeKey);
  db.write(() => {
    if (seeded) {
      for (const practice of DEMO_PRACTICES) db.q.practices.insert({ ...practice, memberUntil: practice.memberUntil ?? null, intakeKeyHash: keyHash });
      for (const pharmacy of DEMO_PHARMACIES) db.q.practices.insertPharmacy({ ...pharmacy, integrationKeyHash: null });
      for (const person of DEMO_STAFF) {
        db.q.staff.insert({
          username: person.username,
          name: person.name,
          roles: person.roles,
          practiceOds: person.practiceOds ?? null,
          registrationBody: person.registrationBody ?? null,
          registrationNumber: person.registrationNumber ?? null,
          passwordHash,
        });
      }
    } else {
      for (const person of DEMO_STAFF) db.q.staff.setPassword(person.username, passwordHash);
      for (const practice of DEMO_PRACTICES) db.q.practices.setIntakeKeyHash(practice.ods, keyHash);
    }
  });
  hub.directory.refresh();
  // Before the first requests arrive, so their liability names the duty clinician; topped up on every start.
  await fillDemoRota(hub);
  if (seeded) {
    // Submitted together, so they share one commit, in this order.
    await Promise.all(
      recentRequests(new Date(hub.clock.now())).map((request) => {
        const practice = DEMO_PRACTICES.find((p) => p.ods === request.practiceOds)!;
        return hub.admit(request, integrationActor(practice.ods, practice.name));
      }),
    );
  }
  return { seeded };
}

/**
 * The demo requests, their arrival times compressed into the last five hours (order kept), so the
 * queue opens with a mix of fresh, amber and breached deadlines rather than three days of backlog.
 */
function recentRequests(now: Date) {
  const requests = demoRequests(now);
  const times = requests.map((r) => Date.parse(r.submittedAt));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const span = 5 * 3600_000;
  return requests.map((r, i) => ({
    ...r,
    submittedAt: new Date(now.getTime() - 2 * 60_000 - span * (1 - (times[i]! - first) / Math.max(1, last - first))).toISOString(),
  }));
}

/** The demo's community pharmacies acknowledge each referral a few minutes after it is sent. */
export function startDemoPharmacies(hub: Hub, delayMs = 3 * 60_000): () => void {
  const timer = setInterval(() => {
    const now = hub.clock.now();
    for (const row of hub.db.q.consultations.withStatus('redirected')) {
      if (row.pendingHandoffId === null) continue;
      const handoff = hub.db.q.handoffs.byId(row.pendingHandoffId);
      if (!handoff || now - handoff.offeredAt < delayMs) continue;
      hub.execute(acknowledge, { actor: SYSTEM_ACTOR, consultationId: row.id, body: { handoffId: handoff.id } }).catch((err: Error) => {
        hub.log.warn({ err: { message: err.message }, consultationId: row.id }, 'demo acknowledgement refused');
      });
    }
  }, 30_000);
  timer.unref();
  return () => clearInterval(timer);
}

/** A new synthetic request every 45 to 90 seconds while the demo hub runs. */
export function startDemoTrickle(hub: Hub): () => void {
  const rng = seededRandom(Date.now() % 2 ** 31);
  let timer: NodeJS.Timeout;
  const next = () => {
    timer = setTimeout(() => {
      const request = syntheticRequest(new Date(hub.clock.now()), rng);
      const practice = DEMO_PRACTICES.find((p) => p.ods === request.practiceOds)!;
      hub.admit(request, integrationActor(practice.ods, practice.name)).catch((err: Error) => {
        hub.log.error({ err: { message: err.message } }, 'demo trickle failed');
      });
      next();
    }, 45_000 + rng() * 45_000);
    timer.unref();
  };
  next();
  return () => clearTimeout(timer);
}
