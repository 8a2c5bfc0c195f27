// The app shell: finds out who is signed in, loads the hub's settings in force for them, routes them to
// their home page (hub queue, inbox, practice list or dashboard) and back to sign-in when the
// session ends. Each page's code arrives when it is first shown (pages.ts); the header stays meanwhile.
import { Suspense, useEffect, type ReactElement } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { User } from '../../shared/schemas/api';
import { useNotices } from './api/useNotices';
import { AppHeader } from './components/AppHeader';
import { PageLoading } from './components/PageLoading';
import { useDeps, useSession } from './deps';
import { HubAlerts } from './features/alerts/HubAlerts';
import { IdleLock } from './features/session/IdleLock';
import { SignInPage } from './features/signin/SignInPage';
import { AdminIndexPage, DashboardPage, HubSettingsPage, InboxPage, JourneyPage, LiabilityMatrixPage, MonthlySummaryPage, MyFeedbackPage, PharmaciesAdminPage, PracticePage, PracticesAdminPage, ProtocolPage, QueuePage, ReviewsPage, RotaPage, SearchPage, SentMessagesPage, StaffPage } from './pages';
import { HOME_PATHS, homeFor, isAdmin, isReviewLead, readsStats, receivesReviews, seesHubQueue, seesRota, seesSentMessages } from './stores/sessionStore';
import { maySearch } from './features/search/maySearch';
import { hasInbox } from './stores/inboxRows';
import { askQueueEarly } from './features/queue/earlyQueue';

/** Where a coordinator's queue page opens, so its code is fetched while the session is checked. */
const QUEUE_PATHS = ['/', '/queue', '/hub'];
/** Pages whose users hold no queue (a manager's figures, an admin's settings): no early ask to be refused. */
const asksQueueEarly = (path: string) => path !== '/sign-in' && !path.startsWith('/dashboard') && !path.startsWith('/admin');

/** A page for signed-in users allowed to see it; anyone else goes to sign-in or their own home. */
function Guard({ allow, children }: { allow: (user: User) => boolean; children: ReactElement }) {
  const user = useSession((s) => s.user);
  if (!user) return <Navigate to="/sign-in" replace />;
  return allow(user) ? children : <Navigate to={HOME_PATHS[homeFor(user)]} replace />;
}

/** "/" and "/queue" (where sign-in lands): coordinators' hub queue, everyone else's own home. */
function Home() {
  const user = useSession((s) => s.user);
  if (!user) return <Navigate to="/sign-in" replace />;
  const home = homeFor(user);
  return home === 'hub' ? <QueuePage /> : <Navigate to={HOME_PATHS[home]} replace />;
}

export function App() {
  const deps = useDeps();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const status = useSession((s) => s.status);
  const user = useSession((s) => s.user);

  useEffect(() => {
    if (status !== 'unknown') return;
    const me = deps.api.me();
    // What a hub page waits for most, asked beside the session check rather than after the page's code
    // has loaded and mounted; the page's code is fetched meanwhile too (docs/benchmarks.md, Q1).
    if (asksQueueEarly(pathname)) askQueueEarly(deps, me);
    if (QUEUE_PATHS.includes(pathname)) void QueuePage.preload().catch(() => undefined);
    me.then(
      (user) => deps.session.getState().signedIn(user),
      () => deps.session.getState().signedOut(),
    );
    // Only the path the app opened on counts (`pathname` left out on purpose): navigation comes after the check.
  }, [deps, status]);

  // The hub's own calendar, SLA policy and protocol, once per sign-in; on failure the defaults stay in force.
  const userId = user?.id;
  useEffect(() => {
    const hub = deps.hubSettings.getState();
    if (userId !== undefined) void hub.load(deps.api);
    else if (status === 'signed_out') {
      hub.reset();
      // However the session ended (sign-out, expiry, refused link), nothing of its queue stays in the tab.
      deps.queue.getState().reset();
    }
  }, [deps, userId, status]);

  // A new protocol signed off or settings saved elsewhere reach this workstation at once (docs/api.md, notices).
  useNotices(['settings', 'protocol'], () => void deps.hubSettings.getState().refresh(deps.api), user !== null && seesHubQueue(user));

  async function signOut() {
    await deps.api.logout().catch(() => undefined);
    deps.session.getState().signedOut();
    deps.queue.getState().reset();
    navigate('/sign-in', { replace: true });
  }

  if (status === 'unknown') {
    return (
      <main id="main" className="placeholder-page">
        <h1>e-hub</h1>
        <p role="status">Checking your session…</p>
      </main>
    );
  }

  return (
    <IdleLock>
      <AppHeader user={user} onSignOut={signOut} />
      {/* Red flags nobody can miss: every hub user, on every page (docs/clinical-safety/red-flags.md). */}
      {user && seesHubQueue(user) && <HubAlerts key={user.id} user={user} />}
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/sign-in" element={user ? <Navigate to="/" replace /> : <SignInPage />} />
          <Route path="/" element={<Home />} />
          <Route path="/queue" element={<Home />} />
          {/* Clinicians look at the hub queue here, read-only: they cannot claim. */}
          <Route path="/hub" element={<Guard allow={seesHubQueue}><QueuePage /></Guard>} />
          <Route path="/inbox" element={<Guard allow={hasInbox}><InboxPage /></Guard>} />
          <Route path="/practice" element={<Guard allow={(u) => homeFor(u) === 'practice'}><PracticePage /></Guard>} />
          <Route path="/dashboard" element={<Guard allow={readsStats}><DashboardPage /></Guard>} />
          <Route path="/dashboard/print" element={<Guard allow={readsStats}><MonthlySummaryPage /></Guard>} />
          <Route path="/requests/:id" element={<Guard allow={(u) => seesHubQueue(u) || homeFor(u) === 'practice'}><JourneyPage /></Guard>} />
          <Route path="/liability-matrix" element={<Guard allow={seesHubQueue}><LiabilityMatrixPage /></Guard>} />
          <Route path="/protocol" element={<Guard allow={seesHubQueue}><ProtocolPage /></Guard>} />
          <Route path="/rota" element={<Guard allow={seesRota}><RotaPage /></Guard>} />
          <Route path="/reviews" element={<Guard allow={isReviewLead}><ReviewsPage /></Guard>} />
          <Route path="/my-feedback" element={<Guard allow={receivesReviews}><MyFeedbackPage /></Guard>} />
          <Route path="/messages" element={<Guard allow={seesSentMessages}><SentMessagesPage /></Guard>} />
          <Route path="/admin" element={<Guard allow={isAdmin}><AdminIndexPage /></Guard>} />
          <Route path="/admin/staff" element={<Guard allow={isAdmin}><StaffPage /></Guard>} />
          <Route path="/admin/hub" element={<Guard allow={isAdmin}><HubSettingsPage /></Guard>} />
          <Route path="/admin/practices" element={<Guard allow={isAdmin}><PracticesAdminPage /></Guard>} />
          <Route path="/admin/pharmacies" element={<Guard allow={isAdmin}><PharmaciesAdminPage /></Guard>} />
          <Route path="/search" element={<Guard allow={maySearch}><SearchPage /></Guard>} />
          <Route path="*" element={<Navigate to={user ? '/' : '/sign-in'} replace />} />
        </Routes>
      </Suspense>
    </IdleLock>
  );
}
