// The red-flag alerts showing: each announced once (role="alert"), each with its own dismiss button and a
// link to the request. None takes the focus: whoever is typing carries on typing.
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import type { RedFlagAlert } from './alertStore';

export function RedFlagAlertList({ alerts, onDismiss }: { alerts: RedFlagAlert[]; onDismiss: (key: string) => void }) {
  if (alerts.length === 0) return null;
  return (
    <div className="red-flag-alerts">
      {alerts.map((alert) => (
        <div key={alert.key} className={`red-flag-alert red-flag-alert-${alert.kind}`} data-testid={`red-flag-alert-${alert.key}`}>
          <p role="alert">{alert.text}</p>
          <Link to={`/requests/${alert.consultationId}`}>Request {alert.reference}</Link>
          <Button variant="quiet" onClick={() => onDismiss(alert.key)} aria-label={`Dismiss: ${alert.text}`}>
            Dismiss
          </Button>
        </div>
      ))}
    </div>
  );
}
