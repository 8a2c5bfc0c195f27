// /admin/practices (docs/admin.md): the hub's member practices, when they joined and leave, their list
// size and whether their system has an intake key; add one, change one, create or rotate its key.
import { useCallback, useState } from 'react';
import type { AdminPractice } from '../../../api/organisations';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useDeps } from '../../../deps';
import { calendarDate } from '../../../format';
import { AddPracticeForm } from './AddPracticeForm';
import { ConfirmKeyPanel } from './ConfirmKeyPanel';
import { EditPracticePanel } from './EditPracticePanel';
import { today } from './fieldErrors';
import { OneTimeKeyPanel } from './OneTimeKeyPanel';
import { OrganisationActions } from './OrganisationActions';
import { useKeyRotation } from './useKeyRotation';
import { useOrganisations } from './useOrganisations';
import './organisations.css';

function membership(p: AdminPractice, day: string): string {
  if (p.memberSince > day) return `Joins ${calendarDate(p.memberSince)}`;
  if (p.memberUntil !== null && p.memberUntil < day) return `Left after ${calendarDate(p.memberUntil)}`;
  return p.memberUntil === null ? `Member since ${calendarDate(p.memberSince)}` : `Member until ${calendarDate(p.memberUntil)}`;
}

export function PracticesPage() {
  const { api, now } = useDeps();
  const fetchAll = useCallback(() => api.organisations.practices(), [api]);
  const { rows, error, reload } = useOrganisations(fetchAll);
  const [editing, setEditing] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const keys = useKeyRotation((ods) => api.organisations.rotateIntakeKey(ods), () => void reload());
  const day = today(now());
  const editedPractice = rows?.find((p) => p.ods === editing);

  return (
    <main id="main" className="org-page" tabIndex={-1}>
      <h1>Practices</h1>
      <p>Member practices send their patients’ requests to the hub with their intake key. A practice takes no requests before it joins, after its leave date, or until it has a key.</p>
      {error && <ErrorBanner message={error} />}
      {keys.error && <ErrorBanner message={keys.error} />}
      {added && (
        <p className="banner banner-success" role="status">
          {added} was added. Create its intake key when its system is ready.
        </p>
      )}
      {keys.shown && <OneTimeKeyPanel name={keys.shown.name} keyName="intake key" secret={keys.shown.key} onDone={keys.done} />}
      {keys.confirming && <ConfirmKeyPanel target={keys.confirming} keyName="intake key" busy={keys.busy} onConfirm={() => void keys.confirm()} onCancel={keys.cancel} />}
      <div className="org-layout">
        <div className="org-table-wrap">
          {rows === null ? (
            <p role="status">Loading practices…</p>
          ) : (
            <table className="org-table">
              <caption className="visually-hidden">Member practices</caption>
              <thead>
                <tr>
                  <th scope="col">Practice</th>
                  <th scope="col">ODS code</th>
                  <th scope="col">Membership</th>
                  <th scope="col">List size</th>
                  <th scope="col">Intake key</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.ods} aria-current={p.ods === editing ? 'true' : undefined}>
                    <th scope="row">{p.name}</th>
                    <td>{p.ods}</td>
                    <td>{membership(p, day)}</td>
                    <td>{p.listSize === null ? 'Not set' : p.listSize.toLocaleString('en-GB')}</td>
                    <td>{p.keySet ? 'Set' : 'Not set'}</td>
                    <OrganisationActions organisation={p} onChange={() => setEditing(p.ods)} onKey={() => keys.ask({ ods: p.ods, name: p.name, hasKey: p.keySet })} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {editedPractice && (
          <EditPracticePanel
            key={editedPractice.ods}
            practice={editedPractice}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              void reload();
            }}
          />
        )}
      </div>
      <AddPracticeForm
        onAdded={(name) => {
          setAdded(name);
          void reload();
        }}
      />
    </main>
  );
}
