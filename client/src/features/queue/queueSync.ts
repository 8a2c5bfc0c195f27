// Getting the queue and keeping it whole: the first snapshot over REST, a resync over the socket
// after every (re)connect, and the claim and route calls that feed their replies straight into the store.
import type { QueueItem } from '../../../../shared/schemas/api';
import type { HandoffInput } from '../../../../shared/schemas/handoff';
import { ApiError, isApiError } from '../../api/errors';
import type { HubLink } from '../../api/socket';
import type { HubDeps } from '../../deps';
import { firstClaimable } from '../../actions/claimNext';
import type { Claimed } from '../../machines/workstationTypes';
import { selectRows } from '../../stores/queueStore';
import { takeEarlyQueue } from './earlyQueue';
import { SNAPSHOT_READ } from './queueMarks';

/** The load in flight per store, and whose queue it asks for: a load never joins, or lands for, another user. */
const loading = new WeakMap<object, { userId: number | undefined; load: Promise<number | undefined> }>();
/** Whose snapshot a store holds once one has landed (a reset does not clear it: startQueue reads status too). */
const loadedFor = new WeakMap<object, number | undefined>();

type SyncDeps = Pick<HubDeps, 'api' | 'queue' | 'session'>;

/**
 * Loads the snapshot once, however many callers ask at the same time; takes the answer asked for as the
 * app started (earlyQueue.ts) when it is this user's. An answer that lands after the user changed
 * (signed out, another signed in at the lock screen) is dropped, never applied to the next user's page.
 * Resolves to the snapshot's own sequence (undefined when dropped), which resyncQueue catches up from.
 */
export function loadQueue(deps: SyncDeps): Promise<number | undefined> {
  const userId = deps.session.getState().user?.id;
  const inFlight = loading.get(deps.queue);
  if (inFlight && inFlight.userId === userId) return inFlight.load;
  const answer = takeEarlyQueue(deps.queue, userId) ?? deps.api.queue();
  const entry = {
    userId,
    load: answer
      .then((snapshot) => {
        if (deps.session.getState().user?.id !== userId) return undefined;
        // Splits the first-render figure: fetched, parsed and validated by here (queueMarks.ts, docs/benchmarks.md).
        performance.mark(SNAPSHOT_READ);
        deps.queue.getState().applySnapshot(snapshot);
        loadedFor.set(deps.queue, userId);
        return snapshot.seq;
      })
      .finally(() => loading.get(deps.queue) === entry && loading.delete(deps.queue)),
  };
  loading.set(deps.queue, entry);
  return entry.load;
}

/**
 * A page (or the shell's background sync) starts the live queue: loads it afresh unless the store already
 * holds this user's, of the same kind (`keepFinal`: the practice keeps closed requests), or a load of it is
 * on its way. What changed meanwhile arrives by the resync each live link runs once connected, so a
 * snapshot that landed before the page's code did is used, not thrown away and asked for again.
 */
export async function startQueue(deps: SyncDeps, keepFinal: boolean): Promise<void> {
  const state = deps.queue.getState();
  const userId = deps.session.getState().user?.id;
  const sameKind = state.keepFinal === keepFinal;
  if (sameKind && state.status === 'ready' && loadedFor.get(deps.queue) === userId) return;
  if (!(sameKind && state.status === 'loading' && loading.get(deps.queue)?.userId === userId)) state.reset({ keepFinal });
  await loadQueue(deps);
}

/**
 * Catches up after a (re)connect: changes since our sequence. With no snapshot yet, it waits for the one
 * on its way and then asks for the changes since *that snapshot's* sequence: the snapshot may have been
 * asked for before this link joined its rooms (as the app started, earlyQueue.ts), and what committed in
 * between reached nobody live. Not since the store's sequence: changes that arrived live ahead of the
 * snapshot may already have moved it past that gap.
 */
export async function resyncQueue(deps: SyncDeps, link: HubLink | null): Promise<void> {
  const { seq } = deps.queue.getState();
  const since = seq ?? (await loadQueue(deps));
  if (since === undefined || !link) return;
  deps.queue.getState().applyResync(await link.resync(since));
}

/** Claims (or, for the holder, renews) and applies the reply without waiting for the broadcast. */
export async function claimRequest(deps: Pick<HubDeps, 'api' | 'queue' | 'now'>, id: number): Promise<Claimed> {
  const { item } = await deps.api.claim(id);
  deps.queue.getState().applyItem(item);
  return { item, at: deps.now() };
}

export async function releaseRequest(deps: Pick<HubDeps, 'api' | 'queue'>, id: number): Promise<void> {
  const { item } = await deps.api.release(id);
  deps.queue.getState().applyItem(item);
}

/** Routes the held request; the reply goes straight into the store, before the broadcast arrives. */
export async function routeRequest(deps: Pick<HubDeps, 'api' | 'queue'>, id: number, body: HandoffInput): Promise<QueueItem> {
  const { item } = await deps.api.route(id, body);
  deps.queue.getState().applyItem(item);
  return item;
}

/** Errors that mean "someone got there first": try the next request instead. */
const LOST_RACE = ['ALREADY_CLAIMED', 'INVALID_TRANSITION', 'STALE_VERSION', 'NOT_FOUND'];
const MAX_TRIES = 5;

/**
 * Claim next: the top claimable request as shown (`shown`: the page's filtered, sorted rows, read at the
 * moment of claiming; the whole queue in order when the page does not say); when another coordinator wins it, the one after.
 */
export async function claimNextRequest(
  deps: Pick<HubDeps, 'api' | 'queue' | 'now' | 'session'>,
  shown: () => QueueItem[] = () => selectRows(deps.queue.getState()),
): Promise<Claimed> {
  const user = deps.session.getState().user;
  if (!user) throw new ApiError('NOT_SIGNED_IN', 'Sign in to use the hub.', 401);
  const tried = new Set<number>();
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const next = firstClaimable(shown(), user, tried);
    if (!next) break;
    tried.add(next.id);
    try {
      return await claimRequest(deps, next.id);
    } catch (error) {
      if (!isApiError(error, ...LOST_RACE)) throw error;
    }
  }
  throw new ApiError('NOTHING_WAITING', 'No requests are waiting to be claimed.', 0);
}
