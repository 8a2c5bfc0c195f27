// Timers enter the same command path as people do: each tick finds what has run out
// (claim leases, unanswered offers, red flags not accepted in time, unacknowledged referrals, SLA deadlines) and sends the event as the scheduler.
import { SYSTEM_ACTOR } from '../shared/lifecycle/events';
import type { HubDatabase } from '../db/open';
import type { Clock } from './clock';
import { expireLease, expireOffer, expireReferral, recordBreach } from './commands';
import { expireSessions } from './commands/sessions';
import { expireIdempotencyKeys } from './commands/expireIdempotencyKeys';
import type { Execute } from './commands/execute';
import type { Operation } from './commands/definition';
import { HttpError } from './http/errors';
import type { Logger } from './logger';

/**
 * At most this many events a tick. Changes commit in the order they are sent, so a backlog sent
 * whole (thousands of breaches after the hub was down a while) would queue every person's command
 * behind it; in chunks, people's commands go in between. The next chunk follows at once.
 */
export const MAX_EVENTS_PER_TICK = 200;

/** Housekeeping that is never urgent (expired intake keys) runs at most this often. */
const HOUSEKEEPING_MS = 60 * 60_000;

/** One event the scheduler sends: what it is (for the log), the operation and its call. */
export interface DueEvent {
  what: string;
  ids: Record<string, number>;
  operation: Operation<unknown, unknown>;
  consultationId?: number;
  body: unknown;
}

/**
 * What has run out at `now`, most urgent first, up to MAX_EVENTS_PER_TICK: the scheduler's tick sends
 * these, and the history generator's bulk path performs the same events in the same order (docs/history.md).
 */
export function dueEvents(db: HubDatabase, now: number): DueEvent[] {
  const due: DueEvent[] = [];
  const room = () => due.length < MAX_EVENTS_PER_TICK;
  const event = (what: string, ids: Record<string, number>, operation: Operation<unknown, unknown>, consultationId: number, body: unknown) =>
    due.push({ what, ids, operation, consultationId, body });
  for (const id of db.q.consultations.expiredLeases(now)) {
    if (!room()) break;
    event('lease expiry', { consultationId: id }, expireLease, id, {});
  }
  for (const handoff of db.q.handoffs.due(now)) {
    if (!room()) break;
    const status = db.q.consultations.byId(handoff.consultationId)?.status;
    const ids = { handoffId: handoff.id };
    if (status === 'offered' && handoff.reasonCode === 'red_flag_escalation') {
      // A red flag never goes quietly back to the queue: it is escalated to the clinical lead, still offered.
      event('red flag escalation', ids, recordBreach, handoff.consultationId, { deadline: 'red_flag_acceptance', handoffId: handoff.id });
      continue;
    }
    event('hand-off expiry', ids, status === 'offered' ? expireOffer : expireReferral, handoff.consultationId, { handoffId: handoff.id });
  }
  for (const breach of db.q.consultations.dueBreaches(now)) {
    if (!room()) break;
    event('SLA breach', { consultationId: breach.id }, recordBreach, breach.id, { deadline: breach.deadline });
  }
  return due;
}

export function createScheduler(deps: {
  db: HubDatabase;
  clock: Clock;
  execute: Execute;
  log: Logger;
  intervalMs?: number;
  /** Sessions' uses since the last tick, recorded before idle sessions are ended (server/auth/sessions.ts). */
  sessionUse?: { activity(): { tokenHash: string; at: number }[]; idleMinutes?: number };
}) {
  const { db, clock, execute, log, sessionUse } = deps;
  let timer: NodeJS.Timeout | undefined;
  let backlog = false;
  let lastHousekeeping = -Infinity;

  /**
   * One pass over what is due, most urgent first, up to MAX_EVENTS_PER_TICK; returns how many
   * events it sent. The events go together, so they share commits; one refused (someone acted
   * first: a release, a renewal) leaves the rest.
   */
  async function tick(): Promise<number> {
    const now = clock.now();
    const due = dueEvents(db, now);
    const sent = due.map((event) => ({ ...event, done: execute(event.operation, { actor: SYSTEM_ACTOR, consultationId: event.consultationId, body: event.body }) }));
    const room = () => sent.length < MAX_EVENTS_PER_TICK;
    // A full chunk may have left more due (at worst the next tick finds nothing).
    backlog = !room();
    const sessions = execute(expireSessions, { actor: SYSTEM_ACTOR, body: { activity: sessionUse?.activity() ?? [], idleMinutes: sessionUse?.idleMinutes } }).catch((error: unknown) =>
      log.error({ err: { message: (error as Error).message } }, 'session expiry failed'),
    );
    const housekeeping = now - lastHousekeeping >= HOUSEKEEPING_MS ? execute(expireIdempotencyKeys, { actor: SYSTEM_ACTOR, body: {} }) : undefined;
    if (housekeeping) lastHousekeeping = now;
    const results = await Promise.allSettled(sent.map((s) => s.done));
    await sessions;
    await housekeeping?.catch((error: unknown) => log.error({ err: { message: (error as Error).message } }, 'intake key expiry failed'));
    results.forEach((result, i) => {
      if (result.status === 'rejected' && !(result.reason instanceof HttpError)) {
        log.error({ err: { message: (result.reason as Error).message }, ...sent[i]!.ids }, `${sent[i]!.what} failed`);
      }
    });
    return results.filter((r) => r.status === 'fulfilled').length;
  }

  let running: Promise<number> | undefined;
  /** A tick still committing when the timer fires again is not overlapped by a second one. */
  function tickOnce(): Promise<number> {
    running ??= tick().finally(() => (running = undefined));
    return running;
  }

  /** A timer's tick, and while a backlog remains the next chunk, once waiting requests are read. */
  async function tickUntilCaughtUp(): Promise<void> {
    await tickOnce();
    while (backlog && timer) {
      await new Promise((resolve) => setImmediate(resolve));
      await tickOnce();
    }
  }

  return {
    tick: tickOnce,
    /** Whether the last tick left events due for the next one. */
    behind: () => backlog,
    start() {
      // A pass that fails (the disk, say) is logged, and the next timer tries again; left
      // unhandled, its rejection would stop the whole hub.
      const pass = () =>
        tickUntilCaughtUp().catch((error: unknown) => log.error({ err: { message: (error as Error).message } }, 'scheduler pass failed'));
      timer = setInterval(() => void pass(), deps.intervalMs ?? 2000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
