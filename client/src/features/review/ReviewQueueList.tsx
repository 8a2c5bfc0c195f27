// The review sample of a period: one row per decision not yet reviewed, with why it was sampled.
import type { ReviewQueueItem } from '../../../../shared/schemas/reviews';
import { Button } from '../../components/Button';
import { DESTINATION_WORDS, londonDateTime } from '../../format';

interface Props {
  items: ReviewQueueItem[];
  total: number;
  selected: number | null;
  onOpen(item: ReviewQueueItem): void;
}

export function ReviewQueueList({ items, total, selected, onOpen }: Props) {
  if (items.length === 0) return <p className="hint">Nothing left to review in this period.</p>;
  return (
    <div className="table-scroll">
      <p className="hint">
        {total} decision{total === 1 ? '' : 's'} to review{total > items.length ? `; the oldest ${items.length} are listed` : ''}.
      </p>
      <table className="queue-table">
        <caption className="visually-hidden">Decisions sampled for review</caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Decided</th>
            <th scope="col">By</th>
            <th scope="col">Destination</th>
            <th scope="col">Why sampled</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.handoffId} aria-current={selected === item.handoffId ? 'true' : undefined}>
              <td>
                {item.consultationId}
                {item.redFlags.length > 0 ? ' (red flag)' : ''}
              </td>
              <td>{londonDateTime(item.at)}</td>
              <td>{item.byName}</td>
              <td>{DESTINATION_WORDS[item.destination]}</td>
              <td>{item.sampledBecause.join('; ')}</td>
              <td>
                <Button onClick={() => onOpen(item)} aria-label={`Review hand-off #${item.handoffId} on request ${item.consultationId}`}>
                  Review
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
