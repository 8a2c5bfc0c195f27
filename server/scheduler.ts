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

  /** One pass over everything due; returns how many events it sent. */
  function tick(): number {
    let sent = 0;
    for (const id of db.q.consultations.expiredLeases(clock.now())) {
      try {
        execute(expireLease, { actor: SYSTEM_ACTOR, consultationId: id, body: {} });
        sent++;
      } catch (err) {
        // Someone acted on it between the scan and the event (a release, a renewal): nothing to do.
        if (!(err instanceof HttpError)) log.error({ err: { message: (err as Error).message }, consultationId: id }, 'lease expiry failed');
      }
    }
    for (const due of db.q.handoffs.due(clock.now())) {
      const status = db.q.consultations.byId(due.consultationId)?.status;
      const definition = status === 'offered' ? expireOffer : expireReferral;
      try {
        execute(definition, { actor: SYSTEM_ACTOR, consultationId: due.consultationId, body: { handoffId: due.id } });
        sent++;
      } catch (err) {
        if (!(err instanceof HttpError)) log.error({ err: { message: (err as Error).message }, handoffId: due.id }, 'hand-off expiry failed');
      }
    }
    for (const breach of db.q.consultations.dueBreaches(clock.now())) {
      try {
        execute(recordBreach, { actor: SYSTEM_ACTOR, consultationId: breach.id, body: { deadline: breach.deadline } });
        sent++;
      } catch (err) {
        if (!(err instanceof HttpError)) log.error({ err: { message: (err as Error).message }, consultationId: breach.id }, 'SLA breach failed');
      }
    }
    db.q.staff.deleteExpiredSessions(clock.now());
    return sent;
  }

  return {
    tick,
    start() {
      timer = setInterval(tick, deps.intervalMs ?? 2000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
