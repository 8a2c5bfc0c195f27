// A clinician's inbox, derived from the same live queue as the hub's: offers waiting for my team,
// and requests I have accepted. Red flags first, then by first-action due, as everywhere.
import { TEAM_ROLE } from '../../../shared/lifecycle/guards';
import type { QueueItem, User } from '../../../shared/schemas/api';
import type { Destination, Role } from '../../../shared/schemas/domain';
import { orderRows } from './queueOrder';
import type { QueueState } from './queueStore';

/**
 * The hub teams whose offers this user answers: anp → ANP team, lead → duty clinician… and the
 * duty clinician's offers for whoever the rota names now (`onDuty`).
 */
export function teamsOf(user: Pick<User, 'roles'>, onDuty = false): Destination[] {
  const teams = (Object.entries(TEAM_ROLE) as [Destination, Role][]).filter(([, role]) => user.roles.includes(role)).map(([team]) => team);
  return onDuty && !teams.includes('duty_clinician') ? [...teams, 'duty_clinician'] : teams;
}

/** Whether this user works an inbox (a member of at least one hub team). */
export const hasInbox = (user: Pick<User, 'roles'>) => teamsOf(user).length > 0;

export const isOfferedTo = (item: QueueItem, teams: readonly Destination[]) =>
  item.status === 'offered' && item.pendingDestination !== null && teams.includes(item.pendingDestination);

export const isMine = (item: QueueItem, userId: number) => item.status === 'with_clinician' && item.assignee?.id === userId;

export const selectOffered = (teams: readonly Destination[]) => (state: QueueState) =>
  orderRows(Object.values(state.items).filter((item) => isOfferedTo(item, teams)));

export const selectMine = (userId: number) => (state: QueueState) => orderRows(Object.values(state.items).filter((item) => isMine(item, userId)));
