// The app shell: finds out who is signed in, routes them to their home page (hub queue, practice
// list, or dashboard placeholder) and back to sign-in when the session ends.
import { useEffect } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { AppHeader } from './components/AppHeader';
import { useDeps, useSession } from './deps';
import { DashboardPlaceholder } from './features/dashboard/DashboardPlaceholder';
import { QueuePage } from './features/queue/QueuePage';
import { SignInPage } from './features/signin/SignInPage';
import { homeFor } from './stores/sessionStore';

function Home() {
  const user = useSession((s) => s.user);
  if (!user) return <Navigate to="/sign-in" replace />;
  const home = homeFor(user);
  if (home === 'dashboard') return <DashboardPlaceholder />;
  return <QueuePage key={home} mode={home} />;
}

export function App() {
  const deps = useDeps();
  const navigate = useNavigate();
  const status = useSession((s) => s.status);
  const user = useSession((s) => s.user);

  useEffect(() => {
    if (status !== 'unknown') return;
    deps.api.me().then(
      (me) => deps.session.getState().signedIn(me),
      () => deps.session.getState().signedOut(),
    );
  }, [deps, status]);

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
    <>
      <AppHeader user={user} onSignOut={signOut} />
      <Routes>
        <Route path="/sign-in" element={user ? <Navigate to="/queue" replace /> : <SignInPage />} />
        <Route path="/queue" element={<Home />} />
        <Route path="*" element={<Navigate to={user ? '/queue' : '/sign-in'} replace />} />
      </Routes>
    </>
  );
}
