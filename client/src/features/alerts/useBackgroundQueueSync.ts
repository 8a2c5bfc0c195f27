// Keeps the live queue in this tab on hub pages that do not run one of their own (a request's journey,
// the liability matrix), so the red-flag bar and alerts stay live everywhere. The queue and inbox pages
// run the full workstation session instead (useHubSession); while one is up, this stays off.
import { useEffect } from 'react';
import { messageOf } from '../../api/errors';
import { publishNotice } from '../../api/noticeBus';
import { useDeps } from '../../deps';
import { resyncQueue, startQueue } from '../queue/queueSync';
import { pageSessionActive, usePageSessionActive } from './pageSessions';
import { linkRefused } from '../session/linkRefused';

export function useBackgroundQueueSync() {
  const deps = useDeps();
  const pageHasOne = usePageSessionActive(deps.queue);
  useEffect(() => {
    // Checked again here: a page's session starts in an effect of its own, which runs before this one.
    if (pageHasOne || pageSessionActive(deps.queue)) return;
    startQueue(deps, false).catch((error) => deps.queue.getState().loadFailed(messageOf(error)));
    const link = deps.connect();
    let open = true;
    link.onChange((change) => open && deps.queue.getState().applyChange(change));
    link.onNotice((notice) => open && publishNotice(deps.queue, notice));
    link.onStatus((status) => {
      if (!open) return;
      if (status === 'refused') linkRefused(deps.session, link);
      // After a reconnect, whatever was missed meanwhile (a red flag among it) arrives by resync.
      else if (status === 'connected') resyncQueue(deps, link).catch(() => undefined);
    });
    return () => {
      open = false;
      link.close();
    };
  }, [deps, pageHasOne]);
}
