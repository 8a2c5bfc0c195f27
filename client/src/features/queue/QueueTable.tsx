// The queue as a table: one row per request, in the order the coordinator chose (red flags first by default).
import type { QueueItem, User } from '../../../../shared/schemas/api';
import { useHubSettings } from '../../deps';
import { QueueRow } from './QueueRow';
import { SORTS, type QueueSort } from './queueView';

interface Props {
  rows: QueueItem[];
  sort: QueueSort;
  user: User;
  now: number;
  selectedId: number | null;
  openId: number | null;
  onActivate(id: number): void;
}

export function QueueTable({ rows, sort, user, now, selectedId, openId, onActivate }: Props) {
  // Read once for the table: every row's SLA countdown runs on the hub's calendar and policy in force.
  const slaSettings = useHubSettings((s) => s.settings);
  return (
    <table className="queue-table">
      <caption className="visually-hidden">Requests, sorted by {SORTS[sort].toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-flag">
            Priority
          </th>
          <th scope="col">Patient</th>
          <th scope="col">Practice</th>
          <th scope="col">Kind</th>
          <th scope="col">Request</th>
          <th scope="col">Waiting and SLA</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => (
          <QueueRow
            key={item.id}
            item={item}
            user={user}
            now={now}
            slaSettings={slaSettings}
            selected={item.id === selectedId}
            open={item.id === openId}
            onActivate={onActivate}
          />
        ))}
      </tbody>
    </table>
  );
}
