// A temporary password, shown once: the hub keeps only its hash, so once dismissed nobody can see it again.
import { Button } from '../../../components/Button';

export function OneTimePassword({ name, username, password, onDone }: { name: string; username: string; password: string; onDone(): void }) {
  return (
    <section className="one-time-password" role="status" aria-labelledby="otp-heading">
      <h2 id="otp-heading">Temporary password for {name}</h2>
      <p>
        Give it to {name} in person or by phone. It is shown only now: the hub keeps no copy it could show again.
      </p>
      <dl>
        <dt>Username</dt>
        <dd>
          <code>{username}</code>
        </dd>
        <dt>Temporary password</dt>
        <dd>
          <code data-testid="temporary-password">{password}</code>
        </dd>
      </dl>
      <Button variant="primary" onClick={onDone}>
        I have passed it on
      </Button>
    </section>
  );
}
