// /admin/pharmacies (docs/admin.md): the community pharmacies the hub refers to, what patient messages say
// about them, and whether their system has an integration key; add one, change one, create or rotate its key.
import { useCallback, useState } from 'react';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useDeps } from '../../../deps';
import { AddPharmacyForm } from './AddPharmacyForm';
import { ConfirmKeyPanel } from './ConfirmKeyPanel';
import { EditPharmacyPanel } from './EditPharmacyPanel';
import { OneTimeKeyPanel } from './OneTimeKeyPanel';
import { OrganisationActions } from './OrganisationActions';
import { useKeyRotation } from './useKeyRotation';
import { useOrganisations } from './useOrganisations';
import './organisations.css';

export function PharmaciesPage() {
  const { api } = useDeps();
  const fetchAll = useCallback(() => api.organisations.pharmacies(), [api]);
  const { rows, error, reload } = useOrganisations(fetchAll);
  const [editing, setEditing] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const keys = useKeyRotation((ods) => api.organisations.rotateIntegrationKey(ods), () => void reload());
  const edited = rows?.find((p) => p.ods === editing);

  return (
    <main id="main" className="org-page" tabIndex={-1}>
      <h1>Pharmacies</h1>
      <p>Community pharmacies the hub refers patients to. A patient’s message gives the pharmacy’s address, phone and opening hours as written here. A pharmacy’s system acknowledges referrals with its integration key.</p>
      {error && <ErrorBanner message={error} />}
      {keys.error && <ErrorBanner message={keys.error} />}
      {added && (
        <p className="banner banner-success" role="status">
          {added} was added.
        </p>
      )}
      {keys.shown && <OneTimeKeyPanel name={keys.shown.name} keyName="integration key" secret={keys.shown.key} onDone={keys.done} />}
      {keys.confirming && <ConfirmKeyPanel target={keys.confirming} keyName="integration key" busy={keys.busy} onConfirm={() => void keys.confirm()} onCancel={keys.cancel} />}
      <div className="org-layout">
        <div className="org-table-wrap">
          {rows === null ? (
            <p role="status">Loading pharmacies…</p>
          ) : (
            <table className="org-table">
              <caption className="visually-hidden">Community pharmacies</caption>
              <thead>
                <tr>
                  <th scope="col">Pharmacy</th>
                  <th scope="col">ODS code</th>
                  <th scope="col">Address and phone</th>
                  <th scope="col">Opening hours</th>
                  <th scope="col">Integration key</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.ods} aria-current={p.ods === editing ? 'true' : undefined}>
                    <th scope="row">
                      {p.name}
                      {p.distanceSelling && <span className="org-tag">Distance-selling</span>}
                    </th>
                    <td>{p.ods}</td>
                    <td>
                      {p.address ?? 'No address recorded'}
                      <br />
                      {p.phone ?? 'No phone recorded'}
                    </td>
                    <td>{p.openingHours ?? 'Not recorded'}</td>
                    <td>{p.keySet ? 'Set' : 'Not set'}</td>
                    <OrganisationActions organisation={p} onChange={() => setEditing(p.ods)} onKey={() => keys.ask({ ods: p.ods, name: p.name, hasKey: p.keySet })} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {edited && (
          <EditPharmacyPanel
            key={edited.ods}
            pharmacy={edited}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              void reload();
            }}
          />
        )}
      </div>
      <AddPharmacyForm
        onAdded={(name) => {
          setAdded(name);
          void reload();
        }}
      />
    </main>
  );
}
