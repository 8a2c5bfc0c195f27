// Runs the history: simulated time on a manual clock, each request's next step sent when its time
// comes, every step due in the same minute sent together, and the hub's own scheduler pass run for
// every minute the hub is open, so SLA breaches, lapsed offers and unacknowledged referrals are the
// scheduler's own doing. The steps go to a backend (backends.ts): the command path, or the bulk path
// that performs the same operations in long transactions. Both receive the same calls in the same
// order, so both write the same rows (docs/history.md, "Two paths").
import { journeyStates, queuedMessages } from '../../../db/queries/historyBulk';
import { seededRandom } from '../../../db/seed/demoPatients';
import type { Hub } from '../../app';
import type { manualClock } from '../../clock';
import { accept, acknowledge, claim, complete, decline, escalate, route } from '../../commands';
import type { Admitted } from '../../commands/admit';
import { historyAdmit } from './screenMemo';
import { recordMessageAccepted } from '../../commands/recordMessageAccepted';
import { settleMessage } from '../../commands/settleMessage';
import { startMessageSend } from '../../commands/startMessageSend';
import { SYSTEM_ACTOR } from '../../../shared/lifecycle/events';
import { HttpError } from '../../http/errors';
import type { Actor } from '../../../shared/lifecycle/events';
import type { Call, HistoryBackend, Outcome } from './backends';
import { Journey, type Staffing, type Timed } from './journey';
import { memberOn, type HistoryPractice } from './organisation';
import { REQUESTS_PER_1000_PER_DAY, arrivalsOn, dayFactor, poisson, type WorkingDay } from './patterns';
import { planRequest } from './requests';
import { EventQueue } from './eventQueue';

export interface SimulationInput {
  hub: Hub & { clock: ReturnType<typeof manualClock> };
  /** Where the steps go: the command path or the bulk path (backends.ts). */
  backend: HistoryBackend;
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
  const { hub, backend, days, practices, staff, seed } = input;
  const slotMs = input.slotMs ?? MINUTE;
  const { calendar, sla } = hub.settings();
  const queue = new EventQueue<{ journey: Journey; step: Timed }>();
  const progress: Progress = { daysDone: 0, daysTotal: days.length, requests: 0, commands: 0, refused: 0, simulatedAt: days[0]?.open ?? 0 };
  const practiceActor = (p: HistoryPractice): Actor => ({ kind: 'integration', id: `practice:${p.ods}`, name: p.name, roles: [], organisationOds: p.ods });
  const byOds = new Map(practices.map((p) => [p.ods, p]));
  const stateOf = journeyStates(hub.db);
  const queuedFor = queuedMessages(hub.db);

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

  /** The call a step sends, from the request as it stood before the minute's steps were sent; none for a recheck. */
  function callFor(journey: Journey, step: Timed): Call | undefined {
    if (step.kind === 'admit') {
      const practice = byOds.get(journey.plan.request.practiceOds)!;
      return { operation: historyAdmit, actor: practiceActor(practice), body: { request: journey.plan.request } };
    }
    const consultationId = journey.id!;
    const row = stateOf(consultationId)!;
    const call = (operation: Call['operation'], actor: Actor, body: unknown): Call => ({ operation, actor, consultationId, body });
    switch (step.kind) {
      case 'recheck':
        return undefined;
      case 'claim':
        return call(claim, step.actor, { expectedVersion: row.version });
      case 'route':
        return call(route, step.actor, { ...step.body, expectedVersion: row.version });
      case 'escalate':
        return call(escalate, step.actor, { expectedVersion: row.version, reason: 'Needs the duty clinician’s assessment today' });
      case 'accept':
        return call(accept, step.actor, { handoffId: row.pendingHandoffId });
      case 'decline':
        return call(decline, step.actor, { handoffId: row.pendingHandoffId, reason: 'No capacity in this session; please re-route' });
      case 'complete':
        return call(complete, step.actor, { outcome: journey.plan.outcome });
      case 'acknowledge': {
        const ods = row.pendingOrganisationOds!;
        const actor: Actor = { kind: 'integration', id: `pharmacy:${ods}`, name: hub.db.q.practices.pharmacy(ods)?.name ?? ods, roles: [], organisationOds: ods };
        return call(acknowledge, actor, { handoffId: row.pendingHandoffId });
      }
    }
  }

  /** Counts an outcome: a refusal (the scheduler moved the request first) is counted and the journey goes on; anything else stops the run. */
  function counted(outcome: Outcome): boolean {
    if (outcome.ok) {
      progress.commands++;
      return true;
    }
    if (!(outcome.error instanceof HttpError)) throw outcome.error;
    progress.refused++;
    return false;
  }

  /**
   * The patient messages the minute's decisions queued, delivered at once through the outbox's own operations
   * (as the embedded transport would), so self-care and self-referral close on delivery and a hub started on
   * the history finds no backlog of unsent messages (docs/history.md). All the minute's messages take each step together.
   */
  async function deliver(consultationIds: readonly number[]): Promise<void> {
    let messages = consultationIds.flatMap(queuedFor);
    const steps: ((m: (typeof messages)[number]) => Call)[] = [
      (m) => ({ operation: startMessageSend, actor: SYSTEM_ACTOR, body: { messageId: m.id } }),
      (m) => ({ operation: recordMessageAccepted, actor: SYSTEM_ACTOR, body: { messageId: m.id, transport: 'embedded', providerId: `history-${m.reference}` } }),
      (m) => ({ operation: settleMessage, actor: SYSTEM_ACTOR, body: { messageId: m.id, status: 'delivered' } }),
    ];
    for (const step of steps) {
      if (messages.length === 0) return;
      const outcomes = await backend.send(messages.map(step));
      messages = messages.filter((_, i) => counted(outcomes[i]!));
    }
  }

  /** Sends the minute's steps together, delivers what they queued, then plans each journey's next step from where its request is. */
  async function advance(batch: readonly { journey: Journey; step: Timed }[]): Promise<void> {
    const calls: Call[] = [];
    const callIndex = batch.map(({ journey, step }) => {
      const call = callFor(journey, step);
      return call ? calls.push(call) - 1 : undefined;
    });
    const outcomes = await backend.send(calls);
    const decided: number[] = [];
    batch.forEach(({ journey, step }, i) => {
      const k = callIndex[i];
      if (k === undefined) return;
      const outcome = outcomes[k]!;
      // An intake refused is a fault in the generator, not a race with the scheduler.
      if (!outcome.ok && journey.id === undefined) throw outcome.error;
      if (!counted(outcome)) return;
      if (step.kind === 'admit') {
        journey.id = (outcome as { value: Admitted }).value.id;
        progress.requests++;
      }
      if (step.kind === 'route' || step.kind === 'complete') decided.push(journey.id!);
    });
    await deliver(decided);
    const now = hub.clock.now();
    for (const { journey } of batch) {
      const next = journey.next(stateOf(journey.id!)!, now);
      if (next) queue.push(Math.max(next.at, now + 1), { journey, step: next });
    }
  }

  let dayIndex = 0;
  let lastTick = days[0]?.open ?? 0;
  let tickDay = 0;
  let yieldedAt = Date.now();
  /** The scheduler's passes up to `until`: every minute while the hub is open, then at the next opening. */
  async function tickUntil(until: number): Promise<void> {
    let t = lastTick + MINUTE;
    while (t <= until) {
      while (tickDay < days.length && days[tickDay]!.close < t) tickDay++;
      const day = days[tickDay];
      if (!day) break;
      if (t < day.open) t = day.open;
      if (t > until) break;
      hub.clock.set(t);
      await backend.tick();
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
    await advance(batch);
    backend.slotDone();
    input.onProgress?.(progress);
    // The bulk path never waits on I/O: without a turn of the event loop now and then, the run stays
    // in the microtask queue for hours and a signal (Ctrl-C, kill) never reaches tsx's handler.
    if (Date.now() - yieldedAt > 250) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      yieldedAt = Date.now();
    }
  }
  // Up to the cut-off: deadlines falling before it are recorded, as the live hub would.
  await tickUntil(input.until);
  await backend.finish();
  progress.daysDone = days.length;
  input.onProgress?.(progress);
  return progress;
}
