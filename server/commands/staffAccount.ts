// What the staff-account commands share: finding the account, what of it the audit log records (never
// a password or its hash), the checks every change makes, and bringing the hub's caches in line after.
import type { HubDatabase } from '../../db/open';
import type { StaffRow } from '../../db/schema';
import type { Directory } from '../directory';
import { HttpError } from '../http/errors';
import type { HubServices } from './definition';

export function accountOrRefuse(db: HubDatabase, staffId: number): StaffRow {
  const account = db.q.staff.byId(staffId);
  if (!account) throw new HttpError('NOT_FOUND', 'No such staff member.');
  return account;
}

/** An account as the audit log records it: who, with what access; never a password or hash. */
export const accountFacts = (row: Pick<StaffRow, 'username' | 'name' | 'roles' | 'practiceOds' | 'registrationBody' | 'registrationNumber' | 'active'>) => ({
  username: row.username,
  name: row.name,
  roles: row.roles,
  practiceOds: row.practiceOds,
  registrationBody: row.registrationBody,
  registrationNumber: row.registrationNumber,
  active: row.active,
});

/** A practice named on an account must be one the hub knows. */
export function assertKnownPractice(db: HubDatabase, practiceOds: string | null): void {
  if (practiceOds && !db.q.practices.byOds(practiceOds)) throw new HttpError('UNKNOWN_PRACTICE', 'practiceOds: no member practice has this ODS code.');
}

/** The hub keeps one active admin at least: otherwise nobody could put an account right again. */
export function assertAnotherAdminRemains(db: HubDatabase, account: StaffRow): void {
  if (account.active && account.roles.includes('admin') && db.q.staff.otherActiveAdmins(account.id) === 0) {
    throw new HttpError('LAST_ADMIN', 'This is the only active admin account: give another account the admin role first.');
  }
}

/**
 * After commit: names and roles are reloaded (which drops every cached session, so the next request reads
 * the account afresh), and workstations whose session has ended are disconnected.
 */
export const accountsChanged = (directory: Directory) => (hub: HubServices) => {
  directory.refresh();
  hub.sessionsEnded();
};
