// The live queue as each user may see it: a snapshot with the change-feed sequence it reflects,
// and the changes since a sequence for a client that reconnects.
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import type { ChangeEvent, QueueSnapshot, ResyncReply, User } from '../../shared/schemas/api';
import type { Role } from '../../shared/schemas/domain';
import type { Directory } from '../directory';
import { toQueueItem } from './queueItem';

/** Roles that work the hub's shared queue; practice staff see only their own practice. */
export const HUB_QUEUE_ROLES: readonly Role[] = ['coordinator', 'lead', 'anp', 'pharmacist', 'physio'];
export const QUEUE_ROLES: readonly Role[] = [...HUB_QUEUE_ROLES, 'practice'];

/** Past this many changes a resync is cheaper as a fresh snapshot. */
const RESYNC_LIMIT = 5000;

export const seesHubQueue = (user: User) => user.roles.some((r) => HUB_QUEUE_ROLES.includes(r));

export function maySee(user: User, row: Pick<ConsultationRow, 'practiceOds'>): boolean {
  return seesHubQueue(user) || (user.roles.includes('practice') && user.practiceOds === row.practiceOds);
}

export function createQueueView(db: HubDatabase, directory: Directory) {
  const rowsFor = (user: User): ConsultationRow[] =>
    seesHubQueue(user) ? db.q.consultations.openOrdered() : user.practiceOds ? db.q.consultations.forPractice(user.practiceOds) : [];

  /** Queue items with their pending hand-offs, looked up in one query. */
  function withHandoffs(rows: ConsultationRow[]) {
    const ids = rows.flatMap((r) => (r.pendingHandoffId === null ? [] : [r.pendingHandoffId]));
    const handoffs = new Map(db.q.handoffs.byIds(ids).map((h) => [h.id, h]));
    return rows.map((row) => toQueueItem(row, directory, row.pendingHandoffId === null ? undefined : handoffs.get(row.pendingHandoffId)));
  }

  function snapshot(user: User): QueueSnapshot {
    // better-sqlite3 is synchronous, so no commit can land between reading seq and the rows.
    const seq = db.q.feed.latestSeq();
    return { seq, items: withHandoffs(rowsFor(user)) };
  }

  function changesSince(user: User, since: number): ResyncReply {
    const feed = db.q.feed.since(since, RESYNC_LIMIT + 1);
    if (feed.length > RESYNC_LIMIT) return { kind: 'snapshot', snapshot: snapshot(user) };
    const lastSeq = new Map<number, { seq: number; type: string }>();
    for (const entry of feed) lastSeq.set(entry.consultationId, { seq: entry.seq, type: entry.type });
    const rows = db.q.consultations.byIds([...lastSeq.keys()]).filter((row) => maySee(user, row));
    const changes: ChangeEvent[] = withHandoffs(rows)
      .map((item) => ({ ...lastSeq.get(item.id)!, item }))
      .sort((a, b) => a.seq - b.seq);
    return { kind: 'changes', seq: feed.at(-1)?.seq ?? since, changes };
  }

  return { snapshot, changesSince };
}

export type QueueView = ReturnType<typeof createQueueView>;
