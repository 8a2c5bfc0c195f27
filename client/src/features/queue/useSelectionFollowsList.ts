// The highlighted row and the open request never disagree with the list (docs/queue.md, "The highlight
// and the open request"): the list as filtered is the truth. When the highlighted request leaves it
// (routed, finished, claimed away under "Unclaimed", filtered out) the highlight moves to the request that
// took its place, or the one before it at the end; when the open request leaves it, the pane closes, so
// the pane never shows a request the list does not. The request this workstation holds never leaves the
// list while held (queueView.ts keeps it whatever the filters), so routing or releasing it is what ends it.
import { useEffect, useRef } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';

interface Options {
  rows: QueueItem[];
  /** Whether the list is loaded: an empty list while loading is not a list the highlight left. */
  ready: boolean;
  selectedId: number | null;
  openId: number | null;
  select(id: number | null): void;
  /** Closes the pane; a no-op when the workstation cannot close it (holding, claiming). */
  closePane(): void;
}

export function useSelectionFollowsList({ rows, ready, selectedId, openId, select, closePane }: Options) {
  // Where the highlighted row was last seen, so its place can be given to the row that took it.
  const lastIndex = useRef(0);
  useEffect(() => {
    if (!ready) return;
    const at = selectedId === null ? -1 : rows.findIndex((row) => row.id === selectedId);
    if (at !== -1) {
      lastIndex.current = at;
    } else if (selectedId !== null) {
      select(rows.length === 0 ? null : rows[Math.min(lastIndex.current, rows.length - 1)]!.id);
    }
    if (openId !== null && !rows.some((row) => row.id === openId)) closePane();
  }, [rows, ready, selectedId, openId, select, closePane]);
}
