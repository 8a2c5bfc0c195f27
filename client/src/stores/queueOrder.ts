// How the live queue is ordered and filtered: red flags first, then by first-action due, then id.
// The server sends the queue in this order; the client keeps it as changes arrive.
import type { QueueItem } from '../../../shared/schemas/api';
import type { ConsultationKind } from '../../../shared/schemas/domain';

export interface QueueFilters {
  /** An ODS code, or 'all'. */
  practice: string;
  kind: ConsultationKind | 'all';
  redFlagsOnly: boolean;
}

export const NO_FILTERS: QueueFilters = { practice: 'all', kind: 'all', redFlagsOnly: false };

const dueAt = (item: QueueItem) => Date.parse(item.sla.firstActionDue);

export function compareQueueItems(a: QueueItem, b: QueueItem): number {
  const flag = Number(b.priority === 'red_flag') - Number(a.priority === 'red_flag');
  if (flag !== 0) return flag;
  const due = dueAt(a) - dueAt(b);
  if (due !== 0) return due;
  return a.id - b.id;
}

export function matchesFilters(item: QueueItem, filters: QueueFilters): boolean {
  if (filters.practice !== 'all' && item.practiceOds !== filters.practice) return false;
  if (filters.kind !== 'all' && item.kind !== filters.kind) return false;
  if (filters.redFlagsOnly && item.priority !== 'red_flag') return false;
  return true;
}

export const orderRows = (items: Iterable<QueueItem>, filters: QueueFilters = NO_FILTERS): QueueItem[] =>
  [...items].filter((item) => matchesFilters(item, filters)).sort(compareQueueItems);
