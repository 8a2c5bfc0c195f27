// Opens the live link for the page's lifetime and routes what it hears: changes and presence into
// the store, connection status into the workstation machine, a refused session back to sign-in.
import { publishNotice } from '../../api/noticeBus';
import { useEffect, useRef, type RefObject } from 'react';
import type { HubLink, LinkStatus } from '../../api/socket';
import { useDeps } from '../../deps';
import type { WorkstationEvent } from '../../machines/workstationTypes';
import type { WorkstationRef } from './workstationContext';
import { linkRefused } from '../session/linkRefused';

const EVENT_FOR: Record<Exclude<LinkStatus, 'refused'>, WorkstationEvent> = {
  connected: { type: 'SOCKET_CONNECTED' },
  disconnected: { type: 'SOCKET_DISCONNECTED' },
  reconnecting: { type: 'RECONNECT_ATTEMPT' },
};

/** The ref exists before the actor so the actor's resync can read the current link. */
export function useLinkRef() {
  return useRef<HubLink | null>(null);
}

export function useLiveLink(linkRef: RefObject<HubLink | null>, workstation: WorkstationRef) {
  const deps = useDeps();
  useEffect(() => {
    const link = deps.connect();
    linkRef.current = link;
    // A closed link may still report its own closing; only the current one speaks for the page.
    const live = () => linkRef.current === link;
    link.onChange((change) => live() && deps.queue.getState().applyChange(change));
    link.onPresence((presence) => live() && deps.queue.getState().setPresence(presence));
    link.onNotice((notice) => live() && publishNotice(deps.queue, notice));
    link.onStatus((status) => {
      if (!live()) return;
      if (status === 'refused') linkRefused(deps.session, link);
      else workstation.send(EVENT_FOR[status]);
    });
    return () => {
      linkRef.current = null;
      link.close();
    };
  }, [deps, linkRef, workstation]);
}
