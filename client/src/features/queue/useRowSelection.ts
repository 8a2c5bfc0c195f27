// The selected row of a list (j/k move it), and moving keyboard focus to it when asked.
import { useCallback, useEffect, useState } from 'react';

export function useRowSelection() {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: number } | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const button = document.querySelector<HTMLElement>(`[data-row-id="${focusRequest.id}"]`);
    button?.focus();
    button?.scrollIntoView?.({ block: 'nearest' });
  }, [focusRequest]);

  const select = useCallback((id: number | null, options?: { focus?: boolean }) => {
    setSelectedId(id);
    if (options?.focus && id !== null) setFocusRequest({ id });
  }, []);

  return { selectedId, select };
}
