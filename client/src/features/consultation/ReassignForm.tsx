// The lead breaks whoever holds the open request and gives it to a named person or a hub team, with a
// reason (POST /api/consultations/:id/reassign). Shown only when the shared machine allows it.
import { useEffect, useState, type FormEvent } from 'react';
import type { ConsultationDetail, User } from '../../../../shared/schemas/api';
import { HUB_TEAMS, type HubTeam } from '../../../../shared/schemas/domain';
import { messageOf } from '../../api/errors';
import type { StaffRef } from '../../api/http';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldError, describedBy } from '../../components/FieldError';
import { useDeps } from '../../deps';
import { DESTINATION_WORDS } from '../../format';
import { mayReassign } from '../../machines/lifecycle';

/** Who a request can go to by name: those who triage, and clinicians of a hub team. */
const REASSIGNABLE = ['coordinator', 'lead', 'anp', 'pharmacist', 'physio'];

export function ReassignForm({ detail, user }: { detail: ConsultationDetail; user: User }) {
  const { api } = useDeps();
  const [open, setOpen] = useState(false);
  const [staff, setStaff] = useState<StaffRef[]>([]);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    api.staff().then(
      (list) => setStaff(list.filter((s) => s.id !== user.id && s.roles.some((r) => REASSIGNABLE.includes(r)))),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [api, open, user.id]);

  if (!mayReassign(user, detail) && !done) return null;
  const problems = { to: to === '' ? 'Choose a person or a team.' : undefined, reason: reason.trim().length < 3 ? 'Say why, in a few words.' : undefined };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (problems.to || problems.reason || busy) return;
    const [kind, value] = to.split(':') as ['team' | 'staff', string];
    setBusy(true);
    setError(null);
    try {
      await api.reassign(detail.id, { reason: reason.trim(), to: kind === 'team' ? { team: value as HubTeam } : { staffId: Number(value) }, expectedVersion: detail.version });
      setDone('Reassigned.');
      setOpen(false);
      setReason('');
      setTo('');
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <div className="button-row">
        <Button
          onClick={() => {
            setOpen(true);
            setDone(null);
            setAttempted(false);
          }}
        >
          Reassign
        </Button>
        {done && <p role="status">{done}</p>}
      </div>
    );
  }
  return (
    <section className="task-form" aria-labelledby="reassign-heading">
      <h3 id="reassign-heading">Reassign this request</h3>
      <form onSubmit={submit} noValidate aria-labelledby="reassign-heading">
        {error && <ErrorBanner message={error} />}
        <div className="field">
          <label htmlFor="reassign-to">To whom</label>
          <select id="reassign-to" value={to} onChange={(e) => setTo(e.target.value)} aria-describedby={describedBy(attempted && problems.to && 'reassign-to-error')}>
            <option value="">Choose…</option>
            <optgroup label="A team">
              {HUB_TEAMS.map((team) => (
                <option key={team} value={`team:${team}`}>
                  {DESTINATION_WORDS[team]}
                </option>
              ))}
            </optgroup>
            <optgroup label="A person">
              {staff.map((s) => (
                <option key={s.id} value={`staff:${s.id}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          </select>
          <FieldError id="reassign-to-error" message={attempted ? problems.to : undefined} />
        </div>
        <div className="field">
          <label htmlFor="reassign-reason">Why?</label>
          <textarea id="reassign-reason" value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={describedBy(attempted && problems.reason && 'reassign-reason-error')} />
          <FieldError id="reassign-reason-error" message={attempted ? problems.reason : undefined} />
        </div>
        <p className="hint">A coordinator or lead holds it for triage at once; a clinician or a team gets it as an offer to accept.</p>
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={busy}>
            Reassign
          </Button>
          <Button variant="quiet" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
