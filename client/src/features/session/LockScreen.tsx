// What a locked workstation shows instead of the page: whose screen it is, and a sign-in. The person
// who was signed in carries on where they were; anyone else starts afresh at their own home page.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { User } from '../../../../shared/schemas/api';
import { messageOf } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';

export function LockScreen({ lockedUser, minutes, onSignedIn }: { lockedUser: User; minutes: number; onSignedIn(user: User): void }) {
  const { api } = useDeps();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const password = useRef<HTMLInputElement>(null);
  useEffect(() => password.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const secret = String(form.get('password') ?? '');
    if (!username || !secret) return setError('Enter your username and password.');
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.login(username, secret));
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="signin-page lock-screen" tabIndex={-1}>
      {/* Modal, so the hidden page's keyboard shortcuts stay still (actions/ActionsProvider.tsx). */}
      <div className="signin-card" role="dialog" aria-modal="true" aria-labelledby="lock-heading">
        <h1 id="lock-heading">Screen locked</h1>
        <p role="status">
          Locked after {minutes} minutes without use. {lockedUser.name} can sign in to carry on where they were; anyone else signs in to start afresh.
        </p>
        {error && <ErrorBanner message={error} />}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="lock-username">Username</label>
            <input id="lock-username" name="username" autoComplete="username" defaultValue={lockedUser.username} />
          </div>
          <div className="field">
            <label htmlFor="lock-password">Password</label>
            <input id="lock-password" name="password" type="password" autoComplete="current-password" ref={password} />
          </div>
          <Button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
      </div>
    </main>
  );
}
