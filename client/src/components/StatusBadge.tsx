// A request's lifecycle status in words, never colour alone.
import type { ConsultationStatus } from '../../../shared/schemas/domain';
import type { Outcome } from '../../../shared/schemas/outcome';

export const STATUS_LABELS: Record<ConsultationStatus, string> = {
  queued: 'Waiting',
  in_triage: 'Being triaged',
  offered: 'Offered',
  with_clinician: 'With clinician',
  redirected: 'Redirected',
  returned_to_practice: 'Returned to practice',
  awaiting_delivery: 'Waiting for the message to reach the patient',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

/**
 * A hand-back the practice accepted is closed for the hub but not finished: the practice is now
 * responsible for it (docs/practice.md), so it reads "With the practice", never "Closed".
 */
export const statusLabel = (status: ConsultationStatus, outcome?: Outcome | null) =>
  status === 'closed' && outcome?.kind === 'accepted_by_practice' ? 'With the practice' : STATUS_LABELS[status];

export function StatusBadge({ status, outcome }: { status: ConsultationStatus; outcome?: Outcome | null }) {
  return <span className={`badge badge-${status}`}>{statusLabel(status, outcome)}</span>;
}
