// Counts 'stats' notices (docs/api.md: at most one a second, after commits that change a request), so
// the figures holding today refetch. Hub staff (the lead) already have the tab's one link open through
// the shell (useBackgroundQueueSync); a manager or admin has none, so the dashboard opens its own, which
// the hub joins only to the figures' room: it never carries a request.
import { useEffect, useState } from 'react';
import type { User } from '../../../../shared/schemas/api';
import { publishNotice } from '../../api/noticeBus';
import { useNotices } from '../../api/useNotices';
import { useDeps } from '../../deps';
import { seesHubQueue } from '../../stores/sessionStore';
import { linkRefused } from '../session/linkRefused';

export function useStatsNotices(user: User): number {
  const deps = useDeps();
  const [tick, setTick] = useState(0);
  const ownLink = !seesHubQueue(user);
  useEffect(() => {
    if (!ownLink) return;
    const link = deps.connect();
    let open = true;
    let connectedBefore = false;
    link.onNotice((notice) => open && publishNotice(deps.queue, notice));
    link.onStatus((status) => {
      if (!open) return;
      if (status === 'refused') linkRefused(deps.session, link);
      // Notices sent while the link was down are lost: catch up once it is back.
      else if (status === 'connected') {
        if (connectedBefore) setTick((t) => t + 1);
        connectedBefore = true;
      }
    });
    return () => {
      open = false;
      link.close();
    };
  }, [deps, ownLink]);
  useNotices(['stats'], () => setTick((t) => t + 1));
  return tick;
}
