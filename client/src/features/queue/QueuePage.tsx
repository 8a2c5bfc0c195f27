// The hub workstation (coordinators triage here; clinicians may look, read-only): live queue, filters,
// presence and the open request, wired to the store, the workstation machine and the action registry.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';
import { ActionsProvider } from '../../actions/ActionsProvider';
import { nextClaimable } from '../../actions/claimNext';
import { open } from '../../actions/open';
import type { ActionContext } from '../../actions/registry';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useQueue, useUser } from '../../deps';
import { connectionViewOf } from '../../machines/workstationView';
import { ConsultationPane } from '../consultation/ConsultationPane';
import { ContactTasksPanel } from '../messages/ContactTasksPanel';
import { Announcer, type Refusal } from './Announcer';
import { HelpOverlay } from './HelpOverlay';
import { HubClosedNotice } from './HubClosedNotice';
import { PresenceBar } from './PresenceBar';
import { QueuePanel } from './QueuePanel';
import { RoutedNotice } from './RoutedNotice';
import { useActivity } from './useActivity';
import { shownRows } from './queueView';
import { useKeyMarks } from './queueMarks';
import { useHubSession } from './useHubSession';
import { useSelectionFollowsList } from './useSelectionFollowsList';
import { useQueueView } from './useQueueView';
import { useRowSelection } from './useRowSelection';
import { WorkstationBar } from './WorkstationBar';
import { WorkstationContext } from './workstationContext';

export function QueuePage() {
  const user = useUser();
  const [view, changeView] = useQueueView();
  const items = useQueue((s) => s.items);
  // "Claim next" takes the top claimable row as shown, read when it claims.
  const shown = useRef<QueueItem[] | null>(null);
  const { workstation, snapshot } = useHubSession(shown);
  const { heldId, pendingId, openId, error, routed } = snapshot.context;
  const keep = heldId ?? pendingId;
  const rows = useMemo(() => shownRows(items, view, user.id, keep), [items, view, user.id, keep]);
  shown.current = rows;
  const { selectedId, select } = useRowSelection();
  const [helpOpen, setHelpOpen] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const onRefused = useCallback((message: string) => setRefusal((last) => ({ message, n: (last?.n ?? 0) + 1 })), []);
  const held = heldId === null ? undefined : items[heldId];
  const loaded = useQueue((s) => s.status === 'ready');
  const holding = snapshot.matches({ work: 'holding' });
  const submittingRoute = snapshot.matches({ work: { holding: { task: 'submittingRoute' } } });
  useActivity(workstation, holding);
  useKeyMarks();
  // The hub is the authority on the claim: when its copy says we no longer hold it, we don't.
  // (Checked again when a route attempt ends, since the machine ignores losses while one is on its way.)
  useEffect(() => {
    if (holding && !submittingRoute && loaded && held?.claimedBy?.id !== user.id) workstation.send({ type: 'LEASE_LOST' });
  }, [holding, submittingRoute, loaded, held, user.id, workstation]);

  // Whatever was claimed (by key, button or "claim next") becomes the selected row.
  useEffect(() => {
    if (heldId !== null) select(heldId);
  }, [heldId, select]);
  const closePane = useCallback(() => {
    if (workstation.getSnapshot().can({ type: 'CLOSE' })) workstation.send({ type: 'CLOSE' });
  }, [workstation]);
  useSelectionFollowsList({ rows, ready: loaded, selectedId, openId, select, closePane });

  const context: ActionContext = {
    user,
    rows,
    items,
    selectedId,
    select,
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
      <ActionsProvider context={context} onRefused={onRefused}>
        <main id="main" className="queue-page" tabIndex={-1}>
          <div className="page-top">
            <h1>Hub queue</h1>
            <WorkstationBar mayTriage={user.roles.some((r) => r === 'coordinator' || r === 'lead')} />
          </div>
          <ConnectionBanner view={connectionViewOf(snapshot)} />
          <HubClosedNotice />
          {error && <ErrorBanner message={error} onDismiss={() => workstation.send({ type: 'DISMISS_ERROR' })} />}
          <RoutedNotice item={routed} next={routed ? nextClaimable({ rows, user }) : null} onDismiss={() => workstation.send({ type: 'DISMISS_ROUTED' })} />
          {/* Patients no message reached wait for a person before anything else (docs/messaging.md). */}
          {user.roles.some((r) => r === 'coordinator' || r === 'lead') && <ContactTasksPanel />}
          <PresenceBar userId={user.id} />
          <div className="workspace">
            <QueuePanel rows={rows} view={view} onViewChange={changeView} user={user} selectedId={selectedId} openId={openId} onActivate={onActivate} />
            <ConsultationPane openId={openId} user={user} />
          </div>
          <Announcer held={held} refusal={refusal} />
          {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
        </main>
      </ActionsProvider>
    </WorkstationContext.Provider>
  );
}
