// The queue as a table: one row per request, in the order the coordinator chose (red flags first by default).
// A long queue is windowed (docs/queue.md, "Large queues"): only the rows in view, and a few either side,
// are in the page, between two spacer rows that keep the scroll height; the table keeps its semantics for
// screen readers through aria-rowcount on the table and aria-rowindex on each row rendered.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { QueueItem, User } from '../../../../shared/schemas/api';
import { useHubSettings } from '../../deps';
import { QueueRow } from './QueueRow';
import { SORTS, type QueueSort } from './queueView';
import { useFirstRowsMark, useSelectedRowMark } from './queueMarks';

/** Below this many rows every row is rendered: it costs little, and keeps find-in-page and printing whole. */
export const WINDOW_FROM = 150;
/** A row's height before it is measured: one line of snippet and the SLA line, in CSS pixels. */
const ROW_ESTIMATE = 58;
const estimateSize = () => ROW_ESTIMATE;
const COLUMNS = 7;

interface Props {
  rows: QueueItem[];
  sort: QueueSort;
  user: User;
  now: number;
  selectedId: number | null;
  openId: number | null;
  onActivate(id: number): void;
}

export function QueueTable({ rows, sort, user, now, selectedId, openId, onActivate }: Props) {
  // Read once for the table: every row's SLA countdown runs on the hub's calendar and policy in force.
  const slaSettings = useHubSettings((s) => s.settings);
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = rows.length >= WINDOW_FROM;
  // Stable while the rows are: the virtualiser recomputes every row's offset when its key function changes,
  // 10,000 rows on each j otherwise (docs/benchmarks.md, "Queue").
  const getItemKey = useCallback((index: number) => rows[index]!.id, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    enabled: windowed,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 8,
    // The sticky header covers the top of the box: a row scrolled to from below lands under it, not behind it.
    scrollPaddingStart: 40,
  });
  useFirstRowsMark(rows.length > 0);

  // The keys move the selection; the selected row is scrolled into view, rendered first if it is not yet.
  const latestRows = useRef(rows);
  latestRows.current = rows;
  useEffect(() => {
    if (!windowed || selectedId === null) return;
    const index = latestRows.current.findIndex((row) => row.id === selectedId);
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [windowed, selectedId, virtualizer]);

  const rowOf = (item: QueueItem, index: number, measured: boolean) => (
    <QueueRow
      key={item.id}
      item={item}
      user={user}
      now={now}
      slaSettings={slaSettings}
      selected={item.id === selectedId}
      open={item.id === openId}
      onActivate={onActivate}
      rowIndex={index + 2}
      measureRef={measured ? virtualizer.measureElement : undefined}
      measureIndex={measured ? index : undefined}
    />
  );

  const shown = windowed ? virtualizer.getVirtualItems() : [];
  const selectedShown = !windowed || shown.some((v) => rows[v.index]?.id === selectedId);
  useSelectedRowMark(selectedId, selectedShown);
  const before = shown.length > 0 ? shown[0]!.start : 0;
  const after = shown.length > 0 ? virtualizer.getTotalSize() - shown.at(-1)!.end : 0;
  return (
    <div ref={scrollRef} className={windowed ? 'table-scroll is-windowed' : 'table-scroll'}>
      <table className="queue-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">Requests, sorted by {SORTS[sort].toLowerCase()}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-flag">
              Priority
            </th>
            <th scope="col">Patient</th>
            <th scope="col">Practice</th>
            <th scope="col">Kind</th>
            <th scope="col">Request</th>
            <th scope="col">Waiting and SLA</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {!windowed && rows.map((item, index) => rowOf(item, index, false))}
          {windowed && before > 0 && <Spacer height={before} />}
          {windowed && shown.map((v) => rowOf(rows[v.index]!, v.index, true))}
          {windowed && after > 0 && <Spacer height={after} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows scrolled out of the page; hidden from screen readers, which count rows by aria-rowindex. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="queue-spacer">
      <td colSpan={COLUMNS} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
