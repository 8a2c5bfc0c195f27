// A batch's sends (docs/notify.md, "Batches"): at most `concurrency` in flight, each started on its own
// turn of the event loop so that whatever else waits on that loop runs between them, and none sent once
// Notify has refused the hub itself (the rest would be refused the same way: they wait unsent, answered
// `misconfigured` like the first). Run by the dispatcher for a transport on the event loop, and by the
// Notify worker for a whole batch it was handed in one message (notifyWorker.ts).
import { createLimiter, nextTurn } from './limiter';
import type { OutgoingMessage, SendOutcome } from './transport';

export async function sendEach(messages: readonly OutgoingMessage[], send: (message: OutgoingMessage) => Promise<SendOutcome>, concurrency: number): Promise<SendOutcome[]> {
  const limit = createLimiter(Math.max(1, concurrency));
  let held: string | undefined;
  return Promise.all(
    messages.map((message) =>
      limit(async (): Promise<SendOutcome> => {
        if (held !== undefined) return { kind: 'misconfigured', detail: held };
        await nextTurn();
        const outcome = await send(message);
        if (outcome.kind === 'misconfigured') held ??= outcome.detail;
        return outcome;
      }),
    ),
  );
}
