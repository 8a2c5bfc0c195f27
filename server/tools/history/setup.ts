// Puts the history's organisations and people into the file before the first request: practices
// (with list sizes), community pharmacies and staff, as the demo seed does (server/demo.ts). Rows
// that already exist, the demo's sign-ins above all, are left exactly as they are.
import { randomBytes } from 'node:crypto';
import type { HubDatabase } from '../../../db/open';
import { hashSecretSync } from '../../auth/passwords';
import { sha256 } from '../../auth/sessions';
import type { Actor } from '../../../shared/lifecycle/events';
import type { Staffing } from './journey';
import { HISTORY_PHARMACIES, type HistoryPractice, type HistoryStaff } from './organisation';

/** A secret nobody holds: the practice keys and passwords it hashes can never be presented. */
const unknowable = () => randomBytes(24).toString('hex');

export function setUpOrganisation(db: HubDatabase, practices: readonly HistoryPractice[], staff: readonly HistoryStaff[]): Staffing {
  const passwordHash = hashSecretSync(unknowable());
  db.write(() => {
    for (const p of practices) {
      if (db.q.practices.byOds(p.ods)) continue;
      db.q.practices.insert({ ods: p.ods, name: p.name, memberSince: p.memberSince, memberUntil: p.memberUntil, listSize: p.listSize, intakeKeyHash: sha256(unknowable()) });
    }
    for (const p of HISTORY_PHARMACIES) if (!db.q.practices.pharmacy(p.ods)) db.q.practices.insertPharmacy({ ...p, integrationKeyHash: null });
    for (const s of staff) {
      if (db.q.staff.byUsername(s.username)) continue;
      // The demo's sign-ins get their password from `npm start` (server/demo.ts); the history's own staff never sign in.
      db.q.staff.insert({ username: s.username, name: s.name, roles: s.roles, practiceOds: s.practiceOds ?? null, passwordHash, active: s.demo });
    }
  });
  const actors = staff.map((s): Actor => {
    const row = db.q.staff.byUsername(s.username)!;
    return { kind: 'staff', id: row.id, name: row.name, roles: row.roles, practiceOds: row.practiceOds };
  });
  const withRole = (role: string) => actors.filter((a) => a.roles.some((r) => r === role));
  const byPractice = new Map(actors.filter((a) => a.kind === 'staff' && a.practiceOds).map((a) => [(a as { practiceOds: string }).practiceOds, a]));
  return {
    coordinators: withRole('coordinator'),
    teams: { anp: withRole('anp'), pharmacist: withRole('pharmacist'), physio: withRole('physio') },
    lead: withRole('lead')[0]!,
    practice: (ods) => {
      const actor = byPractice.get(ods);
      if (!actor) throw new Error(`no practice staff for ${ods}`);
      return actor;
    },
  };
}
