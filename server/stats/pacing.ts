// Managers' asks for figures are paced per person, so a dashboard reloaded in a tight loop (or a script
// pulling every CSV) can never crowd clinical work off the hub's one event loop (docs/metrics.md, "Paced
// asks"). Each person is answered at most `perSecond` times a second, one turn every 1/perSecond s
// (not perSecond at once at the start of each second: a loop's whole second of asks in one burst was what
// held up commands, docs/benchmarks.md S3); further asks wait their turn in order, and only a person
// with `waiting` asks already queued is refused (429, with Retry-After). A page asks once per load and
// at most once a second live, so a person at a screen waits half a second at most, and only for a
// second ask within the same half second.
// Turns are counted by rate-limiter-flexible's queue in memory, keyed by staff id (bounded by the staff
// list); a second node would put the same limiter on a shared store behind this interface.
import { RateLimiterMemory, RateLimiterQueue, RateLimiterQueueError } from 'rate-limiter-flexible';

export type PacingVerdict = { go: true } | { go: false; retryAfterSeconds: number };

export interface StatsPacing {
  /** Resolves when this person's ask may be answered, or refuses it when too many of theirs already wait. */
  turn(personId: number): Promise<PacingVerdict>;
}

export interface StatsPacingOptions {
  perSecond?: number;
  waiting?: number;
}

/**
 * The hub's pace: answers a second for one person, and how many of their asks may wait (two seconds'
 * worth). Twice a second, not four times: five managers reloading in a loop at four held coordinators'
 * command p99 at 1.30-1.37x of their own over a 35-day history, at two 1.16-1.25x; the target is 1.2x
 * and runs of the same load spread by about 0.15 (docs/benchmarks.md, S3).
 */
export const STATS_ASKS_PER_SECOND = 2;
export const STATS_ASKS_WAITING = 4;

export function createStatsPacing({ perSecond = STATS_ASKS_PER_SECOND, waiting = STATS_ASKS_WAITING }: StatsPacingOptions = {}): StatsPacing {
  const queue = new RateLimiterQueue(new RateLimiterMemory({ keyPrefix: 'stats_asks', points: 1, duration: 1 / perSecond }), { maxQueueSize: waiting });
  return {
    async turn(personId) {
      try {
        await queue.removeTokens(1, String(personId));
        return { go: true };
      } catch (error) {
        if (error instanceof RateLimiterQueueError) return { go: false, retryAfterSeconds: Math.max(1, Math.ceil(waiting / perSecond)) };
        throw error;
      }
    },
  };
}
