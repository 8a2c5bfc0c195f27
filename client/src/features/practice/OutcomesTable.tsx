// Outcomes the hub reported, for the practice to file: who, what was asked, when and how the hub closed
// it; open one for the notes, then mark it filed (it leaves the list; "Show filed" brings filed ones back).
import { useState } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';
import { messageOf } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';
import { londonDateTime } from '../../format';
import { outcomeWords, patientWords } from './practiceWords';

interface Props {
  items: QueueItem[];
  openId: number | null;
  onOpen: (id: number) => void;
  onFiled: (message: string) => void;
}

export function OutcomesTable({ items, openId, onOpen, onFiled }: Props) {
  const { api, queue } = useDeps();
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function file(item: QueueItem) {
    setBusyId(item.id);
    setError(null);
    try {
      const reply = await api.fileOutcome(item.id, item.version);
      queue.getState().applyItem(reply.item);
      onFiled(`Request ${item.reference} marked filed.`);
    } catch (failure) {
      setError(`Request ${item.reference} could not be marked filed: ${messageOf(failure)}`);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <div className="table-scroll">
        <table className="practice-table">
          <caption className="visually-hidden">Outcomes from the hub, most recent first</caption>
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">Patient</th>
              <th scope="col">What they asked</th>
              <th scope="col">Closed</th>
              <th scope="col">Outcome</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
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
                <td className="button-row">
                  <Button variant="secondary" onClick={() => onOpen(item.id)} aria-current={item.id === openId ? 'true' : undefined}>
                    Read outcome <span className="visually-hidden">of request {item.reference}</span>
                  </Button>
                  {item.filedAt ? (
                    <span className="filed">Filed {londonDateTime(item.filedAt)}</span>
                  ) : (
                    <Button disabled={busyId === item.id} onClick={() => void file(item)}>
                      Mark filed <span className="visually-hidden">(request {item.reference})</span>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
