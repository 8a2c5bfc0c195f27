// The admin's starting point (docs/admin.md): one link per thing an admin sets up, with what it holds.
import { Link } from 'react-router';

const SECTIONS = [
  { to: '/admin/staff', title: 'Staff', text: 'Accounts, roles and professional registrations; deactivate, reset a password, unlock a sign-in.' },
  { to: '/admin/hub', title: 'Hub hours, SLA and lease', text: 'Opening hours per weekday and closures, SLA allowances, the claim lease, the idle lock and protocol sign-offs.' },
  { to: '/admin/practices', title: 'Practices', text: 'Member practices: join and leave dates, list size, intake keys.' },
  { to: '/admin/pharmacies', title: 'Pharmacies', text: 'Community pharmacies and their integration keys.' },
] as const;

export function AdminIndexPage() {
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Admin</h1>
      <ul className="admin-index">
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <h2>
              <Link to={s.to}>{s.title}</Link>
            </h2>
            <p>{s.text}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
