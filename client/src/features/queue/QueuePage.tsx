// The hub workstation: live queue, filters, team presence and the open request, wired to the
// store (data), the workstation machine (what I am doing) and the action registry (what I can do).
import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ActionsProvider } from '../../actions/ActionsProvider';
import { open } from '../../actions/open';
import type { ActionContext } from '../../actions/registry';
import { messageOf } from '../../api/errors';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps, useQueue, useUser } from '../../deps';
import { connectionViewOf } from '../../machines/workstationView';
import { selectRows } from '../../stores/queueStore';
import { ConsultationPane } from '../consultation/ConsultationPane';
import { Announcer } from './Announcer';
import { HelpOverlay } from './HelpOverlay';
import { PresenceBar } from './PresenceBar';
import { QueuePanel } from './QueuePanel';
import { loadQueue } from './queueSync';
import { useActivity } from './useActivity';
import { useLinkRef, useLiveLink } from './useLiveLink';
import { useWorkstationActor } from './useWorkstationActor';
import { WorkstationBar } from './WorkstationBar';
import { WorkstationContext } from './workstationContext';

export function QueuePage({ mode }: { mode: 'hub' | 'practice' }) {
  const deps = useDeps();
  const user = useUser();
  useEffect(() => {
    deps.queue.getState().reset({ keepFinal: mode === 'practice' });
    loadQueue(deps).catch((error) => deps.queue.getState().loadFailed(messageOf(error)));
  }, [deps, mode]);

  const linkRef = useLinkRef();
  const workstation = useWorkstationActor(linkRef);
  useLiveLink(linkRef, workstation);
  const snapshot = useSelector(workstation, (s) => s);
  const rows = useQueue(useShallow(selectRows));
  const items = useQueue((s) => s.items);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: number } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  const { heldId, openId, error } = snapshot.context;
  const held = heldId === null ? undefined : items[heldId];
  const loaded = useQueue((s) => s.status === 'ready');
  const holding = snapshot.matches({ work: 'holding' });
  useActivity(workstation, holding);
  // The hub is the authority on the claim: when its copy says we no longer hold it, we don't.
  useEffect(() => {
    if (holding && loaded && held?.claimedBy?.id !== user.id) workstation.send({ type: 'LEASE_LOST' });
  }, [holding, loaded, held, user.id, workstation]);

  // Whatever was claimed (by key, button or "claim next") becomes the selected row.
  useEffect(() => {
    if (heldId !== null) setSelectedId(heldId);
  }, [heldId]);

  useEffect(() => {
    if (!focusRequest) return;
    const button = document.querySelector<HTMLElement>(`[data-row-id="${focusRequest.id}"]`);
    button?.focus();
    button?.scrollIntoView?.({ block: 'nearest' });
  }, [focusRequest]);

  const context: ActionContext = {
    user,
    rows,
    items,
    selectedId,
    select: (id, options) => {
      setSelectedId(id);
      if (options?.focus && id !== null) setFocusRequest({ id });
    },
    workstation: snapshot,
    send: workstation.send,
    toggleHelp: () => setHelpOpen((shown) => !shown),
  };
  const latest = useRef(context);
  latest.current = context;
  const onActivate = useCallback((id: number) => {
    latest.current.select(id);
    if (open.isEnabled(latest.current, { id })) open.perform(latest.current, { id });
  }, []);

  return (
    <WorkstationContext.Provider value={workstation}>
      <ActionsProvider context={context}>
        <main id="main" className="queue-page" tabIndex={-1}>
          <div className="page-top">
            <h1>{mode === 'hub' ? 'Hub queue' : 'Your practice’s requests'}</h1>
            {mode === 'hub' && <WorkstationBar mayTriage={user.roles.some((r) => r === 'coordinator' || r === 'lead')} />}
          </div>
          <ConnectionBanner view={connectionViewOf(snapshot)} />
          {error && <ErrorBanner message={error} onDismiss={() => workstation.send({ type: 'DISMISS_ERROR' })} />}
          {mode === 'hub' && <PresenceBar userId={user.id} />}
          <div className="workspace">
            <QueuePanel rows={rows} user={user} selectedId={selectedId} openId={openId} onActivate={onActivate} />
            <ConsultationPane openId={openId} user={user} />
          </div>
          <Announcer held={held} />
          {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
        </main>
      </ActionsProvider>
    </WorkstationContext.Provider>
  );
}
