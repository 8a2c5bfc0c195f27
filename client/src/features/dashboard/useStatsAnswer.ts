// Fetches one figure's answer for a query, and again whenever `refresh` moves (a stats notice for an
// answer holding today). A refresh while a fetch is out waits for it and then asks once: a long period's
// answer can take seconds (docs/metrics.md, "Measured"), and notices come every second on a busy hub.
// The last answer stays on screen while the same query is fetched again, so live figures do not flicker;
// a new period or practice clears it, so one period's figures never stand under another's.
import { useEffect, useRef, useState } from 'react';
import type { StatsResource, StatsResourceAnswer } from '../../../../shared/schemas/stats';
import { messageOf } from '../../api/errors';
import { statsQueryString, type StatsParams } from '../../api/stats';
import { useDeps } from '../../deps';

export interface AnswerState<E extends StatsResource> {
  answer: StatsResourceAnswer<E> | null;
  error: string | null;
}

/**
 * `query` null: nothing asked (the filters are invalid). `onlyOnRefresh`: nothing asked until `refresh`
 * first moves (a figure the page already has from another answer, kept live on its own).
 */
export function useStatsAnswer<E extends StatsResource>(endpoint: E, query: StatsParams<E> | null, refresh = 0, onlyOnRefresh = false): AnswerState<E> {
  const { api } = useDeps();
  const [state, setState] = useState<AnswerState<E> & { key: string | null }>({ key: null, answer: null, error: null });
  // The query string is the query's identity: a new object with the same period asks nothing new.
  const key = query === null ? null : statsQueryString(query);
  const fetchAgain = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (query === null || key === null) return;
    let current = true;
    let busy = false;
    let again = false;
    const run = () => {
      if (busy) return void (again = true);
      busy = true;
      api
        .stats(endpoint, query)
        .then(
          (answer) => current && setState({ key, answer, error: null }),
          (failure: unknown) => current && setState((s) => ({ key, answer: s.key === key ? s.answer : null, error: messageOf(failure) })),
        )
        .finally(() => {
          busy = false;
          if (current && again) {
            again = false;
            run();
          }
        });
    };
    fetchAgain.current = run;
    if (!onlyOnRefresh) run();
    return () => {
      current = false;
      fetchAgain.current = () => undefined;
    };
    // `query` is read through `key`, its identity.
  }, [api, endpoint, key, onlyOnRefresh]);

  const seen = useRef(refresh);
  useEffect(() => {
    if (seen.current === refresh) return;
    seen.current = refresh;
    fetchAgain.current();
  }, [refresh]);

  return state.key === key ? { answer: state.answer, error: state.error } : { answer: null, error: null };
}
