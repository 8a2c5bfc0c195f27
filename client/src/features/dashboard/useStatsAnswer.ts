// Fetches one figure's answer for a query, again whenever `refresh` moves (a stats notice for an answer
// holding today). The last answer stays on screen while the next one loads, so live figures do not flicker.
import { useEffect, useState } from 'react';
import type { StatsAnswer, StatsEndpoint } from '../../../../shared/schemas/stats';
import { messageOf } from '../../api/errors';
import type { StatsParams } from '../../api/stats';
import { statsQueryString } from '../../api/stats';
import { useDeps } from '../../deps';

export interface AnswerState<E extends StatsEndpoint> {
  answer: StatsAnswer<E> | null;
  error: string | null;
}

/** `query` null: nothing asked (the filters are invalid). */
export function useStatsAnswer<E extends StatsEndpoint>(endpoint: E, query: StatsParams<E> | null, refresh = 0): AnswerState<E> {
  const { api } = useDeps();
  const [state, setState] = useState<AnswerState<E>>({ answer: null, error: null });
  const key = query === null ? null : statsQueryString(query);
  useEffect(() => {
    if (query === null) return;
    let current = true;
    api.stats(endpoint, query).then(
      (answer) => current && setState({ answer, error: null }),
      (failure: unknown) => current && setState((s) => ({ answer: s.answer, error: messageOf(failure) })),
    );
    return () => {
      current = false;
    };
    // The query's string is its identity: a new object with the same period asks nothing new.
  }, [api, endpoint, key, refresh]);
  return state;
}
