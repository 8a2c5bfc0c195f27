// What the dispatcher does with one batch of queued messages, or one message to recover or check
// (docs/notify.md): every step an outbox operation run through execute() as the system. When and how
// many is the dispatcher's (dispatcher.ts); the rules for each outcome are here.
import type { PatientMessageRow } from '../../db/schema';
import { SYSTEM_ACTOR } from '../../shared/lifecycle/events';
import type { Clock } from '../clock';
import { deferMessageSend } from '../commands/deferMessageSend';
import type { Operation } from '../commands/definition';
import type { Execute } from '../commands/execute';
import { recordMessageAccepted, type Acceptance } from '../commands/recordMessageAccepted';
import { recordMessagesAccepted } from '../commands/recordMessagesAccepted';
import { rescheduleMessageCheck } from '../commands/rescheduleMessageCheck';
import { settleMessage } from '../commands/settleMessage';
import type { StartedSend } from '../commands/startMessageSend';
import { startMessageSends } from '../commands/startMessageSends';
import { HttpError } from '../http/errors';
import type { Logger } from '../logger';
import { crashPoint } from './crashPoint';
import { sendEach } from './sendEach';
import type { MessageTransport, SendOutcome } from './transport';

/** Status check of a message Notify sent abroad ('sent': no receipt will ever come): once a day is plenty. */
const NO_RECEIPT_RECHECK_MS = 24 * 3600_000;
const MIN_POLL_MS = 30_000;

export interface StepOptions {
  /** A batch's sends in flight at once. */
  concurrency: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  pollCapMs: number;
  firstCheckAfterMs: number | undefined;
  random: () => number;
}

export interface StepDeps {
  clock: Clock;
  execute: Execute;
  transport: MessageTransport;
  log: Logger;
  options: StepOptions;
}

export function createSteps(deps: StepDeps) {
  const { clock, execute, transport, log } = deps;
  const o = deps.options;
  const { firstCheckAfterMs, random } = o;
  let heldStreak = 0;

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

  /** Records what Notify accepted: a batch's in one commit, or one by one if that commit is refused. */
  async function recordAccepted(accepted: { messageId: number; providerId: string }[]) {
    if (accepted.length === 0) return;
    heldStreak = 0;
    const acceptances: Acceptance[] = accepted.map((a) => ({ ...a, transport: transport.name, ...(firstCheckAfterMs !== undefined ? { firstCheckAfterMs } : {}) }));
    if (acceptances.length > 1 && (await run(recordMessagesAccepted, { accepted: acceptances }))) return;
    // A refusal of one (its request moved on, say) must not leave the others unrecorded.
    for (const acceptance of acceptances) await run(recordMessageAccepted, acceptance);
  }

  const giveUp = (messageId: number, detail: string) =>
    run(settleMessage, { messageId, status: 'failed', failure: 'technical_failure', detail: `${detail}; given up after ${o.maxAttempts} attempts` });

  /** What follows a send that Notify did not accept. */
  async function onNotAccepted(message: StartedSend, outcome: Exclude<SendOutcome, { kind: 'accepted' | 'misconfigured' }>) {
    const now = clock.now();
    if (outcome.kind === 'refused') return run(settleMessage, { messageId: message.id, status: 'failed', failure: outcome.failure, detail: outcome.detail });
    const wait = Math.max(backoff(message.attempts), outcome.retryAfterMs ?? 0);
    log.warn({ messageId: message.id, attempts: message.attempts }, `patient message not sent: ${outcome.detail}`);
    // It may have reached Notify: stays 'sending', and the next look asks Notify by reference before any resend.
    if (outcome.maybeSent) return run(rescheduleMessageCheck, { messageId: message.id, status: 'sending', nextAttemptAt: now + wait });
    if (message.attempts >= o.maxAttempts) return giveUp(message.id, outcome.detail);
    return run(deferMessageSend, { messageId: message.id, retryAt: now + wait, detail: `${outcome.detail}; next attempt in ${seconds(wait)}` });
  }

  /** Notify refused the hub itself: the messages wait, their attempts not counted, backing off across all messages. */
  async function hold(messages: StartedSend[], detail: string) {
    heldStreak++;
    const wait = backoff(heldStreak);
    // Loud, and clean: the detail names the variable to check, never the key, the recipient or the text.
    log.error({ messageIds: messages.map((m) => m.id), transport: transport.name }, `patient messages held: ${detail}`);
    const retryAt = clock.now() + wait;
    for (const message of messages) await run(deferMessageSend, { messageId: message.id, retryAt, held: true, detail: `held: ${detail}; next attempt in ${seconds(wait)}` });
  }

  /**
   * Sends queued messages: all committed `sending` first, in one commit, then each sent, then the acceptances
   * committed together. `answered` is told once every send has answered (or none will be made), in the
   * same turn as, and just before, the acceptances are submitted: the next batch's start, submitted then,
   * shares their transaction and so their fsync, one commit a batch rather than two (docs/notify.md, "Batches").
   */
  async function send(messageIds: number[], answered: () => void = () => {}) {
    const started = (await run(startMessageSends, { messageIds })) ?? [];
    if (started.length === 0) return answered();
    crashPoint('after-send-started');
    // One call for the whole batch where the transport has it (the Notify worker), else each through send().
    const outcomes = transport.sendBatch ? await transport.sendBatch(started, o.concurrency) : await sendEach(started, (message) => transport.send(message), o.concurrency);
    const heldBy = outcomes.find((outcome) => outcome.kind === 'misconfigured');
    const accepted = started.flatMap((m, i) => {
      const outcome = outcomes[i]!;
      return outcome.kind === 'accepted' ? [{ messageId: m.id, providerId: outcome.providerId }] : [];
    });
    if (accepted.length > 0) crashPoint('after-notify-accepted');
    answered();
    await recordAccepted(accepted);
    if (heldBy) await hold(started.filter((_, i) => outcomes[i]!.kind === 'misconfigured'), heldBy.detail);
    for (const [i, message] of started.entries()) {
      const outcome = outcomes[i]!;
      if (outcome.kind !== 'accepted' && outcome.kind !== 'misconfigured') await onNotAccepted(message, outcome);
    }
  }

  async function recover(message: PatientMessageRow) {
    const found = await transport.findByReference(message.reference, message.channel);
    if (found.kind === 'found') return recordAccepted([{ messageId: message.id, providerId: found.providerId }]);
    if (found.kind === 'unknown') {
      return run(rescheduleMessageCheck, { messageId: message.id, status: 'sending', nextAttemptAt: clock.now() + backoff(message.attempts) });
    }
    // Notify holds nothing under its reference: the earlier attempt never arrived, and sending again cannot send twice.
    if (message.attempts >= o.maxAttempts) return giveUp(message.id, 'no earlier send found');
    return send([message.id]);
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

  return { send, recover, check };
}

export type Steps = ReturnType<typeof createSteps>;
