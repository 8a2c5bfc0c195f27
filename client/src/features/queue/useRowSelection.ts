// The selected row of a list (j/k move it), and moving keyboard focus to it when asked. In a windowed
// queue the row may not be in the page yet (QueueTable scrolls to it first), so a focus request waits
// for the row's button to appear rather than being dropped.
import { useCallback, useEffect, useState } from 'react';

const buttonOf = (id: number) => document.querySelector<HTMLElement>(`[data-row-id="${id}"]`);

export function useRowSelection() {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: number } | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const focus = (button: HTMLElement) => {
      button.focus({ preventScroll: true });
      button.scrollIntoView?.({ block: 'nearest' });
    };
    const now = buttonOf(focusRequest.id);
    if (now) return focus(now);
    const watcher = new MutationObserver(() => {
      const button = buttonOf(focusRequest.id);
      if (!button) return;
      watcher.disconnect();
      focus(button);
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [focusRequest]);

  const select = useCallback((id: number | null, options?: { focus?: boolean }) => {
    setSelectedId(id);
    if (options?.focus && id !== null) setFocusRequest({ id });
  }, []);

  return { selectedId, select };
}
