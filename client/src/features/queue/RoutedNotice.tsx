// After routing: where the request went (it has left this coordinator's hands) and a way to its journey.
import { Link } from 'react-router';
import type { QueueItem } from '../../../../shared/schemas/api';
import { Button } from '../../components/Button';
import { routedText } from './rowText';

export function RoutedNotice({ item, onDismiss }: { item: QueueItem | null; onDismiss(): void }) {
  return (
    <div role="status" className="routed-status">
      {item && (
        <p className="notice routed-notice">
          <span>
            Request from {item.practiceName} ({item.patient.initials}) {routedText(item)}. It has left your hands.{' '}
          </span>
          <Link to={`/requests/${item.id}`}>View its journey</Link>
          <Button variant="quiet" onClick={onDismiss}>
            Dismiss
          </Button>
        </p>
      )}
    </div>
  );
}
