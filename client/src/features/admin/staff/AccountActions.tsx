// What an admin does to an account as a whole: deactivate or reactivate it, reset its password (a temporary
// one shown once, or one the admin chooses), and unlock sign-ins the throttle is holding back.
import { useState } from 'react';
import { passwordSchema } from '../../../../../shared/schemas/staff';
import { messageOf } from '../../../api/errors';
import type { PasswordReply, StaffAccount } from '../../../api/http';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FieldError, describedBy } from '../../../components/FieldError';
import { useDeps } from '../../../deps';
import { refusalOf } from '../fieldErrors';

interface Props {
  account: StaffAccount;
  onChanged(next: StaffAccount): void;
  onPassword(reply: PasswordReply): void;
}

export function AccountActions({ account, onChanged, onPassword }: Props) {
  const { api } = useDeps();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [note, setNote] = useState<string | null>(null);

  async function act(run: () => Promise<void>) {
    setError(null);
    setNote(null);
    try {
      await run();
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  async function reset(chosen: string | undefined) {
    setPasswordError(undefined);
    if (chosen !== undefined) {
      const parsed = passwordSchema.safeParse(chosen);
      if (!parsed.success) return setPasswordError(parsed.error.issues[0]!.message);
    }
    try {
      onPassword(await api.resetStaffPassword(account.id, chosen));
      setPassword('');
      if (chosen !== undefined) setNote('Password set. Their open sessions have ended.');
    } catch (failure) {
      const refusal = refusalOf(failure, ['password']);
      setPasswordError(refusal.fields.password);
      setError(refusal.form);
    }
  }

  return (
    <section aria-labelledby="account-actions-heading">
      <h3 id="account-actions-heading">Account</h3>
      {error && <ErrorBanner message={error} />}
      {note && <p role="status">{note}</p>}
      {account.active ? (
        <div className="admin-action">
          <div className="field">
            <label htmlFor="deactivate-reason">Why (optional, kept in the audit log)</label>
            <input id="deactivate-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <Button variant="warning" onClick={() => act(async () => onChanged(await api.deactivateStaff(account.id, reason.trim() || undefined)))}>
            Deactivate {account.name}
          </Button>
          <p className="hint">They are signed out everywhere at once; requests they have claimed go back to the queue.</p>
        </div>
      ) : (
        <Button onClick={() => act(async () => onChanged(await api.reactivateStaff(account.id)))}>Reactivate {account.name}</Button>
      )}
      {account.recentFailedSignIns > 0 && (
        <div className="admin-action">
          <p>{account.recentFailedSignIns} failed sign-ins in the last 15 minutes.</p>
          <Button onClick={() => act(async () => (await api.unlockStaff(account.id), onChanged({ ...account, recentFailedSignIns: 0 }), setNote('Unlocked: they can sign in again now.')))}>
            Unlock sign-in
          </Button>
        </div>
      )}
      <div className="admin-action">
        <Button onClick={() => reset(undefined)}>Reset password to a temporary one</Button>
        <div className="field">
          <label htmlFor="chosen-password">Or set a password</label>
          <p id="chosen-password-hint" className="hint">At least 12 characters, not containing the username.</p>
          <input id="chosen-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby={describedBy('chosen-password-hint', passwordError && 'chosen-password-error')} />
          <FieldError id="chosen-password-error" message={passwordError} />
        </div>
        <Button onClick={() => reset(password)}>Set this password</Button>
      </div>
    </section>
  );
}
