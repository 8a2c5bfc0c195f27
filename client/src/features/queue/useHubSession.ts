// What every live hub page needs (the queue and the inbox): the hub queue loaded, the live link open,
// and this workstation's machine started (connection, presence, what I have open).
import { useSelector } from '@xstate/react';
import { useEffect, type RefObject } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';
import { messageOf } from '../../api/errors';
import { useDeps } from '../../deps';
import { holdPageSession } from '../alerts/pageSessions';
import { startQueue } from './queueSync';
import { useLinkRef, useLiveLink } from './useLiveLink';
import { useWorkstationActor } from './useWorkstationActor';

/** `shown`: the rows as the page shows them, for "claim next" (see useWorkstationActor). */
export function useHubSession(shown?: RefObject<QueueItem[] | null>) {
  const deps = useDeps();
  // While this page runs the queue, the shell's background sync for the red-flag bar stands down.
  useEffect(() => holdPageSession(deps.queue), [deps]);
  useEffect(() => {
    // The hub's views drop finished requests (the practice page keeps them, as outcomes).
    startQueue(deps, false).catch((error) => deps.queue.getState().loadFailed(messageOf(error)));
  }, [deps]);

  const linkRef = useLinkRef();
  const workstation = useWorkstationActor(linkRef, shown);
  useLiveLink(linkRef, workstation);
  const snapshot = useSelector(workstation, (s) => s);
  return { workstation, snapshot };
}
