// Sign-in: username and password, one plain sentence when it fails, then on to the queue.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { messageOf } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps, useSession } from '../../deps';

export function SignInPage() {
  const { api, session } = useDeps();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = useSession((s) => s.notice);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) return setError('Enter your username and password.');
    setBusy(true);
    setError(null);
    try {
      session.getState().signedIn(await api.login(username, password));
      navigate('/queue', { replace: true });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="signin-page" tabIndex={-1}>
      <div className="signin-card">
        <h1>Sign in to e-hub</h1>
        <p className="hint">The online consultation hub for the federation’s practices.</p>
        {notice && !error && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {error && <ErrorBanner message={error} />}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="username">Username</label>
            <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required />
          </div>
          <div className="field">
            <label htmlFor="password">Password</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
          <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
            Sign in
          </Button>
        </form>
      </div>
    </main>
  );
}
