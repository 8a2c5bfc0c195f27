// After routing, the next request is offered: the one the queue's order gives this coordinator (red flags
// first), never one a colleague is triaging, named by reference, practice and priority, and one key away.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HubApi } from '../../client/src/api/http';
import type { QueueItem } from '../../shared/schemas/api';
import { COORDINATOR_1, COORDINATOR_2, HILLVIEW, claimedBy, possiblyFlagged, queueItem, redFlagged } from './fixtures';
import { renderHub } from './harness';

const offered = (item: QueueItem): Awaited<ReturnType<HubApi['route']>> => ({
  seq: 120,
  item: { ...item, version: item.version + 2, status: 'offered', claimedBy: null, leaseExpiresAt: null, pendingDestination: 'anp' },
});

/** Claims request 1, routes it to the ANP team, and answers with the hub's reply. */
async function routeFirst(others: QueueItem[]) {
  const first = queueItem({ id: 1, reference: 'EH-26-00001' });
  const route = vi.fn<HubApi['route']>(async () => offered(first));
  const hub = renderHub({ user: COORDINATOR_1, items: [first, ...others], api: { route } });
  await hub.keys.click(within(await screen.findByTestId('queue-row-1')).getByRole('button'));
  await hub.keys.click(await screen.findByRole('button', { name: 'Claim' }));
  await hub.keys.click(await screen.findByRole('button', { name: /^Route/ }));
  await hub.keys.click(screen.getByRole('radio', { name: 'ANP team' }));
  await hub.keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'clinical_assessment_needed');
  await hub.keys.click(screen.getByRole('button', { name: 'Confirm route' }));
  await screen.findByText(/It has left your hands/);
  return hub;
}

// Each test claims and routes through the real panel first: several seconds on a loaded machine.
describe('after routing, the next request', { timeout: 20_000 }, () => {
  it('is the top one this coordinator could claim, skipping a red flag a colleague is triaging', async () => {
    await routeFirst([
      claimedBy(redFlagged({ id: 2, reference: 'EH-26-00002' }), COORDINATOR_2),
      queueItem({ id: 3, reference: 'EH-26-00003' }),
      possiblyFlagged({ id: 4, reference: 'EH-26-00004', ...HILLVIEW }),
    ]);
    const next = screen.getByTestId('next-request');
    expect(next).toHaveTextContent('Next request: EH-26-00004, Hillview Practice, possible red flag');
    expect(next).not.toHaveTextContent('EH-26-00002');
  });

  it('opens with n from the keyboard: claimed and shown in the pane', async () => {
    const { keys, api } = await routeFirst([queueItem({ id: 3, reference: 'EH-26-00003' })]);
    const open = within(screen.getByTestId('next-request')).getByRole('button', { name: /^Open/ });
    expect(open).toHaveAttribute('aria-keyshortcuts', 'n');
    await keys.keyboard('n');
    expect(api.claim).toHaveBeenCalledWith(3);
    expect(await screen.findByRole('heading', { name: /^Request from Riverside Surgery/ })).toBeInTheDocument();
    expect(screen.queryByTestId('next-request')).not.toBeInTheDocument();
  });

  it('is reachable with Tab and opens with Enter', async () => {
    const { keys, api } = await routeFirst([queueItem({ id: 3, reference: 'EH-26-00003' })]);
    const open = within(screen.getByTestId('next-request')).getByRole('button', { name: /^Open/ });
    for (let i = 0; i < 40 && document.activeElement !== open; i++) await keys.tab();
    expect(open).toHaveFocus();
    await keys.keyboard('{Enter}');
    expect(api.claim).toHaveBeenCalledWith(3);
  });

  it('says so when nothing else is waiting to be claimed', async () => {
    await routeFirst([claimedBy(queueItem({ id: 2 }), COORDINATOR_2)]);
    expect(screen.getByTestId('next-request')).toHaveTextContent('No other request is waiting to be claimed.');
  });
});
