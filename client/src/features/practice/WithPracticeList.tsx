// Hand-backs the practice accepted: the hub's part is over and the practice is responsible, so they
// read "With the practice", never "Closed", and there is no hub outcome to file (docs/practice.md).
import type { QueueItem } from '../../../../shared/schemas/api';
import { Button } from '../../components/Button';
import { londonDateTime } from '../../format';
import { patientWords } from './practiceWords';

export function WithPracticeList({ items, onOpen }: { items: QueueItem[]; onOpen: (id: number) => void }) {
  return (
    <ul className="with-practice-list">
      {items.map((item) => (
        <li key={item.id} data-testid={`with-practice-${item.id}`}>
          <strong>{item.reference}</strong> {patientWords(item.patient)}: With the practice since {londonDateTime(item.closedAt ?? item.updatedAt)}{' '}
          <Button variant="quiet" onClick={() => onOpen(item.id)}>
            Read the request <span className="visually-hidden">{item.reference}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
