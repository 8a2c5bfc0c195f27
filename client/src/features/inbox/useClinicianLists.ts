// The clinician's "Sent, awaiting acceptance" and "Done today", asked of the hub on opening and again
// whenever the live queue changes one of the requests they concern: one the clinician holds or is
// offered (finishing it puts it in "Done today"), or one already listed (an acceptance takes it out
// of "Sent"). Each ask is an audited read, so unrelated changes across the hub never trigger one.
import { useEffect, useRef, useState } from 'react';
import type { ClinicianLists } from '../../../../shared/schemas/clinicianLists';
import { messageOf } from '../../api/errors';
import { useDeps } from '../../deps';

/** Changes arrive in bursts (a command and its hand-off): one ask for the burst. */
const SETTLE_MS = 300;
/** "Today" turns over at the hub's midnight without any change to announce it. */
const REFRESH_MS = 5 * 60_000;

export function useClinicianLists(watchedIds: readonly number[]) {
  const { api, queue } = useDeps();
  const [lists, setLists] = useState<ClinicianLists | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The version of each request the lists concern, as last seen; a difference means "ask again".
  const seen = useRef(new Map<number, number | undefined>());
  const watched = useRef(watchedIds);
  watched.current = watchedIds;

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const versionOf = (id: number) => queue.getState().items[id]?.version;
    const remember = (ids: Iterable<number>) => {
      for (const id of ids) if (!seen.current.has(id)) seen.current.set(id, versionOf(id));
    };
    const load = () => {
      timer = undefined;
      api.clinicianLists().then(
        (next) => {
          if (!alive) return;
          setLists(next);
          setError(null);
          remember([...next.sent, ...next.done].map((r) => r.id));
        },
        (failure) => alive && setError(messageOf(failure)),
      );
    };
    const soon = () => {
      timer ??= setTimeout(load, SETTLE_MS);
    };
    remember(watched.current);
    load();
    const unsubscribe = queue.subscribe(() => {
      remember(watched.current);
      let changed = false;
      for (const [id, version] of seen.current) {
        const now = versionOf(id);
        if (now !== version) {
          seen.current.set(id, now);
          changed = true;
        }
      }
      if (changed) soon();
    });
    const refresh = setInterval(load, REFRESH_MS);
    return () => {
      alive = false;
      unsubscribe();
      clearInterval(refresh);
      clearTimeout(timer);
    };
  }, [api, queue]);

  return { lists, error };
}
