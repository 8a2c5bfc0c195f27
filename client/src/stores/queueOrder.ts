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
export const priorityRank = (priority: Priority) => PRIORITIES.indexOf(priority);

/** A definite or a possible red flag: either puts the request above routine ones and in the red-flag filter. */
export const isFlagged = (item: Pick<QueueItem, 'priority'>) => item.priority !== 'routine';

export function compareQueueItems(a: QueueItem, b: QueueItem): number {
  const flag = priorityRank(a.priority) - priorityRank(b.priority);
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

/**
 * Sorts into queue order, led by `lead` when given (another sort whose ties fall to the queue's order).
 * The keys are worked out once per row, not in each comparison: sorting 10,000 rows compares about
 * 130,000 pairs, and parsing two dates in each was most of the queue page's render (docs/benchmarks.md, "Queue").
 */
export function sortQueue(items: QueueItem[], lead: (item: QueueItem) => number = () => 0): QueueItem[] {
  const keyed = items.map((item) => ({ item, lead: lead(item), flag: priorityRank(item.priority), due: dueAt(item) }));
  keyed.sort((a, b) => a.lead - b.lead || a.flag - b.flag || a.due - b.due || a.item.id - b.item.id);
  return keyed.map((k) => k.item);
}

export const orderRows = (items: Iterable<QueueItem>, filters: QueueFilters = NO_FILTERS): QueueItem[] =>
  sortQueue([...items].filter((item) => matchesFilters(item, filters)));
