// Runs the history through the hub's real command path: simulated time on a manual clock, each
// request's next step sent through execute() when its time comes, every step due in the same
// minute sent together (so group commit shares their transaction), and the hub's own scheduler
// ticked as time passes, so SLA breaches, lapsed offers and unacknowledged referrals are the
// scheduler's own doing. Every invariant the hub keeps holds by construction (docs/history.md).
import type { ConsultationRow } from '../../../db/schema';
import { seededRandom } from '../../../db/seed/demoPatients';
import type { Hub } from '../../app';
import type { manualClock } from '../../clock';
import { accept, acknowledge, claim, complete, decline, escalate, route } from '../../commands';
import { admit } from '../../commands/admit';
import { recordMessageAccepted } from '../../commands/recordMessageAccepted';
import { settleMessage } from '../../commands/settleMessage';
import { startMessageSend } from '../../commands/startMessageSend';
import { SYSTEM_ACTOR } from '../../../shared/lifecycle/events';
import { HttpError } from '../../http/errors';
import type { Actor } from '../../../shared/lifecycle/events';
import { Journey, type Staffing, type Timed } from './journey';
import { memberOn, type HistoryPractice } from './organisation';
import { REQUESTS_PER_1000_PER_DAY, arrivalsOn, dayFactor, poisson, type WorkingDay } from './patterns';
import { planRequest } from './requests';
import { EventQueue } from './eventQueue';

export interface SimulationInput {
  hub: Hub & { clock: ReturnType<typeof manualClock> };
  days: readonly WorkingDay[];
  practices: readonly HistoryPractice[];
  staff: Staffing;
  seed: number;
  /** The history ends here (the last day's close, or now if that is sooner): nothing is sent after it. */
  until: number;
  /** Steps due within one slot are sent together and stamped with the slot's first time. */
  slotMs?: number;
  onProgress?: (p: Progress) => void;
}

export interface Progress {
  daysDone: number;
  daysTotal: number;
  requests: number;
  commands: number;
  /** Commands the hub refused because the scheduler (or another step) got there first; the journey carried on from where the request was. */
  refused: number;
  simulatedAt: number;
}

const MINUTE = 60_000;

/** A per-request random source: the same seed gives the same request wherever it falls in a batch. */
const streamFor = (seed: number, day: number, practice: number, k: number) => seededRandom((seed * 2_654_435_761) ^ (day * 40_503 + practice * 7_919 + k * 104_729));

export async function simulate(input: SimulationInput): Promise<Progress> {
  const { hub, days, practices, staff, seed } = input;
  const slotMs = input.slotMs ?? MINUTE;
  const { calendar, sla } = hub.settings();
  const queue = new EventQueue<{ journey: Journey; step: Timed }>();
  const progress: Progress = { daysDone: 0, daysTotal: days.length, requests: 0, commands: 0, refused: 0, simulatedAt: days[0]?.open ?? 0 };
  const practiceActor = (p: HistoryPractice): Actor => ({ kind: 'integration', id: `practice:${p.ods}`, name: p.name, roles: [], organisationOds: p.ods });

  function arrive(dayIndex: number): void {
    const day = days[dayIndex]!;
    const factor = dayFactor(day, days.length > 1 ? dayIndex / (days.length - 1) : 0);
    practices.forEach((practice, p) => {
      if (!memberOn(practice, day.date)) return;
      const rng = streamFor(seed, dayIndex, p, 0);
      const count = poisson(rng, (practice.listSize / 1000) * REQUESTS_PER_1000_PER_DAY * factor);
      arrivalsOn(day, count, rng).forEach((at, k) => {
        if (at > input.until) return;
        const own = streamFor(seed, dayIndex, p, k + 1);
        const journey = new Journey(planRequest(practice.ods, at, own), at, own, staff, { calendar, sla });
        queue.push(at, { journey, step: { kind: 'admit', at } });
      });
    });
  }

  async function run(journey: Journey, step: Timed): Promise<ConsultationRow> {
    const now = hub.clock.now();
    if (step.kind === 'admit') {
      const practice = practices.find((p) => p.ods === journey.plan.request.practiceOds)!;
      const admitted = await hub.execute(admit, { actor: practiceActor(practice), body: { request: journey.plan.request } });
      journey.id = admitted.id;
      progress.requests++;
      return admitted.row;
    }
    const consultationId = journey.id!;
    const row = hub.db.q.consultations.byId(consultationId)!;
    const send = (definition: Parameters<typeof hub.execute>[0], actor: Actor, body: unknown) =>
      hub.execute(definition, { actor, consultationId, body }).then((c) => (c as { row: ConsultationRow }).row);
    switch (step.kind) {
      case 'recheck':
        return row;
      case 'claim':
        return send(claim, step.actor, { expectedVersion: row.version });
      case 'route':
        return send(route, step.actor, { ...step.body, expectedVersion: row.version });
      case 'escalate':
        return send(escalate, step.actor, { expectedVersion: row.version, reason: 'Needs the duty clinician’s assessment today' });
      case 'accept':
        return send(accept, step.actor, { handoffId: row.pendingHandoffId });
      case 'decline':
        return send(decline, step.actor, { handoffId: row.pendingHandoffId, reason: 'No capacity in this session; please re-route' });
      case 'complete':
        return send(complete, step.actor, { outcome: journey.plan.outcome });
      case 'acknowledge': {
        const ods = row.pendingOrganisationOds!;
        const actor: Actor = { kind: 'integration', id: `pharmacy:${ods}`, name: hub.db.q.practices.pharmacy(ods)?.name ?? ods, roles: [], organisationOds: ods };
        return send(acknowledge, actor, { handoffId: row.pendingHandoffId });
      }
    }
    throw new Error(`unknown step at ${now}`);
  }

  /**
   * The patient messages a decision queued, delivered at once through the outbox's own operations (as the
   * embedded transport would), so self-care and self-referral close on delivery and a hub started on the
   * history finds no backlog of unsent messages (docs/history.md).
   */
  async function deliverQueued(consultationId: number): Promise<void> {
    for (const message of hub.db.q.messages.forConsultation(consultationId)) {
      if (message.status !== 'queued') continue;
      const body = { messageId: message.id };
      await hub.execute(startMessageSend, { actor: SYSTEM_ACTOR, body });
      await hub.execute(recordMessageAccepted, { actor: SYSTEM_ACTOR, body: { ...body, transport: 'embedded', providerId: `history-${message.reference}` } });
      await hub.execute(settleMessage, { actor: SYSTEM_ACTOR, body: { ...body, status: 'delivered' } });
      progress.commands += 3;
    }
  }

  /** Sends one step; a refusal (the scheduler moved the request first) is counted, and the journey goes on from where the request is. */
  async function advance(journey: Journey, step: Timed): Promise<void> {
    let row: ConsultationRow;
    try {
      row = await run(journey, step);
      if (step.kind !== 'recheck') progress.commands++;
      if ((step.kind === 'route' || step.kind === 'complete') && journey.id !== undefined) {
        await deliverQueued(journey.id);
        row = hub.db.q.consultations.byId(journey.id)!;
      }
    } catch (err) {
      if (!(err instanceof HttpError) || journey.id === undefined) throw err;
      progress.refused++;
      row = hub.db.q.consultations.byId(journey.id)!;
    }
    const next = journey.next(row, hub.clock.now());
    if (next) queue.push(Math.max(next.at, hub.clock.now() + 1), { journey, step: next });
  }

  let dayIndex = 0;
  let lastTick = days[0]?.open ?? 0;
  let tickDay = 0;
  /** The scheduler's ticks up to `until`: every minute while the hub is open, then at the next opening. */
  async function tickUntil(until: number): Promise<void> {
    let t = lastTick + MINUTE;
    while (t <= until) {
      while (tickDay < days.length && days[tickDay]!.close < t) tickDay++;
      const day = days[tickDay];
      if (!day) break;
      if (t < day.open) t = day.open;
      if (t > until) break;
      hub.clock.set(t);
      await hub.scheduler.tick();
      lastTick = t;
      t += MINUTE;
    }
  }

  for (;;) {
    const nextDayAt = dayIndex < days.length ? days[dayIndex]!.open : Infinity;
    const nextEventAt = queue.peekAt() ?? Infinity;
    // Nothing after the cut-off: what is still open then is the hub's backlog as the history ends.
    if (Math.min(nextDayAt, nextEventAt) > input.until) break;
    if (nextDayAt <= nextEventAt) {
      arrive(dayIndex++);
      progress.daysDone = dayIndex - 1;
      continue;
    }
    const slotEnd = Math.floor(nextEventAt / slotMs) * slotMs + slotMs;
    await tickUntil(nextEventAt);
    const batch = queue.popBefore(Math.min(slotEnd, nextDayAt));
    hub.clock.set(Math.max(hub.clock.now(), nextEventAt));
    progress.simulatedAt = hub.clock.now();
    await Promise.all(batch.map(({ journey, step }) => advance(journey, step)));
    input.onProgress?.(progress);
  }
  // Up to the cut-off: deadlines falling before it are recorded, as the live hub would.
  await tickUntil(input.until);
  progress.daysDone = days.length;
  input.onProgress?.(progress);
  return progress;
}
