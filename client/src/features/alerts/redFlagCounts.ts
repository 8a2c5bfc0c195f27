// What the red-flag bar counts, from the live queue: red flags waiting for a clinician (open, not yet
// accepted: queued, in triage or offered) with the oldest wait, and possible red flags apart.
import type { QueueItem } from '../../../../shared/schemas/api';
import type { ConsultationStatus } from '../../../../shared/schemas/domain';

/** Open and not yet accepted by a clinician. */
export const WAITING_FOR_A_CLINICIAN: readonly ConsultationStatus[] = ['queued', 'in_triage', 'offered'];

export const isWaitingRedFlag = (item: QueueItem) => item.priority === 'red_flag' && WAITING_FOR_A_CLINICIAN.includes(item.status);

export interface RedFlagCounts {
  waiting: number;
  /** When the longest-waiting red flag arrived (ms), or null with none waiting. */
  oldestSince: number | null;
  possible: number;
}

export function redFlagCounts(items: Iterable<QueueItem>): RedFlagCounts {
  let waiting = 0;
  let possible = 0;
  let oldestSince: number | null = null;
  for (const item of items) {
    if (!WAITING_FOR_A_CLINICIAN.includes(item.status)) continue;
    if (item.priority === 'red_flag_possible') possible++;
    if (item.priority !== 'red_flag') continue;
    waiting++;
    const since = Date.parse(item.receivedAt);
    if (oldestSince === null || since < oldestSince) oldestSince = since;
  }
  return { waiting, oldestSince, possible };
}
