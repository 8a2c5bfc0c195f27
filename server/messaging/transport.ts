// What the dispatcher asks of a transport (docs/notify.md): send one message under its reference,
// ask after a sent one, and find an earlier send by reference after a crash. GOV.UK Notify's client
// (notifyTransport.ts) and the embedded demo transport (embeddedTransport.ts) both answer in these
// typed outcomes, so the dispatcher's rules are written once. No outcome carries patient data.
import type { PatientMessageRow } from '../../db/schema';
import type { MessageChannel, MessageFailure } from '../../shared/schemas/messages';

export type TransportName = 'embedded' | 'notify';

/** What is sent: the text, where to, and the reference that makes a resend findable. */
export type OutgoingMessage = Pick<PatientMessageRow, 'reference' | 'channel' | 'recipient' | 'subject' | 'body'>;

/** What a status check needs of a message: Notify's id, or (simulated) the recipient and when it was accepted. */
export type CheckedMessage = Pick<PatientMessageRow, 'providerId' | 'recipient' | 'updatedAt'>;

export type SendOutcome =
  /** The transport has it, under this id. */
  | { kind: 'accepted'; providerId: string }
  /**
   * It did not go, for a reason that may pass (429, 5xx, no answer). `maybeSent`: the request may have
   * reached Notify (a timeout, a connection cut mid-answer), so the next attempt must look it up by reference first.
   */
  | { kind: 'retry'; detail: string; retryAfterMs?: number; maybeSent?: boolean }
  /** It will never go as written: the number or address was refused (400). */
  | { kind: 'refused'; failure: MessageFailure; detail: string }
  /** The hub's own setup is wrong (403: the API key; 400: a template): hold every message until it is fixed. */
  | { kind: 'misconfigured'; detail: string };

export type StatusOutcome =
  /** Not final yet (created, sending, pending): ask again later. */
  | { kind: 'pending'; detail: string }
  | { kind: 'delivered' }
  | { kind: 'failed'; failure: MessageFailure; detail: string }
  /** Notify's 'sent': gone to an international number, whose networks send no delivery receipts. */
  | { kind: 'accepted-final' }
  /** The transport could not be asked (network, 5xx): ask again later. */
  | { kind: 'unknown'; detail: string };

export type LookupOutcome = { kind: 'found'; providerId: string } | { kind: 'none' } | { kind: 'unknown'; detail: string };

export interface MessageTransport {
  name: TransportName;
  send(message: OutgoingMessage): Promise<SendOutcome>;
  /**
   * A batch's sends in one call, answered in the batch's order, by the rule of sendEach.ts. A transport
   * whose calls run elsewhere (the Notify worker) has it, so a batch costs the event loop one message each
   * way rather than two a send; without it the dispatcher sends each through send().
   */
  sendBatch?(messages: OutgoingMessage[], concurrency: number): Promise<SendOutcome[]>;
  /** The status of a message it accepted; the row is passed so a simulated transport can derive it. */
  status(message: CheckedMessage): Promise<StatusOutcome>;
  /** An earlier send under this reference, if the transport holds one. */
  findByReference(reference: string, channel: MessageChannel): Promise<LookupOutcome>;
  /** When to ask after an accepted message first, if sooner than the outbox's default status check. */
  firstCheckAfterMs?: number;
  close?(): Promise<void>;
}

/**
 * Notify's notification statuses (its API documentation, "Get message status") in the outbox's words.
 * Used for status checks and for delivery-receipt callbacks alike.
 */
export function notifyStatusOutcome(status: string): StatusOutcome {
  switch (status) {
    case 'delivered':
      return { kind: 'delivered' };
    case 'permanent-failure':
      return { kind: 'failed', failure: 'permanent_failure', detail: "Notify reports 'permanent-failure'" };
    case 'temporary-failure':
      return { kind: 'failed', failure: 'temporary_failure', detail: "Notify reports 'temporary-failure'" };
    case 'technical-failure':
      return { kind: 'failed', failure: 'technical_failure', detail: "Notify reports 'technical-failure'" };
    case 'sent':
      return { kind: 'accepted-final' };
    default:
      // created, sending, pending, and any status Notify adds later: not final as far as the hub knows.
      return { kind: 'pending', detail: `Notify reports '${status.slice(0, 40)}'` };
  }
}
