// Under the header on every page of a hub user (coordinators, clinicians, the lead): the red-flag bar and
// its alerts, kept live by the page's own queue session or, on pages without one, a background one.
import type { User } from '../../../../shared/schemas/api';
import { RedFlagAlertList } from './RedFlagAlertList';
import { RedFlagBar } from './RedFlagBar';
import { useBackgroundQueueSync } from './useBackgroundQueueSync';
import { useRedFlagAlerts } from './useRedFlagAlerts';
import './alerts.css';

export function HubAlerts({ user }: { user: User }) {
  useBackgroundQueueSync();
  const { alerts, dismiss } = useRedFlagAlerts(user);
  return (
    // One landmark for the bar and its alerts, so nothing on the page sits outside one.
    <section className="hub-alerts" aria-label="Red flags waiting across the hub">
      <RedFlagBar userId={user.id} />
      <RedFlagAlertList alerts={alerts} onDismiss={dismiss} />
    </section>
  );
}
