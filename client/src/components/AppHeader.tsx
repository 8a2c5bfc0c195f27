// The page banner: the service name, where a signed-in user can go (inbox, hub queue, liability
// matrix, by role), who is signed in, and sign-out.
import { NavLink } from 'react-router';
import type { User } from '../../../shared/schemas/api';
import { hasInbox } from '../stores/inboxRows';
import { isAdmin, isReviewLead, readsStats, receivesReviews, seesHubQueue, seesRota, seesSentMessages } from '../stores/sessionStore';
import { maySearch } from '../features/search/maySearch';
import { SearchBox } from '../features/search/SearchBox';
import '../features/search/search.css';
import { Button } from './Button';

function linksFor(user: User): { to: string; label: string }[] {
  const links: { to: string; label: string }[] = [];
  if (hasInbox(user)) links.push({ to: '/inbox', label: 'Inbox' });
  // Coordinators' home is the hub queue; clinicians look at it read-only from their own page.
  if (user.roles.includes('coordinator')) links.push({ to: '/queue', label: 'Hub queue' });
  else if (seesHubQueue(user)) links.push({ to: '/hub', label: 'Hub queue' });
  if (seesHubQueue(user)) links.push({ to: '/liability-matrix', label: 'Liability matrix' });
  if (seesHubQueue(user)) links.push({ to: '/protocol', label: 'Protocol' });
  if (seesRota(user)) links.push({ to: '/rota', label: 'Rota' });
  if (isReviewLead(user)) links.push({ to: '/reviews', label: 'Decision review' });
  if (receivesReviews(user)) links.push({ to: '/my-feedback', label: 'My feedback' });
  if (seesSentMessages(user)) links.push({ to: '/messages', label: 'Sent messages' });
  if (readsStats(user)) links.push({ to: '/dashboard', label: 'Dashboard' });
  if (isAdmin(user)) links.push({ to: '/admin', label: 'Admin' });
  return links;
}

export function AppHeader({ user, onSignOut }: { user: User | null; onSignOut?: () => void }) {
  const links = user ? linksFor(user) : [];
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <p className="app-name">
        e-hub <span className="app-tagline">online consultation hub</span>
      </p>
      {links.length > 0 && (
        <nav className="app-nav" aria-label="Main">
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to}>{link.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {user && maySearch(user) && <SearchBox />}
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
