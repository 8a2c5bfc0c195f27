// The live queue keeps the hub's order as changes arrive: red flags first, then by first-action
// due; a change older than what is held is ignored; a finished request leaves.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueueStore, selectRows } from '../../client/src/stores/queueStore';
import { COORDINATOR_1, queueItem, redFlagged } from './fixtures';
import { renderHub, shownOrder } from './harness';

const due = (hhmm: string) => ({ firstActionDue: `2026-11-24T${hhmm}:00.000Z`, outcomeDue: '2026-11-25T10:00:00.000Z' });

describe('queue ordering', () => {
  it('shows red flags first, then the earliest first-action due, then by id', async () => {
    const items = [
      queueItem({ id: 1, sla: due('12:00') }),
      queueItem({ id: 2, sla: due('11:00') }),
      redFlagged({ id: 3, sla: due('13:00') }),
      queueItem({ id: 4, sla: due('11:00') }),
      redFlagged({ id: 5, sla: due('10:15') }),
    ];
    const { container } = renderHub({ user: COORDINATOR_1, items: [...items].reverse() });
    await screen.findByTestId('queue-row-1');
    expect(shownOrder(container)).toEqual([5, 3, 2, 4, 1]);
  });

  it('places a new request by its due time and moves a newly red-flagged one to the top', async () => {
    const { container, link } = renderHub({
      user: COORDINATOR_1,
      items: [queueItem({ id: 1, sla: due('10:30') }), queueItem({ id: 2, sla: due('12:00') })],
    });
    await screen.findByTestId('queue-row-2');
    link.change({ seq: 101, type: 'admitted', item: queueItem({ id: 3, sla: due('11:00') }) });
    expect(shownOrder(container)).toEqual([1, 3, 2]);
    link.change({ seq: 102, type: 'raise_red_flag', item: redFlagged({ id: 2, version: 2, sla: due('12:00') }) });
    expect(shownOrder(container)).toEqual([2, 1, 3]);
  });

  it('ignores a change that arrives after a newer version of the same request', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    const row = await screen.findByTestId('queue-row-1');
    link.change({ seq: 103, type: 'claim', item: queueItem({ id: 1, version: 3, status: 'in_triage', claimedBy: { id: 102, name: 'Coordinator 2' } }) });
    link.change({ seq: 102, type: 'release', item: queueItem({ id: 1, version: 2 }) });
    expect(within(row).getByText('Being triaged by Coordinator 2')).toBeInTheDocument();
  });

  it('drops a request from the hub queue once it is closed or cancelled, and a late older change cannot bring it back', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 }), queueItem({ id: 2 })] });
    await screen.findByTestId('queue-row-1');
    link.change({ seq: 101, type: 'complete', item: queueItem({ id: 1, version: 4, status: 'closed' }) });
    link.change({ seq: 102, type: 'cancel', item: queueItem({ id: 2, version: 2, status: 'cancelled' }) });
    expect(screen.queryByTestId('queue-row-1')).not.toBeInTheDocument();
    link.change({ seq: 100, type: 'claim', item: queueItem({ id: 1, version: 3, status: 'in_triage' }) });
    expect(screen.queryByTestId('queue-row-1')).not.toBeInTheDocument();
    expect(await screen.findByText('No requests waiting')).toBeInTheDocument();
  });

  it('keeps changes that arrive before the snapshot, and only those newer than it', () => {
    const store = createQueueStore();
    store.getState().applyChange({ seq: 99, type: 'claim', item: queueItem({ id: 1, version: 2, status: 'in_triage' }) });
    store.getState().applyChange({ seq: 101, type: 'admitted', item: queueItem({ id: 2 }) });
    store.getState().applySnapshot({ seq: 100, items: [queueItem({ id: 1, version: 3 })] });
    expect(selectRows(store.getState()).map((r) => [r.id, r.version])).toEqual([[1, 3], [2, 1]]);
    expect(store.getState().seq).toBe(101);
  });

  it('replaces the queue when a resync answers with a snapshot', async () => {
    const { container, link, deps } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 }), queueItem({ id: 2 })] });
    await screen.findByTestId('queue-row-1');
    link.resync.mockResolvedValueOnce({ kind: 'snapshot', snapshot: { seq: 500, items: [queueItem({ id: 9, version: 1 })] } });
    link.status('connected');
    await waitFor(() => expect(shownOrder(container)).toEqual([9]));
    expect(deps.queue.getState().seq).toBe(500);
  });
});
