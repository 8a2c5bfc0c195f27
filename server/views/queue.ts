// The live queue as each user may see it: a snapshot with the change-feed sequence it reflects,
// and the changes since a sequence for a client that reconnects.
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import type { ChangeEvent, QueueItem, QueueSnapshot, ResyncReply, User } from '../../shared/schemas/api';
import type { Role } from '../../shared/schemas/domain';
import type { Directory } from '../directory';
import type { ItemCache } from './itemCache';
import { toQueueItem } from './queueItem';

/** Roles that work the hub's shared queue; practice staff see only their own practice. */
export const HUB_QUEUE_ROLES: readonly Role[] = ['coordinator', 'lead', 'anp', 'pharmacist', 'physio'];
export const QUEUE_ROLES: readonly Role[] = [...HUB_QUEUE_ROLES, 'practice'];

/** Past this many changes a resync is cheaper as a fresh snapshot. */
const RESYNC_LIMIT = 5000;
/**
 * About 50 kB a part: under V8's large-object size (128 kB), so each part is born and dies in the
 * young generation. Parts of 250 items (190 kB) went straight to the old generation, which only a
 * full collection clears, and a burst of snapshots grew the heap by 150 MB.
 */
const PART_ITEMS = 64;

export const seesHubQueue = (user: User) => user.roles.some((r) => HUB_QUEUE_ROLES.includes(r));

export function maySee(user: User, row: Pick<ConsultationRow, 'practiceOds'>): boolean {
  return seesHubQueue(user) || (user.roles.includes('practice') && user.practiceOds === row.practiceOds);
}

export function createQueueView(db: HubDatabase, directory: Directory, cache: ItemCache) {
  /** Queue items for rows, with their pending hand-offs looked up in one query. */
  function itemsOf(rows: ConsultationRow[]): QueueItem[] {
    const ids = rows.flatMap((r) => (r.pendingHandoffId === null ? [] : [r.pendingHandoffId]));
    const handoffs = new Map(db.q.handoffs.byIds(ids).map((h) => [h.id, h]));
    return rows.map((row) => cache.remember(toQueueItem(row, directory, row.pendingHandoffId === null ? undefined : handoffs.get(row.pendingHandoffId))));
  }

  const orderFor = (user: User) =>
    seesHubQueue(user) ? db.q.consultations.openOrder() : user.practiceOds ? db.q.consultations.practiceOrder(user.practiceOds) : [];

  /**
   * The snapshot as JSON text in parts of a few hundred items: written to the response one part at
   * a time, a 10,000-request queue never becomes one 7 MB string per request. Cached items are
   * reused; only requests changed since they were cached are rebuilt.
   */
  function snapshotParts(user: User): Generator<string> {
    // better-sqlite3 is synchronous, so no commit can land between reading seq and the rows; the
    // item strings are gathered now (references, not copies), so parts written later, across
    // waits for the socket to drain, still describe this one instant.
    const seq = db.q.feed.latestSeq();
    const order = orderFor(user);
    const built = new Map<number, string>();
    const missing = order.filter((o) => cache.json(o.id, o.version) === undefined).map((o) => o.id);
    for (const item of itemsOf(db.q.consultations.byIds(missing))) built.set(item.id, cache.json(item.id, item.version) ?? JSON.stringify(item));
    const items = order.map((o) => cache.json(o.id, o.version) ?? built.get(o.id)!);
    return (function* () {
      yield `{"seq":${seq},"items":[`;
      for (let i = 0; i < items.length; i += PART_ITEMS) yield (i === 0 ? '' : ',') + items.slice(i, i + PART_ITEMS).join(',');
      yield ']}';
    })();
  }

  const snapshotJson = (user: User) => [...snapshotParts(user)].join('');
  const snapshot = (user: User): QueueSnapshot => JSON.parse(snapshotJson(user)) as QueueSnapshot;

  function changesSince(user: User, since: number): ResyncReply {
    const feed = db.q.feed.since(since, RESYNC_LIMIT + 1);
    if (feed.length > RESYNC_LIMIT) return { kind: 'snapshot', snapshot: snapshot(user) };
    const lastSeq = new Map<number, { seq: number; type: string }>();
    for (const entry of feed) lastSeq.set(entry.consultationId, { seq: entry.seq, type: entry.type });
    const rows = db.q.consultations.byIds([...lastSeq.keys()]).filter((row) => maySee(user, row));
    const changes: ChangeEvent[] = itemsOf(rows)
      .map((item) => ({ ...lastSeq.get(item.id)!, item }))
      .sort((a, b) => a.seq - b.seq);
    return { kind: 'changes', seq: feed.at(-1)?.seq ?? since, changes };
  }

  return { snapshotParts, snapshotJson, snapshot, changesSince };
}

export type QueueView = ReturnType<typeof createQueueView>;
