// "Claim next" follows the live queue: its button and `n` look for the first claimable request as shown
// once for each new list (docs/queue.md, "Large queues"), so a request released or claimed elsewhere
// must change what they offer at once, and j/k moving through the list must not.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COORDINATOR_1, COORDINATOR_2, claimedBy, queueItem } from './fixtures';
import { renderHub } from './harness';

const claimNextButton = () => screen.getByRole('button', { name: 'Claim next' });

describe('claim next follows the live queue', () => {
  it('is offered once a colleague releases a request, and takes that one', async () => {
    const held = claimedBy(queueItem({ id: 7, reference: 'EH-26-00007' }), COORDINATOR_2);
    const { keys, api, links } = renderHub({ user: COORDINATOR_1, items: [held] });
    await screen.findByTestId('queue-row-7');
    expect(claimNextButton()).toBeDisabled();
    await keys.keyboard('jkj');
    expect(claimNextButton()).toBeDisabled();
    links.at(-1)!.change({ seq: 101, type: 'release', item: { ...held, version: held.version + 1, status: 'queued', claimedBy: null, leaseExpiresAt: null } });
    await waitFor(() => expect(claimNextButton()).toBeEnabled());
    await keys.keyboard('n');
    expect(api.claim).toHaveBeenCalledWith(7);
  });

  it('stops offering the request a colleague has just claimed, and takes the next one', async () => {
    const first = queueItem({ id: 1, reference: 'EH-26-00001' });
    const second = queueItem({ id: 2, reference: 'EH-26-00002' });
    const { keys, api, links } = renderHub({ user: COORDINATOR_1, items: [first, second] });
    await screen.findByTestId('queue-row-1');
    await keys.keyboard('jj');
    links.at(-1)!.change({ seq: 101, type: 'claim', item: claimedBy(first, COORDINATOR_2) });
    await waitFor(() => expect(screen.getByTestId('queue-row-1')).toHaveTextContent('Coordinator 2'));
    await keys.click(claimNextButton());
    expect(api.claim).toHaveBeenCalledWith(2);
    expect(api.claim).not.toHaveBeenCalledWith(1);
  });
});
