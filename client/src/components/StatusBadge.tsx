// A request's lifecycle status in words, never colour alone.
import type { ConsultationStatus } from '../../../shared/schemas/domain';

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

export function StatusBadge({ status }: { status: ConsultationStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>;
}
