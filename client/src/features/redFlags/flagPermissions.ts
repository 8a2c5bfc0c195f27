// Who may raise, confirm or clear a red flag on a request, as the hub's commands allow
// (docs/clinical-safety/red-flags.md): anyone triaging may raise one, only a clinician may settle one.
import type { QueueItem, User } from '../../../../shared/schemas/api';
import { FINAL_STATUSES, isClinician } from '../../../../shared/schemas/domain';

export type FlagTask = 'raise' | 'confirm' | 'clear';

type Flags = Pick<QueueItem, 'status' | 'redFlags' | 'possibleRedFlags'>;

export function flagTasksFor(user: Pick<User, 'roles'>, item: Flags): Set<FlagTask> {
  const tasks = new Set<FlagTask>();
  if (FINAL_STATUSES.includes(item.status)) return tasks;
  const clinician = isClinician(user.roles);
  if (clinician || user.roles.includes('coordinator')) tasks.add('raise');
  if (clinician && item.possibleRedFlags.length > 0) tasks.add('confirm');
  if (clinician && (item.redFlags.length > 0 || item.possibleRedFlags.length > 0)) tasks.add('clear');
  return tasks;
}
