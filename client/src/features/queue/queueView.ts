// What the queue shows and in what order: the filters and sort a coordinator picks, kept in the URL so a
// reload or a shared link shows the same list (docs/queue.md). Anything in the URL this page does not
// know falls back to its default, so an old or mistyped link still opens the whole queue.
import type { QueueItem } from '../../../../shared/schemas/api';
import { KINDS, type ConsultationKind } from '../../../../shared/schemas/domain';
import { isFlagged, sortQueue } from '../../stores/queueOrder';

/** Which open requests, by where they are in their lifecycle (docs/lifecycle.md, "States"). */
export const STATUS_FILTERS = {
  open: 'All open',
  triage: 'To triage (waiting or being triaged)',
  queued: 'Waiting',
  returned: 'Returned, waiting again',
  in_triage: 'Being triaged',
  offered: 'Offered to a hub team',
  with_clinician: 'With a clinician',
  elsewhere: 'With a pharmacy, the practice or the patient',
} as const;
export type StatusFilter = keyof typeof STATUS_FILTERS;

export const HOLDER_FILTERS = { anyone: 'Anyone or no one', mine: 'Claimed by me', unclaimed: 'Unclaimed' } as const;
export type HolderFilter = keyof typeof HOLDER_FILTERS;

export const SORTS = {
  priority: 'Priority, then act by',
  oldest: 'Oldest first',
  due: 'Act by, soonest first',
  practice: 'Practice',
} as const;
export type QueueSort = keyof typeof SORTS;

export interface QueueView {
  /** An ODS code, or 'all'. */
  practice: string;
  kind: ConsultationKind | 'all';
  /** Red flags and possible red flags: a possible one waits on a clinician just as urgently to be settled. */
  redFlagsOnly: boolean;
  status: StatusFilter;
  holder: HolderFilter;
  sort: QueueSort;
}

export const DEFAULT_VIEW: QueueView = { practice: 'all', kind: 'all', redFlagsOnly: false, status: 'open', holder: 'anyone', sort: 'priority' };

/** The URL's names for each setting; a setting at its default is left out of the URL. */
const PARAM = { practice: 'practice', kind: 'kind', redFlagsOnly: 'flags', status: 'status', holder: 'who', sort: 'sort' } as const;

const oneOf = <K extends string>(options: Record<K, unknown>, value: string | null, fallback: K): K =>
  value !== null && Object.hasOwn(options, value) ? (value as K) : fallback;

// ODS codes are short and alphanumeric; anything else in the URL is not a practice.
const ODS = /^[A-Z0-9]{3,10}$/i;

export function viewFromParams(params: URLSearchParams): QueueView {
  const practice = params.get(PARAM.practice);
  const kind = params.get(PARAM.kind);
  return {
    practice: practice !== null && ODS.test(practice) ? practice.toUpperCase() : 'all',
    kind: kind !== null && (KINDS as readonly string[]).includes(kind) ? (kind as ConsultationKind) : 'all',
    redFlagsOnly: params.get(PARAM.redFlagsOnly) === '1',
    status: oneOf(STATUS_FILTERS, params.get(PARAM.status), DEFAULT_VIEW.status),
    holder: oneOf(HOLDER_FILTERS, params.get(PARAM.holder), DEFAULT_VIEW.holder),
    sort: oneOf(SORTS, params.get(PARAM.sort), DEFAULT_VIEW.sort),
  };
}

/** Writes the view into a copy of `params`, keeping whatever else the URL carries. */
export function paramsWithView(params: URLSearchParams, view: QueueView): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(PARAM) as (keyof QueueView)[]) {
    const value = view[key];
    if (value === DEFAULT_VIEW[key]) next.delete(PARAM[key]);
    else next.set(PARAM[key], value === true ? '1' : String(value));
  }
  return next;
}

const ELSEWHERE: readonly QueueItem['status'][] = ['redirected', 'returned_to_practice', 'awaiting_delivery'];

function matchesStatus(item: QueueItem, status: StatusFilter): boolean {
  switch (status) {
    case 'open':
      return true;
    case 'triage':
      return item.status === 'queued' || item.status === 'in_triage';
    case 'returned':
      return item.status === 'queued' && item.returnedBecause !== null;
    case 'elsewhere':
      return ELSEWHERE.includes(item.status);
    default:
      return item.status === status;
  }
}

export function matchesView(item: QueueItem, view: QueueView, userId: number): boolean {
  if (view.practice !== 'all' && item.practiceOds !== view.practice) return false;
  if (view.kind !== 'all' && item.kind !== view.kind) return false;
  if (view.redFlagsOnly && !isFlagged(item)) return false;
  if (view.holder === 'mine' && item.claimedBy?.id !== userId) return false;
  if (view.holder === 'unclaimed' && item.claimedBy !== null) return false;
  return matchesStatus(item, view.status);
}

/** Each sort's leading key as a number; ties fall to the queue's own order, so the list never jumps about. */
const LEADING_KEY: Record<QueueSort, ((rows: QueueItem[]) => (item: QueueItem) => number) | null> = {
  priority: null,
  oldest: () => (item) => Date.parse(item.submittedAt),
  due: () => (item) => Date.parse(item.sla.firstActionDue),
  // Practices are few: rank their names once (by locale) rather than comparing names in every comparison.
  practice: (rows) => {
    const names = [...new Set(rows.map((item) => item.practiceName))].sort((a, b) => a.localeCompare(b));
    const rank = new Map(names.map((name, i) => [name, i]));
    return (item) => rank.get(item.practiceName)!;
  },
};

/**
 * The rows as shown: filtered and sorted. `keep` is the request this workstation holds (or is claiming):
 * it stays in the list whatever the filters, so the work in hand never vanishes from under the pane (docs/queue.md).
 */
export function shownRows(items: Record<number, QueueItem>, view: QueueView, userId: number, keep: number | null = null): QueueItem[] {
  const rows = Object.values(items).filter((item) => item.id === keep || matchesView(item, view, userId));
  return sortQueue(rows, LEADING_KEY[view.sort]?.(rows));
}
