// The page banner: the service name, who is signed in, and sign-out.
import { Button } from './Button';
import type { User } from '../../../shared/schemas/api';

export function AppHeader({ user, onSignOut }: { user: User | null; onSignOut?: () => void }) {
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <p className="app-name">
        e-hub <span className="app-tagline">online consultation hub</span>
      </p>
      {user && (
        <div className="app-user">
          <span>
            Signed in as <strong>{user.name}</strong>
          </span>
          <Button variant="quiet" className="btn-on-dark" onClick={onSignOut}>
            Sign out
          </Button>
        </div>
      )}
    </header>
  );
}
