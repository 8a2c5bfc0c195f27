// The queue's filters and sort live in the URL and nowhere else: reading them parses the search params,
// changing them replaces the params (replace, so the back button leaves the page rather than undoing each click).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { paramsWithView, viewFromParams, type QueueView } from './queueView';

export function useQueueView(): [QueueView, (patch: Partial<QueueView>) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFromParams(params), [params]);
  const change = useCallback(
    (patch: Partial<QueueView>) => setParams((current) => paramsWithView(current, { ...viewFromParams(current), ...patch }), { replace: true }),
    [setParams],
  );
  return [view, change];
}
