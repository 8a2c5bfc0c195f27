// Timers enter the same command path as people do: each tick finds what has run out
// (claim leases, unanswered offers, red flags not accepted in time, unacknowledged referrals, SLA deadlines) and sends the event as the scheduler.
import { SYSTEM_ACTOR } from '../shared/lifecycle/events';
import type { HubDatabase } from '../db/open';
import type { Clock } from './clock';
import { expireLease, expireOffer, expireReferral, recordBreach } from './commands';
import { expireSessions } from './commands/sessions';
import type { Execute } from './commands/execute';
import { HttpError } from './http/errors';
import type { Logger } from './logger';

/**
 * At most this many events a tick. Changes commit in the order they are sent, so a backlog sent
 * whole (thousands of breaches after the hub was down a while) would queue every person's command
 * behind it; in chunks, people's commands go in between. The next chunk follows at once.
 */
export const MAX_EVENTS_PER_TICK = 200;

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

  /**
   * One pass over what is due, most urgent first, up to MAX_EVENTS_PER_TICK; returns how many
   * events it sent. The events go together, so they share commits; one refused (someone acted
   * first: a release, a renewal) leaves the rest.
   */
  async function tick(): Promise<number> {
    const now = clock.now();
    const sent: { what: string; ids: Record<string, number>; done: Promise<unknown> }[] = [];
    const room = () => sent.length < MAX_EVENTS_PER_TICK;
    for (const id of db.q.consultations.expiredLeases(now)) {
      if (!room()) break;
      sent.push({ what: 'lease expiry', ids: { consultationId: id }, done: execute(expireLease, { actor: SYSTEM_ACTOR, consultationId: id, body: {} }) });
    }
    for (const due of db.q.handoffs.due(now)) {
      if (!room()) break;
      const status = db.q.consultations.byId(due.consultationId)?.status;
      const ids = { handoffId: due.id };
      if (status === 'offered' && due.reasonCode === 'red_flag_escalation') {
        // A red flag never goes quietly back to the queue: it is escalated to the clinical lead, still offered.
        const body = { deadline: 'red_flag_acceptance' as const, handoffId: due.id };
        sent.push({ what: 'red flag escalation', ids, done: execute(recordBreach, { actor: SYSTEM_ACTOR, consultationId: due.consultationId, body }) });
        continue;
      }
      const definition = status === 'offered' ? expireOffer : expireReferral;
      const body = { handoffId: due.id };
      sent.push({ what: 'hand-off expiry', ids, done: execute(definition, { actor: SYSTEM_ACTOR, consultationId: due.consultationId, body }) });
    }
    for (const breach of db.q.consultations.dueBreaches(now)) {
      if (!room()) break;
      const body = { deadline: breach.deadline };
      sent.push({ what: 'SLA breach', ids: { consultationId: breach.id }, done: execute(recordBreach, { actor: SYSTEM_ACTOR, consultationId: breach.id, body }) });
    }
    // A full chunk may have left more due (at worst the next tick finds nothing).
    backlog = !room();
    const sessions = execute(expireSessions, { actor: SYSTEM_ACTOR, body: { activity: sessionUse?.activity() ?? [], idleMinutes: sessionUse?.idleMinutes } }).catch((error: unknown) =>
      log.error({ err: { message: (error as Error).message } }, 'session expiry failed'),
    );
    const results = await Promise.allSettled(sent.map((s) => s.done));
    await sessions;
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
