// The detail pane offers Claim and Release only when the shared lifecycle machine allows them for
// this user, and says who has the request otherwise.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api/errors';
import { ANP_1, COORDINATOR_1, COORDINATOR_2, claimedBy, queueItem } from './fixtures';
import { renderHub } from './harness';

const pane = () => screen.getByRole('region', { name: /^Request from/ });

async function openRequest(keys: ReturnType<typeof renderHub>['keys'], id: number) {
  const row = await screen.findByTestId(`queue-row-${id}`);
  await keys.click(within(row).getByRole('button'));
  await screen.findByRole('heading', { name: /^Request from/ });
}

describe('claim and release in the detail pane', () => {
  it('offers an enabled Claim for an unclaimed request to a coordinator, and claims it', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 4 })] });
    await openRequest(keys, 4);
    const claim = within(pane()).getByRole('button', { name: 'Claim' });
    expect(claim).toBeEnabled();
    await keys.click(claim);
    expect(api.claim).toHaveBeenCalledWith(4);
    expect(await within(pane()).findByRole('button', { name: 'Release' })).toBeEnabled();
    expect(within(pane()).queryByRole('button', { name: 'Claim' })).not.toBeInTheDocument();
    expect(within(pane()).getByText(/Your claim lasts/)).toBeInTheDocument();
  });

  it('hides Claim when another coordinator holds the request, and says who', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [claimedBy(queueItem({ id: 4 }), COORDINATOR_2)] });
    await openRequest(keys, 4);
    expect(within(pane()).queryByRole('button', { name: 'Claim' })).not.toBeInTheDocument();
    expect(within(pane()).queryByRole('button', { name: 'Release' })).not.toBeInTheDocument();
    expect(within(pane()).getByText('Being triaged by Coordinator 2')).toBeInTheDocument();
  });

  it('takes Claim away the moment someone else claims the open request', async () => {
    const item = queueItem({ id: 4 });
    const { keys, link } = renderHub({ user: COORDINATOR_1, items: [item] });
    await openRequest(keys, 4);
    expect(within(pane()).getByRole('button', { name: 'Claim' })).toBeInTheDocument();
    link.change({ seq: 101, type: 'claim', item: claimedBy(item, COORDINATOR_2) });
    expect(within(pane()).queryByRole('button', { name: 'Claim' })).not.toBeInTheDocument();
    expect(within(pane()).getByText('Being triaged by Coordinator 2')).toBeInTheDocument();
  });

  it('never offers Claim to a clinician looking at the hub queue, which they do not triage', async () => {
    const { keys } = renderHub({ user: ANP_1, items: [queueItem({ id: 4 })], route: '/hub' });
    await openRequest(keys, 4);
    expect(within(pane()).queryByRole('button', { name: 'Claim' })).not.toBeInTheDocument();
  });

  it('releases back to the queue from the holder’s Release button', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 4 })] });
    await openRequest(keys, 4);
    await keys.click(within(pane()).getByRole('button', { name: 'Claim' }));
    await keys.click(await within(pane()).findByRole('button', { name: 'Release' }));
    expect(api.release).toHaveBeenCalledWith(4);
    expect(await within(pane()).findByRole('button', { name: 'Claim' })).toBeEnabled();
  });

  it('says who won when a claim loses the race', async () => {
    const { keys } = renderHub({
      user: COORDINATOR_1,
      items: [queueItem({ id: 4 })],
      api: {
        claim: async () => {
          throw new ApiError('ALREADY_CLAIMED', 'This request is already being triaged by Coordinator 2.', 409);
        },
      },
    });
    await openRequest(keys, 4);
    await keys.click(within(pane()).getByRole('button', { name: 'Claim' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('already being triaged by Coordinator 2');
    await waitFor(() => expect(within(pane()).getByRole('button', { name: 'Claim' })).toBeEnabled());
  });

  it('shows the whole request: name, formatted NHS number, date of birth and red-flag rule in words', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 4, priority: 'red_flag', redFlags: ['chest_pain'] })] });
    await openRequest(keys, 4);
    expect(within(pane()).getByText('Testy McTestface')).toBeInTheDocument();
    expect(within(pane()).getByText('943 476 5919')).toBeInTheDocument();
    expect(within(pane()).getByText('17 May 1990')).toBeInTheDocument();
    expect(within(pane()).getByRole('region', { name: 'Red flags' })).toHaveTextContent('Chest pain, tightness or pressure (possible heart attack)');
  });
});
