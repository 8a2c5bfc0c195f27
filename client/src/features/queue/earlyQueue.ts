// The queue asked for as the app starts, beside the session check, instead of after the page's code has
// loaded and mounted (Q1, docs/benchmarks.md): the snapshot is most of the first render's wait. The answer
// waits here, unapplied, for the first loadQueue (queueSync.ts) of the user the session check named.
import type { QueueSnapshot, User } from '../../../../shared/schemas/api';
import type { HubDeps } from '../../deps';

interface Early {
  /** Whose queue it is: set when the session check answers; null until then (and never taken while null). */
  userId: number | null;
  answer: Promise<QueueSnapshot>;
}

const early = new WeakMap<object, Early>();

/**
 * Asks for the queue now, with the same cookie as the session check `me` (asked at the same moment, so
 * both answer for the same session). Practice staff get their practice's list from the same route; for
 * anyone without a queue the answer is a refusal nobody takes. One early ask per store at a time.
 */
export function askQueueEarly(deps: Pick<HubDeps, 'api' | 'queue'>, me: Promise<User>): void {
  if (early.has(deps.queue)) return;
  const answer = deps.api.queue();
  // A refusal (signed out, no queue for this role) is only ever read by a loadQueue that takes it.
  answer.catch(() => undefined);
  const slot: Early = { userId: null, answer };
  early.set(deps.queue, slot);
  me.then(
    (user) => void (slot.userId = user.id),
    () => early.get(deps.queue) === slot && early.delete(deps.queue),
  );
}

/** The early answer, once, when it was asked for `userId`; otherwise it is dropped and undefined returned. */
export function takeEarlyQueue(store: object, userId: number | undefined): Promise<QueueSnapshot> | undefined {
  const slot = early.get(store);
  if (!slot || slot.userId === null) return undefined;
  early.delete(store);
  return slot.userId === userId ? slot.answer : undefined;
}
