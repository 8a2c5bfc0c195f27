// The messages between the dispatcher's transport (workerTransport.ts) and the Notify worker
// (notifyWorker.ts): plain data, structured-cloned. An ask carries only what the call needs; a reply
// carries the typed outcome, which never holds the key, the recipient or the text.
import type { MessageChannel } from '../../shared/schemas/messages';
import type { NotifyConfig } from './notifyTransport';
import type { CheckedMessage, LookupOutcome, OutgoingMessage, SendOutcome, StatusOutcome } from './transport';

export interface NotifyWorkerData {
  notify: NotifyConfig;
}

export type TransportAsk =
  | { id: number; op: 'send'; message: OutgoingMessage }
  | { id: number; op: 'sendBatch'; messages: OutgoingMessage[]; concurrency: number }
  | { id: number; op: 'status'; message: CheckedMessage }
  | { id: number; op: 'find'; reference: string; channel: MessageChannel };

/** An ask before the transport numbers it. */
export type TransportQuestion = TransportAsk extends infer A ? (A extends TransportAsk ? Omit<A, 'id'> : never) : never;

export type TransportOutcome = SendOutcome | SendOutcome[] | StatusOutcome | LookupOutcome;

export interface TransportReply {
  id: number;
  outcome: TransportOutcome;
}

/**
 * A call whose answer never came back (the worker died or stalled): for a send, the request may have
 * reached Notify, so the message stays `sending` and is looked up by reference before any resend
 * (docs/notify.md); for a batch, every send of it; a status check or a look-up is simply asked again later.
 */
export function outcomeUnknown(ask: TransportQuestion, detail: string): TransportOutcome {
  const unsent: SendOutcome = { kind: 'retry', detail, maybeSent: true };
  // Which of a batch's sends the worker had made is not known: each is looked up before any resend.
  if (ask.op === 'sendBatch') return ask.messages.map(() => unsent);
  return ask.op === 'send' ? unsent : { kind: 'unknown', detail };
}
