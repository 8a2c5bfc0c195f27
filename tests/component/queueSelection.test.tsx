// The highlighted row and the open request never disagree with the list (docs/queue.md): a request that
// leaves the list (routed, finished, filtered out) takes the highlight and the pane with it, live; the
// request I hold stays in the list whatever the filters.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COORDINATOR_1, COORDINATOR_2, claimedBy, offeredTo, queueItem } from './fixtures';
import { renderHub, shownOrder } from './harness';

const three = () => [queueItem({ id: 1 }), queueItem({ id: 2 }), queueItem({ id: 3 })];
const highlighted = () => document.querySelector('[aria-current="true"]')?.getAttribute('data-testid');
const openHeading = () => screen.queryByRole('heading', { name: /^Request from / });

describe('the highlight and the open request follow the list', () => {
  it('a request a colleague routes leaves the "to triage" list at once, live; the highlight moves to the next request and the pane closes', async () => {
    const { container, keys, link } = renderHub({ user: COORDINATOR_1, items: three(), route: '/queue?status=triage' });
    await keys.click(within(await screen.findByTestId('queue-row-2')).getByText(/Sore throat/));
    expect(await screen.findByRole('heading', { name: /^Request from / })).toBeInTheDocument();
    expect(highlighted()).toBe('queue-row-2');

    link.change({ seq: 101, type: 'offered', item: offeredTo('anp', { id: 2, version: 5 }) });

    expect(shownOrder(container)).toEqual([1, 3]);
    expect(highlighted()).toBe('queue-row-3');
    expect(openHeading()).not.toBeInTheDocument();
    expect(screen.getByText('No request open')).toBeInTheDocument();
  });

  it('a request closed elsewhere (sent to urgent care) leaves even the all-open list at once; the last row hands the highlight back', async () => {
    const { container, keys, link } = renderHub({ user: COORDINATOR_1, items: three() });
    await keys.click(within(await screen.findByTestId('queue-row-3')).getByText(/Sore throat/));
    link.change({ seq: 101, type: 'offered', item: queueItem({ id: 3, version: 4, status: 'closed', closedAt: '2026-11-24T10:09:00.000Z' }) });
    expect(shownOrder(container)).toEqual([1, 2]);
    expect(highlighted()).toBe('queue-row-2');
    expect(openHeading()).not.toBeInTheDocument();
  });

  it('filtering the open request out closes the pane rather than show a request the list hides', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 }), claimedBy(queueItem({ id: 2 }), COORDINATOR_2)] });
    await keys.click(within(await screen.findByTestId('queue-row-1')).getByText(/Sore throat/));
    expect(await screen.findByRole('heading', { name: /^Request from / })).toBeInTheDocument();
    await keys.selectOptions(screen.getByLabelText('Status'), 'Being triaged');
    expect(highlighted()).toBe('queue-row-2');
    expect(openHeading()).not.toBeInTheDocument();
  });

  it('keeps the request I hold in the list, open and highlighted, even under "Unclaimed"', async () => {
    const { container, keys, api } = renderHub({ user: COORDINATOR_1, items: three(), route: '/queue?who=unclaimed' });
    await screen.findByTestId('queue-row-1');
    await keys.click(screen.getByRole('button', { name: 'Claim next' }));
    expect(api.claim).toHaveBeenCalledWith(1);
    expect(await screen.findByRole('heading', { name: /^Request from / })).toBeInTheDocument();
    expect(shownOrder(container)).toEqual([1, 2, 3]);
    expect(highlighted()).toBe('queue-row-1');
  });
});
