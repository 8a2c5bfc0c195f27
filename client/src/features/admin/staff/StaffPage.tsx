// /admin/staff (docs/admin.md, "Staff"): every account, adding one, and managing one (access, deactivation,
// password, unlock). A temporary password from the hub is shown once, above everything, until dismissed.
import { useEffect, useState } from 'react';
import { messageOf } from '../../../api/errors';
import type { PasswordReply, PracticeRef, StaffAccount } from '../../../api/http';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useDeps } from '../../../deps';
import { AccountActions } from './AccountActions';
import { AddStaffForm } from './AddStaffForm';
import { EditStaffForm } from './EditStaffForm';
import { OneTimePassword } from './OneTimePassword';
import { StaffTable } from './StaffTable';
import '../admin.css';

export function StaffPage() {
  const { api } = useDeps();
  const [staff, setStaff] = useState<StaffAccount[] | null>(null);
  const [practices, setPractices] = useState<PracticeRef[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [managing, setManaging] = useState<number | null>(null);
  const [shownPassword, setShownPassword] = useState<PasswordReply | null>(null);

  useEffect(() => {
    api.staffAccounts().then(setStaff, (failure: unknown) => setError(messageOf(failure)));
    api.practices().then(setPractices, () => setPractices([]));
  }, [api]);

  const replace = (next: StaffAccount) => setStaff((list) => (list ?? []).map((s) => (s.id === next.id ? next : s)));
  const passwordShown = (reply: PasswordReply) => {
    replace(reply.account);
    if (reply.temporaryPassword) setShownPassword(reply);
  };
  const account = staff?.find((s) => s.id === managing);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Staff</h1>
      {error && <ErrorBanner message={`The staff list could not be loaded. ${error}`} />}
      {shownPassword?.temporaryPassword && (
        <OneTimePassword
          name={shownPassword.account.name}
          username={shownPassword.account.username}
          password={shownPassword.temporaryPassword}
          onDone={() => setShownPassword(null)}
        />
      )}
      {staff && <StaffTable staff={staff} onEdit={setManaging} />}
      {account && (
        <section aria-labelledby="manage-heading" className="admin-panel">
          <h2 id="manage-heading">Manage {account.name}</h2>
          <EditStaffForm key={account.id} account={account} practices={practices} onSaved={replace} />
          <AccountActions key={`actions-${account.id}`} account={account} onChanged={replace} onPassword={passwordShown} />
        </section>
      )}
      <AddStaffForm
        practices={practices}
        onCreated={(reply) => {
          setStaff((list) => [...(list ?? []), reply.account]);
          setShownPassword(reply);
        }}
      />
    </main>
  );
}
