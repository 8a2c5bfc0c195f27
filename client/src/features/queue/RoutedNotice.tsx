// After routing: where the request went (it has left this coordinator's hands), a way to its journey, and
// the next request the queue's order gives this coordinator (never one someone else is triaging), one key away.
import { Link } from 'react-router';
import type { QueueItem } from '../../../../shared/schemas/api';
import type { Priority } from '../../../../shared/schemas/domain';
import { ActionButton } from '../../actions/ActionButton';
import { Button } from '../../components/Button';
import { routedText } from './rowText';

const PRIORITY_WORDS: Record<Priority, string> = { red_flag: 'red flag', red_flag_possible: 'possible red flag', routine: 'routine' };

interface Props {
  item: QueueItem | null;
  /** The top request this coordinator could claim now, as the queue shows it; null when none is waiting. */
  next: QueueItem | null;
  onDismiss(): void;
}

export function RoutedNotice({ item, next, onDismiss }: Props) {
  return (
    <div role="status" className="routed-status">
      {item && (
        <div className="notice routed-notice">
          <p>
            Request from {item.practiceName} ({item.patient.initials}) {routedText(item)}. It has left your hands.{' '}
            <Link to={`/requests/${item.id}`}>View its journey</Link>
          </p>
          {next ? (
            <p className="next-request" data-testid="next-request">
              Next request: <strong>{next.reference}</strong>, {next.practiceName}, {PRIORITY_WORDS[next.priority]}{' '}
              {/* Claim next takes the top claimable request: the one named here, or the one after if a colleague took it first. */}
              <ActionButton name="claimNext" label="Open" variant="primary" />
            </p>
          ) : (
            <p className="next-request" data-testid="next-request">
              No other request is waiting to be claimed.
            </p>
          )}
          <Button variant="quiet" onClick={onDismiss}>
            Dismiss
          </Button>
        </div>
      )}
    </div>
  );
}
