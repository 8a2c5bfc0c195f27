// The practice's live feed: its snapshot into the queue store (closed requests kept, as outcomes),
// then the same live link and resync-on-reconnect as the hub queue, by reusing the queue page's hooks.
import { useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { messageOf } from '../../api/errors';
import { useDeps } from '../../deps';
import { connectionViewOf, type ConnectionView } from '../../machines/workstationView';
import { startQueue } from '../queue/queueSync';
import { useLinkRef, useLiveLink } from '../queue/useLiveLink';
import { useWorkstationActor } from '../queue/useWorkstationActor';

export function usePracticeFeed(): ConnectionView {
  const deps = useDeps();
  useEffect(() => {
    startQueue(deps, true).catch((error) => deps.queue.getState().loadFailed(messageOf(error)));
  }, [deps]);
  const linkRef = useLinkRef();
  // The workstation machine owns the connection state and the resync after every (re)connect;
  // practice staff never claim, and the hub ignores their presence reports.
  const workstation = useWorkstationActor(linkRef);
  useLiveLink(linkRef, workstation);
  return useSelector(workstation, connectionViewOf);
}
