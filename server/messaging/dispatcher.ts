// The outbox's dispatcher (docs/notify.md): takes due messages and drives each through the outbox
// operations, always through execute() as the system:
//   queued    → startMessageSend (committed before Notify is called) → send → accepted | deferred with
//               backoff | held (the hub's setup is wrong) | failed (refused, or retries ran out);
//   sending   → a send whose outcome was never recorded (a crash, a timeout): look it up by reference
//               and adopt what Notify holds, or send again only if Notify has nothing;
//   accepted  → ask for its status when no delivery receipt has settled it first, and settle or look later.
// Many messages are in flight at once (bounded), so a slow Notify answer does not hold up the rest.
import type { HubDatabase } from '../../db/open';
import type { PatientMessageRow } from '../../db/schema';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import type { Clock } from '../clock';
import { deferMessageSend } from '../commands/deferMessageSend';
import type { Operation } from '../commands/definition';
import type { Execute } from '../commands/execute';
import { recordMessageAccepted } from '../commands/recordMessageAccepted';
import { rescheduleMessageCheck } from '../commands/rescheduleMessageCheck';
import { settleMessage } from '../commands/settleMessage';
import { startMessageSend } from '../commands/startMessageSend';
import { HttpError, loggableError } from '../http/errors';
import type { Logger } from '../logger';
import { crashPoint } from './crashPoint';
import type { MessageTransport, SendOutcome } from './transport';

export interface DispatcherOptions {
  /** Messages in flight at once (sends, look-ups and status checks). */
  concurrency?: number;
  /** Messages started per second at most (sends, look-ups and checks alike): a ceiling on the dispatcher's share of the hub. */
  maxPerSecond?: number;
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
  // Two in flight: each message is two commits and a signed HTTP call on the event loop people's commands
  // share, so more in flight starves them (docs/benchmarks.md, M2: 32 in flight put their p99 at 5.6×, 2 at
  // 1.1×). Throughput is in-flight ÷ Notify's latency: about 20 messages/s at 100 ms, near Notify's own limit
  // of 3,000 a minute per service and far above the rate a hub decides.
  concurrency: 2,
  // Above what the contract asks of it (200 a second, docs/benchmarks.md M1) and far above Notify's own limit
  // of 3,000 a minute; a backlog after an outage drains at this rate while people's commands keep theirs.
  maxPerSecond: 250,
  intervalMs: 1_000,
  maxAttempts: 8,
  backoffBaseMs: 5_000,
  backoffCapMs: 15 * 60_000,
  pollCapMs: 30 * 60_000,
} as const;

/** Status check of a message Notify sent abroad ('sent': no receipt will ever come): once a day is plenty. */
const NO_RECEIPT_RECHECK_MS = 24 * 3600_000;
const MIN_POLL_MS = 30_000;

export function createDispatcher(deps: { db: HubDatabase; clock: Clock; execute: Execute; transport: MessageTransport; log: Logger; options?: DispatcherOptions }) {
  const { db, clock, execute, transport, log } = deps;
  const o = { ...DISPATCHER_DEFAULTS, ...deps.options };
  const random = deps.options?.random ?? Math.random;
  const firstCheckAfterMs = deps.options?.firstCheckAfterMs ?? transport.firstCheckAfterMs;
  const inFlight = new Map<number, Promise<void>>();
  // At start no send of this process is in flight, so every 'sending' row is an earlier process's: recover them at once.
  let orphansSwept = false;
  let heldStreak = 0;
  let timer: NodeJS.Timeout | undefined;
  let wakeQueued = false;
  let stopped = false;
  // The ceiling's window: messages started since `windowStart`, and a wake booked for when it ends.
  let windowStart = 0;
  let startedInWindow = 0;
  let windowWake: NodeJS.Timeout | undefined;

  const backoff = (attempt: number) => {
    const full = Math.min(o.backoffCapMs, o.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(full * (0.5 + random() * 0.5));
  };
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;

  /** Runs an outbox operation as the system; a refusal (something else moved the message on) is not an error. */
  async function run<I, R>(operation: Operation<I, R>, body: I): Promise<R | undefined> {
    try {
      return await execute(operation, { actor: SYSTEM_ACTOR, body });
    } catch (err) {
      if (err instanceof HttpError) return undefined;
      throw err;
    }
  }

  async function afterAccepted(messageId: number, providerId: string) {
    const done = await run(recordMessageAccepted, { messageId, transport: transport.name, providerId });
    heldStreak = 0;
    if (done?.recorded && firstCheckAfterMs !== undefined) {
      await run(rescheduleMessageCheck, { messageId, status: 'accepted', nextAttemptAt: clock.now() + firstCheckAfterMs });
    }
  }

  const giveUp = (messageId: number, detail: string) =>
    run(settleMessage, { messageId, status: 'failed', failure: 'technical_failure', detail: `${detail}; given up after ${o.maxAttempts} attempts` });

  async function onSendOutcome(message: { id: number; attempts: number }, outcome: SendOutcome) {
    const now = clock.now();
    switch (outcome.kind) {
      case 'accepted':
        return afterAccepted(message.id, outcome.providerId);
      case 'refused':
        return run(settleMessage, { messageId: message.id, status: 'failed', failure: outcome.failure, detail: outcome.detail });
      case 'misconfigured': {
        heldStreak++;
        const wait = backoff(heldStreak);
        // Loud, and clean: the detail names the variable to check, never the key, the recipient or the text.
        log.error({ messageId: message.id, transport: transport.name }, `patient messages held: ${outcome.detail}`);
        return run(deferMessageSend, { messageId: message.id, retryAt: now + wait, held: true, detail: `held: ${outcome.detail}; next attempt in ${seconds(wait)}` });
      }
      case 'retry': {
        const wait = Math.max(backoff(message.attempts), outcome.retryAfterMs ?? 0);
        log.warn({ messageId: message.id, attempts: message.attempts }, `patient message not sent: ${outcome.detail}`);
        // It may have reached Notify: stays 'sending', and the next look asks Notify by reference before any resend.
        if (outcome.maybeSent) return run(rescheduleMessageCheck, { messageId: message.id, status: 'sending', nextAttemptAt: now + wait });
        if (message.attempts >= o.maxAttempts) return giveUp(message.id, outcome.detail);
        return run(deferMessageSend, { messageId: message.id, retryAt: now + wait, detail: `${outcome.detail}; next attempt in ${seconds(wait)}` });
      }
    }
  }

  async function send(message: PatientMessageRow) {
    const started = await run(startMessageSend, { messageId: message.id });
    if (!started) return;
    crashPoint('after-send-started');
    const outcome = await transport.send(started);
    if (outcome.kind === 'accepted') crashPoint('after-notify-accepted');
    await onSendOutcome(started, outcome);
  }

  async function recover(message: PatientMessageRow) {
    const found = await transport.findByReference(message.reference, message.channel);
    if (found.kind === 'found') return afterAccepted(message.id, found.providerId);
    if (found.kind === 'unknown') {
      return run(rescheduleMessageCheck, { messageId: message.id, status: 'sending', nextAttemptAt: clock.now() + backoff(message.attempts) });
    }
    // Notify holds nothing under its reference: the earlier attempt never arrived, and sending again cannot send twice.
    if (message.attempts >= o.maxAttempts) return giveUp(message.id, 'no earlier send found');
    return send(message);
  }

  async function check(message: PatientMessageRow) {
    const status = await transport.status(message);
    const now = clock.now();
    const by = transport.name === 'notify' ? 'GOV.UK Notify' : 'the embedded transport (simulated)';
    switch (status.kind) {
      case 'delivered':
        return run(settleMessage, { messageId: message.id, status: 'delivered', detail: `delivered, reported by ${by} on a status check` });
      case 'failed':
        return run(settleMessage, { messageId: message.id, status: 'failed', failure: status.failure, detail: `${status.detail} on a status check` });
      case 'accepted-final':
        return run(rescheduleMessageCheck, { messageId: message.id, status: 'accepted', nextAttemptAt: now + NO_RECEIPT_RECHECK_MS });
      default: {
        // Checks thin out as the message ages: half its age so far, between 30 s and the cap.
        const wait = Math.min(o.pollCapMs, Math.max(firstCheckAfterMs ?? MIN_POLL_MS, (now - message.updatedAt) / 2));
        return run(rescheduleMessageCheck, { messageId: message.id, status: 'accepted', nextAttemptAt: now + Math.round(wait) });
      }
    }
  }

  const handle = (message: PatientMessageRow) => (message.status === 'queued' ? send(message) : message.status === 'sending' ? recover(message) : check(message));

  /** Starts work on due messages up to the concurrency bound; returns how many it started. */
  function fill(): number {
    let started = 0;
    const now = clock.now();
    if (now - windowStart >= 1_000 || now < windowStart) {
      windowStart = now;
      startedInWindow = 0;
    }
    const take = (message: PatientMessageRow) => {
      if (inFlight.size >= o.concurrency || inFlight.has(message.id)) return;
      if (startedInWindow >= o.maxPerSecond) {
        // At the ceiling: look again when the window ends (the wall clock's, as the timers run on it).
        if (!windowWake && timer) windowWake = setTimeout(() => ((windowWake = undefined), wake()), Math.max(1, windowStart + 1_000 - now)).unref();
        return;
      }
      startedInWindow++;
      started++;
      const work: Promise<void> = handle(message)
        .then(() => undefined)
        .catch((err: unknown) => log.error({ messageId: message.id, err: loggableError(err) }, 'patient message dispatch failed; it is tried again when due'))
        .finally(() => {
          inFlight.delete(message.id);
          if (timer) wake();
        });
      inFlight.set(message.id, work);
    };
    if (!orphansSwept) {
      const orphans = db.q.messages.sending(o.concurrency);
      orphans.forEach(take);
      orphansSwept = orphans.length < o.concurrency;
    }
    if (inFlight.size < o.concurrency) db.q.messages.due(clock.now(), o.concurrency + inFlight.size).forEach(take);
    return started;
  }

  /** Looks for due messages on the next turn of the event loop (coalesced): a decision just queued one. */
  function wake() {
    if (wakeQueued || stopped) return;
    wakeQueued = true;
    setImmediate(() => {
      wakeQueued = false;
      if (stopped) return;
      try {
        fill();
      } catch (err) {
        log.error({ err: loggableError(err) }, 'patient message dispatch pass failed');
      }
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
    /** Stops looking for work and waits for what is in flight (each call bounded by the transport's timeout). */
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (windowWake) clearTimeout(windowWake);
      windowWake = undefined;
      timer = undefined;
      await Promise.all(inFlight.values());
      await transport.close?.();
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
