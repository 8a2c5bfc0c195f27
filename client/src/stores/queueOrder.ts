// How the live queue is ordered and filtered: red flags first, then possible red flags, then by
// first-action due, then id. The server sends the queue in this order; the client keeps it as changes arrive.
import type { QueueItem } from '../../../shared/schemas/api';
import { PRIORITIES, type ConsultationKind, type Priority } from '../../../shared/schemas/domain';

export interface QueueFilters {
  /** An ODS code, or 'all'. */
  practice: string;
  kind: ConsultationKind | 'all';
  /** Red flags and possible red flags: a possible one waits on a clinician just as urgently to be settled. */
  redFlagsOnly: boolean;
}

export const NO_FILTERS: QueueFilters = { practice: 'all', kind: 'all', redFlagsOnly: false };

const dueAt = (item: QueueItem) => Date.parse(item.sla.firstActionDue);

/** red_flag < red_flag_possible < routine, the order shared/schemas/domain.ts lists them in (and the server sorts by). */
const rank = (priority: Priority) => PRIORITIES.indexOf(priority);

/** A definite or a possible red flag: either puts the request above routine ones and in the red-flag filter. */
export const isFlagged = (item: Pick<QueueItem, 'priority'>) => item.priority !== 'routine';

export function compareQueueItems(a: QueueItem, b: QueueItem): number {
  const flag = rank(a.priority) - rank(b.priority);
  if (flag !== 0) return flag;
  const due = dueAt(a) - dueAt(b);
  if (due !== 0) return due;
  return a.id - b.id;
}

export function matchesFilters(item: QueueItem, filters: QueueFilters): boolean {
  if (filters.practice !== 'all' && item.practiceOds !== filters.practice) return false;
  if (filters.kind !== 'all' && item.kind !== filters.kind) return false;
  if (filters.redFlagsOnly && !isFlagged(item)) return false;
  return true;
}

export const orderRows = (items: Iterable<QueueItem>, filters: QueueFilters = NO_FILTERS): QueueItem[] =>
  [...items].filter((item) => matchesFilters(item, filters)).sort(compareQueueItems);
