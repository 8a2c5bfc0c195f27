// Which of raise, confirm and clear a red flag this user may do on this request now, in the words the
// controls use. The answer is the shared lifecycle machine's (client/src/machines/lifecycle.ts), the same
// rules the server enforces (docs/clinical-safety/red-flags.md): anyone triaging may raise, a clinician settles.
import type { ConsultationDetail, QueueItem, User } from '../../../../shared/schemas/api';
import { redFlagActionsFor } from '../../machines/lifecycle';

export type FlagTask = 'raise' | 'confirm' | 'clear';

const TASK_OF = { raise_red_flag: 'raise', confirm_red_flag: 'confirm', clear_red_flag: 'clear' } as const;

export function flagTasksFor(user: User, item: QueueItem | ConsultationDetail): Set<FlagTask> {
  const allowed = redFlagActionsFor(user, item);
  return new Set((Object.keys(TASK_OF) as (keyof typeof TASK_OF)[]).filter((event) => allowed.has(event)).map((event) => TASK_OF[event]));
}
