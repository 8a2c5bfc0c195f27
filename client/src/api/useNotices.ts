// Follows the hub's notices for some topics (an aggregate other than a request changed, docs/api.md) and
// calls back so the page refetches what it shows. Only the topic arrives, never content. The notices come
// through the tab's one link to the hub (noticeBus.ts).
import { useEffect, useRef } from 'react';
import type { NoticeTopic } from '../../../shared/schemas/api';
import { useDeps } from '../deps';
import { subscribeNotices } from './noticeBus';

export function useNotices(topics: readonly NoticeTopic[], onNotice: (topic: NoticeTopic) => void, enabled = true): void {
  const deps = useDeps();
  // The latest callback and topics, so a re-render does not resubscribe.
  const latest = useRef({ topics, onNotice });
  latest.current = { topics, onNotice };
  useEffect(() => {
    if (!enabled) return;
    return subscribeNotices(deps.queue, (notice) => {
      if (latest.current.topics.includes(notice.topic)) latest.current.onNotice(notice.topic);
    });
  }, [deps, enabled]);
}
