// What a page's live link does when the hub refuses it (its session has ended). Signed in, that means
// back to sign-in. Under the idle lock it is expected, the lock having ended the session itself
// (docs/admin.md, "Idle lock"): the link waits, and connects again once the same person has signed in,
// so the page they resume is live; if someone else signs in, the page and its link are discarded anyway.
import type { HubLink } from '../../api/socket';
import type { SessionStore } from '../../stores/sessionStore';

export const SESSION_ENDED = 'Your session has ended. Sign in again to carry on.';

export function linkRefused(session: SessionStore, link: Pick<HubLink, 'reconnect'>): void {
  const state = session.getState();
  if (state.status === 'signed_in') return state.signedOut(SESSION_ENDED);
  if (state.status !== 'locked') return;
  const lockedUserId = state.user?.id;
  const unsubscribe = session.subscribe((next) => {
    if (next.status === 'locked') return;
    unsubscribe();
    // Someone else's sign-in discards this page and closes its link: reopening it would leak a connection.
    if (next.status === 'signed_in' && next.user?.id === lockedUserId) link.reconnect();
  });
}
