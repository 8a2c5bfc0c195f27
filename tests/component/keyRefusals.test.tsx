// A key that cannot act says why, in the queue page's polite live region, instead of doing nothing:
// a colleague's claim, nothing held, nothing selected, nothing to claim, or a role that only reads the queue.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANP_1, COORDINATOR_1, COORDINATOR_2, claimedBy, queueItem } from './fixtures';
import { renderHub } from './harness';

const announcer = () => screen.getByTestId('announcer');

describe('a key that cannot act says why', () => {
  it('c on a request a colleague is triaging names them, and claims nothing', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [claimedBy(queueItem({ id: 5, reference: 'EH-26-00005' }), COORDINATOR_2)] });
    await screen.findByTestId('queue-row-5');
    await keys.keyboard('jc');
    expect(announcer()).toHaveTextContent('Coordinator 2 is triaging EH-26-00005; pick another request.');
    expect(api.claim).not.toHaveBeenCalled();
  });

  it('r with nothing held says there is nothing to release', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    await keys.keyboard('r');
    expect(announcer()).toHaveTextContent('You hold no request to release.');
    expect(api.release).not.toHaveBeenCalled();
  });

  it('r on a colleague’s claim says it is not yours to release', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [claimedBy(queueItem({ id: 5, reference: 'EH-26-00005' }), COORDINATOR_2)] });
    await screen.findByTestId('queue-row-5');
    await keys.keyboard('jr');
    expect(announcer()).toHaveTextContent("EH-26-00005 is Coordinator 2's claim, not yours");
  });

  it('g before claiming says to claim first', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    await keys.keyboard('g');
    expect(announcer()).toHaveTextContent('Claim a request (c) before routing it.');
  });

  it('n with every request claimed says there is nothing to claim', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [claimedBy(queueItem({ id: 5 }), COORDINATOR_2)] });
    await screen.findByTestId('queue-row-5');
    await keys.keyboard('n');
    expect(announcer()).toHaveTextContent('Nothing to claim: every request is claimed or on its way elsewhere.');
    expect(api.claim).not.toHaveBeenCalled();
  });

  it('j on an empty queue says there is nothing to move through', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [] });
    await screen.findByText('No requests waiting');
    await keys.keyboard('j');
    expect(announcer()).toHaveTextContent('No requests in the list to move through.');
  });

  it('Enter with nothing selected says how to select', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    await keys.keyboard('{Enter}');
    expect(announcer()).toHaveTextContent('No request is selected: j and k move through the queue.');
    expect(api.consultation).not.toHaveBeenCalled();
  });

  it('tells a clinician reading the hub queue that claiming is not theirs', async () => {
    const { keys, api } = renderHub({ user: ANP_1, items: [queueItem({ id: 4 })], route: '/hub' });
    await screen.findByTestId('queue-row-4');
    await keys.keyboard('jc');
    expect(announcer()).toHaveTextContent('You can read the hub queue but not triage it');
    expect(api.claim).not.toHaveBeenCalled();
  });

  it('says the same reason again when the key is pressed again', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    await keys.keyboard('r');
    const first = announcer().textContent;
    await keys.keyboard('r');
    expect(announcer().textContent).not.toBe(first);
    expect(announcer()).toHaveTextContent('You hold no request to release.');
  });
});
