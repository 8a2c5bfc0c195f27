// The queue region: its heading and count, the filters, and the table or what stands in for it
// (loading, failed, nothing waiting, nothing matching).
import type { QueueItem, User } from '../../../../shared/schemas/api';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps, useQueue } from '../../deps';
import { messageOf } from '../../api/errors';
import { useNow } from '../../useNow';
import { QueueFilters } from './QueueFilters';
import { QueueTable } from './QueueTable';
import { loadQueue } from './queueSync';
import type { QueueView } from './queueView';

interface Props {
  rows: QueueItem[];
  /** The filters and sort (from the URL), and how to change them. */
  view: QueueView;
  onViewChange(patch: Partial<QueueView>): void;
  user: User;
  selectedId: number | null;
  openId: number | null;
  onActivate(id: number): void;
}

export function QueuePanel({ rows, view, onViewChange, user, selectedId, openId, onActivate }: Props) {
  const deps = useDeps();
  const status = useQueue((s) => s.status);
  const loadError = useQueue((s) => s.loadError);
  const total = useQueue((s) => Object.keys(s.items).length);
  const now = useNow(30_000);
  const retry = () => loadQueue(deps).catch((error) => deps.queue.getState().loadFailed(messageOf(error)));

  return (
    <section className="queue-panel" aria-labelledby="queue-heading">
      <div className="panel-head">
        <h2 id="queue-heading">
          Requests{' '}
          {status === 'ready' && (
            <span className="count">
              ({rows.length === total ? rows.length : `${rows.length} of ${total}`})
            </span>
          )}
        </h2>
        <QueueFilters view={view} onChange={onViewChange} />
      </div>
      {status === 'loading' && (
        <p role="status" className="loading">
          Loading the queue…
        </p>
      )}
      {status === 'failed' && (
        <>
          <ErrorBanner message={loadError ?? 'The queue could not be loaded.'} />
          <Button onClick={retry}>Try again</Button>
        </>
      )}
      {status === 'ready' && total === 0 && <EmptyState title="No requests waiting">New requests appear here as they arrive.</EmptyState>}
      {status === 'ready' && total > 0 && rows.length === 0 && (
        <EmptyState title="No requests match these filters">Change or clear the filters to see the rest of the queue.</EmptyState>
      )}
      {status === 'ready' && rows.length > 0 && (
        <QueueTable rows={rows} sort={view.sort} user={user} now={now} selectedId={selectedId} openId={openId} onActivate={onActivate} />
      )}
    </section>
  );
}
