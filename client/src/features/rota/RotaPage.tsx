// The duty clinician rota (docs/rota.md): the next 14 days, morning and afternoon, who is on duty
// in each, and the gaps ahead as a warning. The lead and admins change it here; other hub staff read it.
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import type { RotaSlot } from '../../api/http';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps, useUser } from '../../deps';
import { RotaGaps } from './RotaGaps';
import { RotaSlotCell } from './RotaSlotCell';
import { useRota } from './useRota';
import './rota.css';

export const keepsRota = (roles: readonly string[]) => roles.includes('lead') || roles.includes('admin');

export function RotaPage() {
  const user = useUser();
  const { api, now } = useDeps();
  const mayEdit = keepsRota(user.roles);
  const { rota, clinicians, error, setError, reload } = useRota(mayEdit);
  const [busy, setBusy] = useState(false);

  async function change(slot: RotaSlot, clinicianId: number | null) {
    setBusy(true);
    try {
      if (clinicianId === null) await api.clearRota(slot.date, slot.session);
      else await api.assignRota(slot.date, slot.session, clinicianId);
      await reload();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const days = rota ? [...new Set(rota.slots.map((s) => s.date))] : [];
  const ended = (slot: RotaSlot) => slot.end !== null && Date.parse(slot.end) <= now();
  return (
    <main id="main" className="rota-page" tabIndex={-1}>
      <h1>Duty clinician rota</h1>
      <p>
        The duty clinician carries clinical responsibility while coordinators triage, and answers offers to the duty clinician.
        Mornings run from opening to 13:00, afternoons from 13:00 to closing.
        {!mayEdit && ' The clinical lead and admins keep the rota.'}
      </p>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      {!rota && !error && (
        <p role="status" className="loading">
          Loading the rota…
        </p>
      )}
      {rota && (
        <>
          <p>
            On duty now: <strong>{rota.onDuty ? `${rota.onDuty.clinician.name} (${rota.onDuty.label})` : 'nobody'}</strong>
          </p>
          <RotaGaps gaps={rota.gaps} />
          <table className="rota-table">
            <caption>Duty clinician by session, next 14 days</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Morning</th>
                <th scope="col">Afternoon</th>
              </tr>
            </thead>
            <tbody>
              {days.map((date) => {
                const slots = rota.slots.filter((s) => s.date === date);
                return (
                  <tr key={date}>
                    <th scope="row">{slots[0]!.label.replace(/ (morning|afternoon)$/, '')}</th>
                    {slots.map((slot) => (
                      <RotaSlotCell key={slot.session} slot={slot} editable={mayEdit && !ended(slot)} clinicians={clinicians} busy={busy} onChange={change} />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
