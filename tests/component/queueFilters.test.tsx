// The queue's filters and sort live in the URL: choosing one writes it there, a reload or a shared link
// shows the same list, and a link with values the page does not know opens the whole queue (docs/queue.md).
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COORDINATOR_1, COORDINATOR_2, HILLVIEW, RIVERSIDE, claimedBy, offeredTo, queueItem, redFlagged } from './fixtures';
import { renderHub, shownOrder } from './harness';

const items = [
  redFlagged({ id: 1, ...RIVERSIDE, submittedAt: '2026-11-24T09:00:00.000Z', sla: { firstActionDue: '2026-11-24T11:00:00.000Z', outcomeDue: '2026-11-25T09:00:00.000Z' } }),
  queueItem({ id: 2, ...HILLVIEW, submittedAt: '2026-11-24T07:00:00.000Z', sla: { firstActionDue: '2026-11-24T10:30:00.000Z', outcomeDue: '2026-11-25T07:00:00.000Z' } }),
  claimedBy(queueItem({ id: 3, ...RIVERSIDE, submittedAt: '2026-11-24T08:00:00.000Z' }), COORDINATOR_1),
  claimedBy(queueItem({ id: 4, ...HILLVIEW, submittedAt: '2026-11-24T08:30:00.000Z' }), COORDINATOR_2),
  offeredTo('anp', { id: 5, ...RIVERSIDE }),
  queueItem({ id: 6, ...RIVERSIDE, returnedBecause: 'Declined by the pharmacist team: needs bloods', sla: { firstActionDue: '2026-11-24T12:00:00.000Z', outcomeDue: '2026-11-25T12:00:00.000Z' } }),
];

describe('queue filters in the URL', () => {
  it('shows every open request by default, red flags first, then by act-by', async () => {
    const { container, location } = renderHub({ user: COORDINATOR_1, items });
    await screen.findByTestId('queue-row-1');
    expect(shownOrder(container)).toEqual([1, 3, 4, 5, 2, 6]);
    expect(location()).toBe('/queue');
  });

  it('writes a chosen status, holder and sort into the URL and narrows the list at once', async () => {
    const { container, keys, location } = renderHub({ user: COORDINATOR_1, items });
    await screen.findByTestId('queue-row-1');
    await keys.selectOptions(screen.getByLabelText('Status'), 'Waiting');
    expect(shownOrder(container)).toEqual([1, 2, 6]);
    await keys.selectOptions(screen.getByLabelText('Sort by'), 'Oldest first');
    expect(shownOrder(container)).toEqual([2, 6, 1]);
    expect(location()).toBe('/queue?status=queued&sort=oldest');
    await keys.selectOptions(screen.getByLabelText('Status'), 'All open');
    await keys.selectOptions(screen.getByLabelText('Claimed by'), 'Claimed by me');
    expect(shownOrder(container)).toEqual([3]);
    expect(location()).toBe('/queue?sort=oldest&who=mine');
  });

  it('restores the filters from a link: the controls and the list both show them', async () => {
    const { container } = renderHub({ user: COORDINATOR_1, items, route: '/queue?who=unclaimed&practice=E85002&sort=due' });
    await screen.findByTestId('queue-row-2');
    expect(shownOrder(container)).toEqual([2]);
    expect(screen.getByLabelText('Claimed by')).toHaveValue('unclaimed');
    expect(screen.getByLabelText('Practice')).toHaveValue('E85002');
    expect(screen.getByLabelText('Sort by')).toHaveValue('due');
    expect(screen.getByRole('heading', { name: /Requests \(1 of 6\)/ })).toBeInTheDocument();
  });

  it('keeps red flags only, kind and practice in the URL too, and clears them all at once', async () => {
    const { container, keys, location } = renderHub({ user: COORDINATOR_1, items, route: '/queue?flags=1&kind=clinical&practice=E85001' });
    await screen.findByTestId('queue-row-1');
    expect(shownOrder(container)).toEqual([1]);
    expect(screen.getByLabelText('Red flags and possible')).toBeChecked();
    await keys.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownOrder(container)).toEqual([1, 3, 4, 5, 2, 6]);
    expect(location()).toBe('/queue');
  });

  it('sorts by act-by soonest, and by practice name (Hillview before Riverside), priority within each', async () => {
    const { container, keys } = renderHub({ user: COORDINATOR_1, items, route: '/queue?sort=due' });
    await screen.findByTestId('queue-row-1');
    expect(shownOrder(container)).toEqual([3, 4, 5, 2, 1, 6]);
    await keys.selectOptions(screen.getByLabelText('Sort by'), 'Practice');
    expect(shownOrder(container)).toEqual([4, 2, 1, 3, 5, 6]);
  });

  it('shows returned requests, and those offered to a team, by their status', async () => {
    const { container, keys } = renderHub({ user: COORDINATOR_1, items, route: '/queue?status=returned' });
    await screen.findByTestId('queue-row-6');
    expect(shownOrder(container)).toEqual([6]);
    await keys.selectOptions(screen.getByLabelText('Status'), 'Offered to a hub team');
    expect(shownOrder(container)).toEqual([5]);
  });

  it('falls back to the defaults for values it does not know, without failing', async () => {
    const { container } = renderHub({
      user: COORDINATOR_1,
      items,
      route: '/queue?status=lost&who=%3Cscript%3E&sort=random&kind=x&flags=yes&practice=..%2F..',
    });
    await screen.findByTestId('queue-row-1');
    expect(shownOrder(container)).toEqual([1, 3, 4, 5, 2, 6]);
    expect(screen.getByLabelText('Status')).toHaveValue('open');
    expect(screen.getByLabelText('Sort by')).toHaveValue('priority');
    expect(screen.getByLabelText('Practice')).toHaveValue('all');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('claims the top unclaimed request as the filters show it', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items, route: '/queue?practice=E85002' });
    await screen.findByTestId('queue-row-2');
    await keys.click(screen.getByRole('button', { name: 'Claim next' }));
    expect(api.claim).toHaveBeenCalledWith(2);
  });
});
