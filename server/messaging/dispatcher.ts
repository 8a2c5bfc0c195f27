// The outbox's dispatcher (docs/notify.md): takes due messages and drives each through the outbox
// operations, always through execute() as the system:
//   queued    → startMessageSends (a batch committed `sending` before Notify is called for any of it) →
//               send each → the batch's acceptances recorded in one commit | deferred with backoff |
//               held (the hub's setup is wrong) | failed (refused, or retries ran out);
//   sending   → a send whose outcome was never recorded (a crash, a timeout): look it up by reference
//               and adopt what Notify holds, or send again only if Notify has nothing;
//   accepted  → ask for its status when no delivery receipt has settled it first, and settle or look later.
// Commits are what the dispatcher's messages cost people's commands most (docs/benchmarks.md, M2), so
// queued messages go in batches, and a batch's acceptances share one commit with the next batch's start:
// about one commit a batch rather than two a message. Notify calls are
// bounded in flight, and each waits a turn of the event loop, so people's commands run between them; with
// a key they run on a worker thread (workerTransport.ts), a batch handed over in one message, so their
// own CPU is not the event loop's.
// This file decides when and how many; steps.ts what is done with each outcome.
import type { HubDatabase } from '../../db/open';
import type { PatientMessageRow } from '../../db/schema';
import type { Clock } from '../clock';
import type { Execute } from '../commands/execute';
import { MAX_SEND_BATCH } from '../commands/startMessageSends';
import { loggableError } from '../http/errors';
import type { Logger } from '../logger';
import { createSteps } from './steps';
import type { MessageTransport } from './transport';

export interface DispatcherOptions {
  /** Notify calls in flight at once: a batch's sends (sendEach.ts), and look-ups and status checks beside them. */
  concurrency?: number;
  /** Queued messages taken together: all committed `sending` before Notify is called for any, their acceptances recorded once all have answered. */
  batchSize?: number;
  /** Messages sent per second at most: a ceiling on the dispatcher's share of the hub. */
  maxPerSecond?: number;
  /** Status checks and look-ups after a crash started per second at most, beside the sends: never urgent, never ahead of them. */
  maxLooksPerSecond?: number;
  /** How often it looks for due messages when nothing wakes it. */
  intervalMs?: number;
  /** Sends tried before a message that keeps failing for a reason that may pass is given up as a technical failure. */
  maxAttempts?: number;
  /** Backoff after a temporary failure: base × 2^(attempt − 1), capped, with jitter (half to all of it). */
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** The longest wait between two status checks of an accepted message. */
  pollCapMs?: number;
  /** The first status check after acceptance, when sooner than the outbox's default (the transport may ask for one). */
  firstCheckAfterMs?: number;
  /** Jitter's source; tests pin it. */
  random?: () => number;
}

export const DISPATCHER_DEFAULTS = {
  // Two Notify calls in flight. Chosen when each was a signed HTTP call on the event loop people's commands
  // share (docs/benchmarks.md, M2: 32 in flight put their p99 at 5.6×, 2 at 1.1×); the calls now run on a
  // worker thread, and more in flight should be measured before it is allowed. Throughput is in-flight ÷
  // Notify's latency: about 20 messages/s at 100 ms, near Notify's own limit of 3,000 a minute per service
  // and far above the rate a hub decides.
  concurrency: 2,
  // A batch's transaction runs on the event loop, and a command due during it waits it out. Two messages
  // (one round of the two calls in flight) keep each stretch short: more commits and more main-thread work
  // a message (0.43 against 0.29 ms at five), but people's commands wait less (docs/benchmarks.md, M2:
  // 30 rounds at two 1.09×; at five 1.19× and 1.30×; at ten 1.27× over 10). The log's fsync for them is
  // off the event loop (db/logSync.ts).
  batchSize: 2,
  // Above what the contract asks of it (200 a second, docs/benchmarks.md M1) and far above Notify's own limit
  // of 3,000 a minute; a backlog after an outage drains at this rate while people's commands keep theirs.
  maxPerSecond: 250,
  // A backlog of status checks (a hub without delivery receipts, after a night down) is worked through
  // beside the sends at this pace rather than ahead of them.
  maxLooksPerSecond: 50,
  intervalMs: 1_000,
  maxAttempts: 8,
  backoffBaseMs: 5_000,
  backoffCapMs: 15 * 60_000,
  pollCapMs: 30 * 60_000,
} as const;

/** Sends of an earlier process read at start; any beyond are recovered when their send times out. */
const ORPHANS_READ = 1_000;

export function createDispatcher(deps: { db: HubDatabase; clock: Clock; execute: Execute; transport: MessageTransport; log: Logger; options?: DispatcherOptions }) {
  const { db, clock, execute, transport, log } = deps;
  const o = { ...DISPATCHER_DEFAULTS, ...deps.options };
  const batchSize = Math.max(1, Math.min(MAX_SEND_BATCH, o.batchSize));
  const steps = createSteps({
    clock,
    execute,
    transport,
    log,
    options: { ...o, random: deps.options?.random ?? Math.random, firstCheckAfterMs: deps.options?.firstCheckAfterMs ?? transport.firstCheckAfterMs },
  });
  // Every message being worked on, by id: a batch's messages share its promise.
  const inFlight = new Map<number, Promise<void>>();
  // The batch whose sends have not all answered: until they have, no other batch starts.
  let openBatch = 0;
  let batches = 0;
  let singles = 0;
  // At start no send of this process is in flight, so every 'sending' row is an earlier process's: recover them first.
  let orphans: PatientMessageRow[] | undefined;
  let timer: NodeJS.Timeout | undefined;
  let wakeQueued = false;
  let stopped = false;
  // The ceilings' window: sends, and checks and look-ups, started since `windowStart`, and a wake booked for when it ends.
  let windowStart = 0;
  let sentInWindow = 0;
  let looksInWindow = 0;
  let windowWake: NodeJS.Timeout | undefined;

  /** Tracks work on messages until it settles, then looks for more. */
  function track(ids: number[], work: Promise<unknown>, done: () => void) {
    const tracked: Promise<void> = work
      .then(() => undefined)
      .catch((err: unknown) => log.error({ messageIds: ids, err: loggableError(err) }, 'patient message dispatch failed; it is tried again when due'))
      .finally(() => {
        for (const id of ids) inFlight.delete(id);
        done();
        if (timer) wake();
      });
    for (const id of ids) inFlight.set(id, tracked);
  }

  /** Starts work on due messages within the bounds (one batch of sends, a few recoveries and checks); returns how many it started. */
  function fill(): number {
    let started = 0;
    const now = clock.now();
    if (now - windowStart >= 1_000 || now < windowStart) {
      windowStart = now;
      sentInWindow = 0;
      looksInWindow = 0;
    }
    const room = () => o.maxPerSecond - sentInWindow;
    const lookRoom = () => (singles < o.concurrency ? o.maxLooksPerSecond - looksInWindow : 0);
    // At the ceiling: look again when the window ends (the wall clock's, as the timers run on it).
    const atCeiling = () => {
      if (!windowWake && timer) windowWake = setTimeout(() => ((windowWake = undefined), wake()), Math.max(1, windowStart + 1_000 - now)).unref();
    };
    const single = (message: PatientMessageRow) => {
      if (inFlight.has(message.id)) return;
      looksInWindow++;
      started++;
      singles++;
      track([message.id], message.status === 'sending' ? steps.recover(message) : steps.check(message), () => singles--);
    };
    orphans ??= db.q.messages.sending(ORPHANS_READ);
    while (orphans.length > 0 && lookRoom() > 0) single(orphans.shift()!);
    // Recoveries, then status checks, each status read apart from the sends: a backlog of checks cannot
    // fill the read a batch is taken from. None is read when none could start (this runs after every commit).
    for (const status of ['sending', 'accepted'] as const) {
      if (lookRoom() <= 0) break;
      for (const id of db.q.messages.due(status, now, o.concurrency + inFlight.size)) {
        if (lookRoom() <= 0) break;
        if (inFlight.has(id)) continue;
        // The whole row, read only for the few that start.
        const message = db.q.messages.byId(id);
        if (message && message.status === status) single(message);
      }
    }
    if (openBatch !== 0) return started;
    if (room() <= 0) {
      atCeiling();
      return started;
    }
    const queued = db.q.messages.due('queued', now, batchSize + inFlight.size).filter((id) => !inFlight.has(id));
    if (queued.length > 0) {
      const batch = queued.slice(0, Math.min(batchSize, room()));
      if (batch.length === 0) {
        atCeiling();
        return started;
      }
      sentInWindow += batch.length;
      started += batch.length;
      const id = (openBatch = ++batches);
      // Called in the turn the batch's acceptances are submitted: the next batch's start is submitted in the
      // same turn, so the two share one commit (db/groupCommit.ts).
      const release = () => {
        if (openBatch !== id) return;
        openBatch = 0;
        if (timer) fillNow();
      };
      track(
        batch,
        steps.send(batch, release),
        release,
      );
    }
    return started;
  }

  function fillNow() {
    if (stopped) return;
    try {
      fill();
    } catch (err) {
      log.error({ err: loggableError(err) }, 'patient message dispatch pass failed');
    }
  }

  /** Looks for due messages on the next turn of the event loop (coalesced): a decision just queued one. */
  function wake() {
    if (wakeQueued || stopped) return;
    wakeQueued = true;
    setImmediate(() => {
      wakeQueued = false;
      fillNow();
    });
  }

  return {
    transport: transport.name,
    wake: () => {
      if (timer) wake();
    },
    /** One pass: starts what is due and waits for it; returns how many messages it worked on. */
    async tick(): Promise<number> {
      const started = fill();
      await Promise.all(inFlight.values());
      return started;
    },
    /** Passes until nothing is due at the clock's time and nothing is in flight (tests). */
    async drain(): Promise<number> {
      let total = 0;
      for (;;) {
        const started = fill();
        total += started;
        if (started === 0 && inFlight.size === 0) return total;
        await Promise.race(inFlight.values());
      }
    },
    inFlight: () => inFlight.size,
    start() {
      stopped = false;
      timer = setInterval(wake, o.intervalMs);
      timer.unref();
      wake();
    },
    /**
     * Stops looking for work and waits for what is in flight (each call bounded by the transport's timeout).
     * The transport stays open: whoever made it closes it (the hub, at close), so a dispatcher paused and
     * started again sends through the same warm Notify worker rather than a new one.
     */
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (windowWake) clearTimeout(windowWake);
      windowWake = undefined;
      timer = undefined;
      await Promise.all(inFlight.values());
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
