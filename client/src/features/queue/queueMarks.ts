// Browser performance marks for the queue's two figures (docs/benchmarks.md, "Queue"): when the first rows
// paint, and how long `j`/`k` take from the key to the newly selected row on screen. `npm run bench`
// reads them in Chromium; they cost microseconds, so they stay on in production too.
import { useEffect, useLayoutEffect, useRef } from 'react';

export const FIRST_RENDER = 'queue:first-render';
/** The queue's snapshot fetched, parsed and validated (queueSync.ts): splits the first render in two. */
export const SNAPSHOT_READ = 'queue:snapshot-read';
export const KEY_TO_ROW = 'queue:key-to-row';
/** Keep the timeline small over a working day: older key measures are dropped past this many. */
const KEEP_MEASURES = 1000;

let firstRendered = false;
let keyAt: number | null = null;

/** After the next frame, so the mark falls after the paint the user sees, not only after React's commit. */
const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));

/** Marks the first time this page has rows on screen (once per page load). */
export function useFirstRowsMark(hasRows: boolean) {
  useLayoutEffect(() => {
    if (!hasRows || firstRendered) return;
    firstRendered = true;
    afterPaint(() => performance.mark(FIRST_RENDER));
  }, [hasRows]);
}

/** Notes when j or k was pressed, before the page handles it. */
export function useKeyMarks() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'j' || event.key === 'k') keyAt = performance.now();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

/** Measures key → selected row painted, once that row is in the page (`rendered`). */
export function useSelectedRowMark(selectedId: number | null, rendered: boolean) {
  const last = useRef(selectedId);
  useLayoutEffect(() => {
    if (keyAt === null || !rendered || selectedId === last.current) return;
    last.current = selectedId;
    const start = keyAt;
    keyAt = null;
    afterPaint(() => {
      if (performance.getEntriesByName(KEY_TO_ROW).length >= KEEP_MEASURES) performance.clearMeasures(KEY_TO_ROW);
      performance.measure(KEY_TO_ROW, { start, end: performance.now() });
    });
  });
}
