// The live queue on this workstation: items by id, the change-feed sequence they reflect, the
// team's presence. (What the queue page shows of it, filtered and sorted, is in the URL: features/queue/queueView.ts.) Fed by the snapshot, then by socket changes and resyncs.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChangeEvent, Presence, QueueItem, QueueSnapshot, ResyncReply } from '../../../shared/schemas/api';
import { FINAL_STATUSES } from '../../../shared/schemas/domain';
import { orderRows } from './queueOrder';

export interface QueueState {
  items: Record<number, QueueItem>;
  /** Highest version seen per id, kept after an item leaves so a late, older change cannot bring it back. */
  versions: Record<number, number>;
  /** The change-feed sequence the items reflect; null until the first snapshot arrives. */
  seq: number | null;
  /** Changes that arrived before the first snapshot, applied once it lands. */
  early: ChangeEvent[];
  status: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  presence: Presence;
  /** Practice staff keep closed requests in view as outcomes; the hub queue drops them. */
  keepFinal: boolean;

  applySnapshot(snapshot: QueueSnapshot): void;
  applyChange(change: ChangeEvent): void;
  applyResync(reply: ResyncReply): void;
  /** A command's own reply: applied by version, without moving `seq` past changes not yet seen. */
  applyItem(item: QueueItem): void;
  loadFailed(message: string): void;
  setPresence(presence: Presence): void;
  reset(options?: { keepFinal?: boolean }): void;
}

export type QueueStore = StoreApi<QueueState>;

type Data = Pick<QueueState, 'items' | 'versions' | 'seq' | 'early' | 'status' | 'loadError' | 'presence' | 'keepFinal'>;

const initial = (keepFinal: boolean): Data => ({
  items: {},
  versions: {},
  seq: null,
  early: [],
  status: 'loading',
  loadError: null,
  presence: [],
  keepFinal,
});

/** Folds items into the held set, newest version wins; finished requests leave unless kept. */
function merge(state: Data, incoming: QueueItem[]): Pick<Data, 'items' | 'versions'> {
  const items = { ...state.items };
  const versions = { ...state.versions };
  for (const item of incoming) {
    const held = versions[item.id];
    if (held !== undefined && item.version <= held) continue;
    versions[item.id] = item.version;
    if (FINAL_STATUSES.includes(item.status) && !state.keepFinal) delete items[item.id];
    else items[item.id] = item;
  }
  return { items, versions };
}

/** Replaces the held queue with a snapshot, then applies any changes that arrived ahead of it. */
function fromSnapshot(state: Data, snapshot: QueueSnapshot): Partial<Data> {
  const fresh: Data = { ...state, items: {}, versions: {} };
  const later = state.early.filter((c) => c.seq > snapshot.seq);
  const base = { ...fresh, ...merge(fresh, snapshot.items) };
  const seq = later.reduce((s, c) => Math.max(s, c.seq), snapshot.seq);
  return { ...merge(base, later.map((c) => c.item)), seq, early: [], status: 'ready', loadError: null };
}

const maxSeq = (a: number | null, b: number) => (a === null ? b : Math.max(a, b));

export function createQueueStore(options: { keepFinal?: boolean } = {}): QueueStore {
  return createStore<QueueState>()((set) => ({
    ...initial(options.keepFinal ?? false),

    applySnapshot: (snapshot) => set((state) => fromSnapshot(state, snapshot)),

    applyChange: (change) =>
      set((state) => {
        if (state.seq === null) return { early: [...state.early, change] };
        return { ...merge(state, [change.item]), seq: maxSeq(state.seq, change.seq) };
      }),

    applyResync: (reply) =>
      set((state) =>
        reply.kind === 'snapshot'
          ? fromSnapshot({ ...state, early: [] }, reply.snapshot)
          : { ...merge(state, reply.changes.map((c) => c.item)), seq: maxSeq(state.seq, reply.seq) },
      ),

    applyItem: (item) => set((state) => merge(state, [item])),
    loadFailed: (message) => set((state) => (state.status === 'ready' ? {} : { status: 'failed', loadError: message })),
    setPresence: (presence) => set({ presence }),
    reset: (opts) => set((state) => initial(opts?.keepFinal ?? state.keepFinal)),
  }));
}

/** Every held request in queue order, unfiltered (the queue page narrows it by its URL: features/queue/queueView.ts). */
export const selectRows = (state: QueueState): QueueItem[] => orderRows(Object.values(state.items));

/** Practices present in the queue, for the practice filter, by name. */
export function practicesIn(items: QueueState['items']): { ods: string; name: string }[] {
  const byOds = new Map<string, string>();
  for (const item of Object.values(items)) byOds.set(item.practiceOds, item.practiceName);
  return [...byOds].map(([ods, name]) => ({ ods, name })).sort((a, b) => a.name.localeCompare(b.name));
}
