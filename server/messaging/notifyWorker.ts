// The Notify worker thread (docs/notify.md, "Off the event loop"): owns the notifications-node-client,
// whose signed JWT, HTTP request and response parsing per call cost about 2.5 ms of CPU, so that cost
// falls on this thread and not on the event loop people's commands run on. It only makes calls and
// answers with typed outcomes; every decision and every commit stays with the dispatcher. Started by
// workerTransport.ts; bundled as dist/server/notifyWorker.js by server/tools/build.ts. Nothing here logs.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createNotifyTransport } from './notifyTransport';
import { sendEach } from './sendEach';
import { outcomeUnknown, type NotifyWorkerData, type TransportAsk, type TransportOutcome, type TransportReply } from './workerProtocol';

// On Linux a thread has its own nice value: as the figures' worker does (server/stats/worker.ts), this one
// yields to the hub's event loop when the cores are busy, so a send waits for a person's command rather
// than the other way round. Elsewhere (no /proc/thread-self) it runs at the hub's priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
  // Not Linux, or not allowed: the calls still run off the event loop, only without the lower priority.
}

const transport = createNotifyTransport((workerData as NotifyWorkerData).notify);

function call(ask: TransportAsk): Promise<TransportOutcome> {
  switch (ask.op) {
    case 'send':
      return transport.send(ask.message);
    case 'sendBatch':
      return sendEach(ask.messages, (message) => transport.send(message), ask.concurrency);
    case 'status':
      return transport.status(ask.message);
    case 'find':
      return transport.findByReference(ask.reference, ask.channel);
  }
}

parentPort!.on('message', (ask: TransportAsk) => {
  // The transport answers every Notify error as an outcome; anything else thrown is the worker's own fault,
  // reported in patient-free words (an error's message could quote the request).
  void call(ask)
    .catch(() => outcomeUnknown(ask, 'the Notify worker could not make the call'))
    .then((outcome) => parentPort!.postMessage({ id: ask.id, outcome } satisfies TransportReply));
});
