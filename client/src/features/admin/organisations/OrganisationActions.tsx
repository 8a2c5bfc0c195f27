// The two things an admin does to one practice or pharmacy from its row: change its details, and create or
// rotate its key (docs/admin.md). One component, so both tables name their buttons the same way.
import { Button } from '../../../components/Button';

export interface KeyedOrganisation {
  ods: string;
  name: string;
  keySet: boolean;
}

export function OrganisationActions({ organisation: o, onChange, onKey }: { organisation: KeyedOrganisation; onChange: () => void; onKey: () => void }) {
  const keyAction = o.keySet ? 'Rotate key' : 'Create key';
  return (
    <td className="org-actions">
      <Button variant="secondary" onClick={onChange} aria-label={`Change ${o.name}`}>
        Change
      </Button>
      <Button variant="secondary" onClick={onKey} aria-label={`${keyAction} for ${o.name}`}>
        {keyAction}
      </Button>
    </td>
  );
}
