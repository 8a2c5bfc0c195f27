// Every staff account at a glance: who, which roles, registration, and whether they can sign in.
import type { StaffAccount } from '../../../api/http';
import { Button } from '../../../components/Button';
import { rolesText } from './staffWords';

export function StaffTable({ staff, onEdit }: { staff: StaffAccount[]; onEdit(id: number): void }) {
  return (
    <table className="admin-table">
      <caption className="visually-hidden">Staff accounts</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Username</th>
          <th scope="col">Roles</th>
          <th scope="col">Registration</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {staff.map((s) => (
          <tr key={s.id} data-testid={`staff-row-${s.username}`}>
            <th scope="row">{s.name}</th>
            <td>{s.username}</td>
            <td>
              {rolesText(s.roles)}
              {s.practiceOds && ` (${s.practiceOds})`}
            </td>
            <td>{s.registrationBody ? `${s.registrationBody} ${s.registrationNumber ?? ''}` : '—'}</td>
            <td>
              {s.active ? 'Active' : 'Deactivated'}
              {s.recentFailedSignIns > 0 && <span className="admin-warning"> · {s.recentFailedSignIns} failed sign-ins</span>}
            </td>
            <td>
              <Button variant="quiet" onClick={() => onEdit(s.id)} aria-label={`Manage ${s.name}`}>
                Manage
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
