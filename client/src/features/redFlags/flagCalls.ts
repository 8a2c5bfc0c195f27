// The API calls behind raising, confirming and clearing a red flag; each reply goes straight into the
// queue store, so the row and the open pane move at once rather than when the broadcast arrives.
import type { QueueItem } from '../../../../shared/schemas/api';
import type { HubDeps } from '../../deps';
import type { FlagTask } from './flagPermissions';

export type FlagTaskBody = { task: FlagTask; reason: string; ruleId?: string };

export async function sendFlagTask(deps: Pick<HubDeps, 'api' | 'queue'>, id: number, body: FlagTaskBody): Promise<QueueItem> {
  const reply =
    body.task === 'raise'
      ? await deps.api.raiseRedFlag(id, body.reason, body.ruleId)
      : body.task === 'confirm'
        ? await deps.api.confirmRedFlag(id, body.reason)
        : await deps.api.clearRedFlag(id, body.reason);
  deps.queue.getState().applyItem(reply.item);
  return reply.item;
}
