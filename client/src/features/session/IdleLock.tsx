// The idle lock for shared workstations (docs/admin.md, "Idle lock"). After the hub's idleLockMinutes
// without the user's hand on the page, the session on the hub is ended and a sign-in covers the page.
// The page stays mounted but hidden and inert (display: none; nothing of it is seen, focused or read out),
// so the same person signing in again resumes exactly: route, selected request, half-written notes.
// Anyone else gets a fresh app at their own home page: the hidden page is discarded, never shown.
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { User } from '../../../../shared/schemas/api';
import { useDeps, useHubSettings, useSession } from '../../deps';
import { HOME_PATHS, homeFor } from '../../stores/sessionStore';
import { LockScreen } from './LockScreen';
import { useIdleTimer } from './useIdleTimer';
import './session.css';

export function IdleLock({ children }: { children: ReactNode }) {
  const deps = useDeps();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const status = useSession((s) => s.status);
  const minutes = useHubSettings((s) => s.settings.idleLockMinutes);
  // A different person's sign-in starts the page afresh: a new key remounts everything below.
  const [generation, setGeneration] = useState(0);
  const locked = status === 'locked' && user !== null;

  useIdleTimer(status === 'signed_in' ? minutes * 60_000 : null, () => {
    deps.session.getState().locked();
    // Nothing more reaches the hidden page once the hub has ended its session.
    void deps.api.logout().catch(() => undefined);
  });

  function signedIn(next: User) {
    if (next.id !== user?.id) {
      deps.queue.getState().reset();
      setGeneration((g) => g + 1);
      navigate(HOME_PATHS[homeFor(next)], { replace: true });
    }
    deps.session.getState().signedIn(next);
  }

  return (
    <>
      {locked && <LockScreen lockedUser={user} minutes={minutes} onSignedIn={signedIn} />}
      <div key={generation} hidden={locked} inert={locked} className="idle-lock-content">
        {children}
      </div>
    </>
  );
}
