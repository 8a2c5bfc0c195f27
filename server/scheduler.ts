// Timers enter the same command path as people do: each tick finds what has run out
// (claim leases, unanswered offers, unacknowledged referrals, SLA deadlines) and sends the event as the scheduler.
import { SYSTEM_ACTOR } from '../shared/lifecycle/events';
import type { HubDatabase } from '../db/open';
import type { Clock } from './clock';
import { expireLease, expireOffer, expireReferral, recordBreach } from './commands';
import type { Execute } from './commands/execute';
import { HttpError } from './http/errors';
import type { Logger } from './logger';

export function createScheduler(deps: { db: HubDatabase; clock: Clock; execute: Execute; log: Logger; intervalMs?: number }) {
  const { db, clock, execute, log } = deps;
  let timer: NodeJS.Timeout | undefined;

  /**
   * One pass over everything due; returns how many events it sent. The events go together, so they
   * share one commit; one refused (someone acted first: a release, a renewal) leaves the rest.
   */
  async function tick(): Promise<number> {
    const now = clock.now();
    const sent: { what: string; ids: Record<string, number>; done: Promise<unknown> }[] = [];
    for (const id of db.q.consultations.expiredLeases(now)) {
      sent.push({ what: 'lease expiry', ids: { consultationId: id }, done: execute(expireLease, { actor: SYSTEM_ACTOR, consultationId: id, body: {} }) });
    }
    for (const due of db.q.handoffs.due(now)) {
      const status = db.q.consultations.byId(due.consultationId)?.status;
      const definition = status === 'offered' ? expireOffer : expireReferral;
      const body = { handoffId: due.id };
      sent.push({ what: 'hand-off expiry', ids: { handoffId: due.id }, done: execute(definition, { actor: SYSTEM_ACTOR, consultationId: due.consultationId, body }) });
    }
    for (const breach of db.q.consultations.dueBreaches(now)) {
      const body = { deadline: breach.deadline };
      sent.push({ what: 'SLA breach', ids: { consultationId: breach.id }, done: execute(recordBreach, { actor: SYSTEM_ACTOR, consultationId: breach.id, body }) });
    }
    db.q.staff.deleteExpiredSessions(now);
    const results = await Promise.allSettled(sent.map((s) => s.done));
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

  return {
    tick: tickOnce,
    start() {
      timer = setInterval(() => void tickOnce(), deps.intervalMs ?? 2000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
