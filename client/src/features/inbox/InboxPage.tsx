// A clinician's home: offers to my team and the requests I have accepted, both derived from the live
// hub queue, with the open request and its actions beside them. Keys and buttons run the same actions.
// Below them, what I sent on and what I finished today, asked of the hub (docs/inbox.md).
import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ActionsProvider } from '../../actions/ActionsProvider';
import { open } from '../../actions/open';
import type { ActionContext } from '../../actions/registry';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { ErrorBanner } from '../../components/ErrorBanner';
import { dutyStoreOf, useDeps, useDuty, useQueue, useUser } from '../../deps';
import { dutyClinicianIdOf } from '../../stores/dutyStore';
import { DESTINATION_WORDS } from '../../format';
import { connectionViewOf } from '../../machines/workstationView';
import { selectMine, selectOffered, teamsOf } from '../../stores/inboxRows';
import { useNow } from '../../useNow';
import { ConsultationPane } from '../consultation/ConsultationPane';
import { HelpOverlay } from '../queue/HelpOverlay';
import { useHubSession } from '../queue/useHubSession';
import { useRowSelection } from '../queue/useRowSelection';
import { WorkstationBar } from '../queue/WorkstationBar';
import { WorkstationContext } from '../queue/workstationContext';
import { ClinicianTasksContext, useClinicianTasksActor } from './clinicianTasksContext';
import { InboxAnnouncer } from './InboxAnnouncer';
import { DoneTodayList } from './DoneTodayList';
import { InboxList } from './InboxList';
import { SentAwaitingList } from './SentAwaitingList';
import { useClinicianLists } from './useClinicianLists';

export function InboxPage() {
  const user = useUser();
  const { workstation, snapshot } = useHubSession();
  const tasks = useClinicianTasksActor(workstation);
  const taskSnapshot = useSelector(tasks, (s) => s);
  // Who the rota names now: asked on opening and every five minutes (sessions change at 13:00 and close).
  const deps = useDeps();
  const { api } = deps;
  const duty = dutyStoreOf(deps);
  const dutyClinicianId = useDuty(dutyClinicianIdOf);
  useEffect(() => {
    void duty.getState().load(api);
    const timer = setInterval(() => void duty.getState().load(api), 5 * 60_000);
    return () => clearInterval(timer);
  }, [api, duty]);
  const teams = useMemo(() => teamsOf(user, dutyClinicianId === user.id), [user, dutyClinicianId]);
  const offered = useQueue(useShallow(useMemo(() => selectOffered(teams), [teams])));
  const mine = useQueue(useShallow(useMemo(() => selectMine(user.id), [user.id])));
  const rows = useMemo(() => [...offered, ...mine], [offered, mine]);
  const watchedIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const passedOn = useClinicianLists(watchedIds);
  const items = useQueue((s) => s.items);
  const status = useQueue((s) => s.status);
  const loadError = useQueue((s) => s.loadError);
  const now = useNow(30_000);
  const { selectedId, select } = useRowSelection();
  const [helpOpen, setHelpOpen] = useState(false);
  const { openId, error } = snapshot.context;
  const { done, error: taskError } = taskSnapshot.context;
  // A form belongs to the request open beside it: closing or switching the request drops it.
  const formFor = taskSnapshot.matches('form') ? taskSnapshot.context.id : null;
  useEffect(() => {
    if (formFor !== null && formFor !== openId) tasks.send({ type: 'CANCEL' });
  }, [formFor, openId, tasks]);

  const context: ActionContext = {
    user,
    rows,
    items,
    selectedId,
    select,
    workstation: snapshot,
    send: workstation.send,
    toggleHelp: () => setHelpOpen((shown) => !shown),
    tasks: { snapshot: taskSnapshot, send: tasks.send },
    dutyClinicianId,
  };
  const latest = useRef(context);
  latest.current = context;
  const onActivate = useCallback((id: number) => {
    latest.current.select(id);
    if (open.isEnabled(latest.current, { id })) open.perform(latest.current, { id });
  }, []);

  const teamWords = teams.map((t) => DESTINATION_WORDS[t]).join(' and ');
  const listProps = { now, selectedId, openId, onActivate };
  return (
    <WorkstationContext.Provider value={workstation}>
      <ClinicianTasksContext.Provider value={tasks}>
        <ActionsProvider context={context}>
          <main id="main" className="queue-page inbox-page" tabIndex={-1}>
            <div className="page-top">
              <h1>Your inbox</h1>
              <WorkstationBar mayTriage={false} />
            </div>
            <ConnectionBanner view={connectionViewOf(snapshot)} />
            {error && <ErrorBanner message={error} onDismiss={() => workstation.send({ type: 'DISMISS_ERROR' })} />}
            {taskError && taskSnapshot.matches('idle') && <ErrorBanner message={taskError} onDismiss={() => tasks.send({ type: 'DISMISS' })} />}
            <div role="status" className="task-status">
              {done && <p className="notice">{done}</p>}
            </div>
            {status === 'loading' && (
              <p role="status" className="loading">
                Loading your inbox…
              </p>
            )}
            {status === 'failed' && <ErrorBanner message={loadError ?? 'Your inbox could not be loaded.'} />}
            <div className="workspace">
              <div className="inbox-lists">
                <InboxList
                  id="offered"
                  title="Offered to my team"
                  hint={`Offers to ${teamWords}: accepting one makes you responsible for it.`}
                  empty="Nothing is waiting for your team."
                  rows={offered}
                  {...listProps}
                />
                <InboxList id="mine" title="Mine" hint="Requests you have accepted and are responsible for." empty="You have no requests in hand." rows={mine} {...listProps} />
                {passedOn.error && <ErrorBanner message={`What you sent on and finished today could not be loaded: ${passedOn.error}`} />}
                {passedOn.lists && (
                  <>
                    <SentAwaitingList rows={passedOn.lists.sent} now={now} />
                    <DoneTodayList rows={passedOn.lists.done} />
                  </>
                )}
              </div>
              <ConsultationPane openId={openId} user={user} />
            </div>
            <InboxAnnouncer teams={teams} />
            {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
          </main>
        </ActionsProvider>
      </ClinicianTasksContext.Provider>
    </WorkstationContext.Provider>
  );
}
