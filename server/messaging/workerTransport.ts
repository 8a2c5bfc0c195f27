// GOV.UK Notify through a worker thread (docs/notify.md, "Off the event loop"): the same transport as
// notifyTransport.ts, whose calls run in notifyWorker.ts so that their CPU (a signed JWT, an HTTP
// request and its parsing, per call) is not spent on the event loop people's commands share. The
// dispatcher still commits `sending` before it asks for a send, and commits what comes back.
// The worker starts with the transport, so it loads while the hub starts rather than delaying the first
// send. If it dies, or a call runs past its time (the worker is then stopped), every call waiting on it
// is answered "outcome unknown": a send stays `sending` and is looked up by reference before any
// resend, so nothing is sent twice or lost; the next call starts a new worker. Nothing logged here carries the key, a recipient or a text.
import type { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import type { NotifyConfig } from './notifyTransport';
import { spawnWorker } from '../spawnWorker';
import type { LookupOutcome, MessageTransport, OutgoingMessage, SendOutcome, StatusOutcome } from './transport';
import { outcomeUnknown, type NotifyWorkerData, type TransportAsk, type TransportOutcome, type TransportQuestion, type TransportReply } from './workerProtocol';

/** Beyond the HTTP timeout the worker applies itself: a call still unanswered then means the worker is stuck. */
const STALL_MARGIN_MS = 5_000;
const DEFAULT_HTTP_TIMEOUT_MS = 15_000;

interface Waiting {
  question: TransportQuestion;
  owner: Worker;
  resolve(outcome: TransportOutcome): void;
  timer: NodeJS.Timeout;
}

export interface WorkerTransport extends MessageTransport {
  /** Stops the worker as a crash would: calls waiting on it are answered "outcome unknown". */
  stopWorker(): Promise<void>;
}

// Only what Notify is sent: the row's other fields stay on this side.
const outgoing = ({ reference, channel, recipient, subject, body }: OutgoingMessage): OutgoingMessage => ({ reference, channel, recipient, subject, body });

export function createWorkerTransport(notify: NotifyConfig, options: { log?: Logger } = {}): WorkerTransport {
  const { log } = options;
  const httpTimeoutMs = notify.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  const data: NotifyWorkerData = { notify };
  const waiting = new Map<number, Waiting>();
  // Workers this side stopped (close, a stalled call): their exit is expected.
  const stopped = new WeakSet<Worker>();
  let worker: Worker | null = null;
  let nextId = 1;

  function answer(id: number, outcome: TransportOutcome) {
    const call = waiting.get(id);
    if (!call) return;
    waiting.delete(id);
    clearTimeout(call.timer);
    call.resolve(outcome);
  }

  function stop(w: Worker): Promise<number> {
    stopped.add(w);
    if (worker === w) worker = null;
    return w.terminate();
  }

  function started(): Worker {
    if (worker) return worker;
    const w = spawnWorker('server/messaging/notifyWorker.ts', 'notifyWorker.js', data);
    // The hub may exit with the worker idle: every send it was asked for is committed `sending` already.
    w.unref();
    w.on('message', (reply: TransportReply) => answer(reply.id, reply.outcome));
    // Only the error's kind: its message could quote a request.
    w.on('error', (err) => log?.error({ err: { name: err.name } }, 'the Notify worker failed'));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      const lost = [...waiting].filter(([, call]) => call.owner === w);
      if (!stopped.has(w) || lost.length > 0) log?.warn({ code, callsUnanswered: lost.length }, 'the Notify worker stopped; its unanswered calls are looked into again, and the next call starts another');
      for (const [id, call] of lost) answer(id, outcomeUnknown(call.question, 'the Notify worker stopped before answering'));
    });
    worker = w;
    return w;
  }

  function ask(question: TransportQuestion): Promise<TransportOutcome> {
    const w = started();
    const id = nextId++;
    // A batch makes its calls `concurrency` at a time, each bounded by the HTTP timeout.
    const rounds = question.op === 'sendBatch' ? Math.ceil(question.messages.length / Math.max(1, question.concurrency)) : 1;
    const timeoutMs = httpTimeoutMs * Math.max(1, rounds) + STALL_MARGIN_MS;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        log?.error({ op: question.op, callTimeoutMs: timeoutMs }, 'a Notify call went unanswered past its time; the Notify worker is stopped and will be started again');
        answer(id, outcomeUnknown(question, 'the Notify worker did not answer in time'));
        void stop(w);
      }, timeoutMs);
      waiting.set(id, { question, owner: w, resolve, timer });
      w.postMessage({ ...question, id } as TransportAsk);
    });
  }

  started();
  return {
    name: 'notify',
    send: (message) => ask({ op: 'send', message: outgoing(message) }) as Promise<SendOutcome>,
    sendBatch: (messages, concurrency) => ask({ op: 'sendBatch', messages: messages.map(outgoing), concurrency }) as Promise<SendOutcome[]>,
    status: ({ providerId, recipient, updatedAt }) => ask({ op: 'status', message: { providerId, recipient, updatedAt } }) as Promise<StatusOutcome>,
    findByReference: (reference, channel) => ask({ op: 'find', reference, channel }) as Promise<LookupOutcome>,
    async stopWorker() {
      if (worker) await stop(worker);
    },
    async close() {
      if (worker) await stop(worker);
    },
  };
}
