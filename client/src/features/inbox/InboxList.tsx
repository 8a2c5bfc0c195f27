// One of the inbox's two lists ("Offered to my team", "Mine"): a heading with its count, then the
// requests as a table, or a sentence when there are none.
import type { QueueItem } from '../../../../shared/schemas/api';
import { EmptyState } from '../../components/EmptyState';
import { useHubSettings } from '../../deps';
import { InboxRow } from './InboxRow';

interface Props {
  id: string;
  title: string;
  hint: string;
  empty: string;
  rows: QueueItem[];
  now: number;
  selectedId: number | null;
  openId: number | null;
  onActivate(id: number): void;
}

export function InboxList({ id, title, hint, empty, rows, now, selectedId, openId, onActivate }: Props) {
  const slaSettings = useHubSettings((s) => s.settings);
  return (
    <section className="inbox-list" aria-labelledby={`${id}-heading`} data-testid={`inbox-${id}`}>
      <h2 id={`${id}-heading`}>
        {title} <span className="count">({rows.length})</span>
      </h2>
      <p className="hint">{hint}</p>
      {rows.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <div className="table-scroll">
          <table className="queue-table">
            <caption className="visually-hidden">{title}: red flags first, then by when a first action is due</caption>
            <thead>
              <tr>
                <th scope="col" className="col-flag">
                  Priority
                </th>
                <th scope="col">Patient</th>
                <th scope="col">Practice</th>
                <th scope="col">Request</th>
                <th scope="col">Hand-off</th>
                <th scope="col">SLA</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <InboxRow key={item.id} item={item} now={now} slaSettings={slaSettings} selected={item.id === selectedId} open={item.id === openId} onActivate={onActivate} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
