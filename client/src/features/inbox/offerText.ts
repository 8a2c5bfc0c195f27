// The words for a pending hand-off: who offered it, how long ago, and why (coded reason and text).
import type { PendingHandoff } from '../../../../shared/schemas/api';
import { reasonCodeWords } from '../../../../shared/schemas/handoff';
import { formatDuration } from '../../format';

/** "Needs a clinical assessment: worse at night". */
export function reasonWords(handoff: Pick<PendingHandoff, 'reasonCode' | 'reasonText'>): string {
  const coded = reasonCodeWords(handoff.reasonCode);
  if (!handoff.reasonText) return coded;
  return handoff.reasonCode === 'other' ? handoff.reasonText : `${coded}: ${handoff.reasonText}`;
}

/** "Offered by Coordinator 1, 12 min ago". */
export const offeredWords = (handoff: Pick<PendingHandoff, 'offeredBy' | 'offeredAt'>, now: number) =>
  `Offered by ${handoff.offeredBy}, ${formatDuration(now - Date.parse(handoff.offeredAt))} ago`;
