// Closed requests for the practice to file: who, what was asked, when and how the hub closed it; open one for the notes.
import type { QueueItem } from '../../../../shared/schemas/api';
import { Button } from '../../components/Button';
import { londonDateTime } from '../../format';
import { outcomeWords, patientWords } from './practiceWords';

export function OutcomesTable({ items, openId, onOpen }: { items: QueueItem[]; openId: number | null; onOpen: (id: number) => void }) {
  return (
    <div className="table-scroll">
      <table className="practice-table">
        <caption className="visually-hidden">Closed requests, most recent first</caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Patient</th>
            <th scope="col">What they asked</th>
            <th scope="col">Closed</th>
            <th scope="col">Outcome</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid={`outcome-${item.id}`} className={item.id === openId ? 'is-open' : undefined}>
              <td>{item.reference}</td>
              <td>{patientWords(item.patient)}</td>
              <td className="col-snippet">
                <span className="snippet">{item.snippet}</span>
              </td>
              <td className="col-closed">{londonDateTime(item.closedAt ?? item.updatedAt)}</td>
              <td>{outcomeWords(item.outcome)}</td>
              <td>
                <Button variant="secondary" onClick={() => onOpen(item.id)} aria-current={item.id === openId ? 'true' : undefined}>
                  Read outcome <span className="visually-hidden">of request {item.reference}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
