// The lead's Reassign in the detail pane: a person or a team, and a reason, sent through the API;
// not offered to a coordinator.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HubApi } from '../../client/src/api/http';
import { COORDINATOR_1, COORDINATOR_2, LEAD_1, claimedBy, queueItem } from './fixtures';
import { renderHub } from './harness';

const STAFF = [
  { id: COORDINATOR_1.id, name: COORDINATOR_1.name, roles: ['coordinator' as const] },
  { id: COORDINATOR_2.id, name: COORDINATOR_2.name, roles: ['coordinator' as const] },
  { id: 401, name: 'Mo Manager', roles: ['manager' as const] },
];

async function openRequest(keys: ReturnType<typeof renderHub>['keys'], id: number) {
  const row = await screen.findByTestId(`queue-row-${id}`);
  await keys.click(within(row).getByRole('button'));
  await screen.findByRole('heading', { name: /^Request from/ });
  return screen.getByRole('region', { name: /^Request from/ });
}

describe('reassign', () => {
  it('lets the lead give a coordinator’s claimed request to another coordinator, with a reason', { timeout: 20_000 }, async () => {
    const item = claimedBy(queueItem({ id: 1, version: 2 }), COORDINATOR_1);
    const reassign = vi.fn<HubApi['reassign']>(async () => ({ seq: 101, item: claimedBy(item, COORDINATOR_2) }));
    const { keys } = renderHub({ user: LEAD_1, route: '/hub', items: [item], api: { reassign, staff: vi.fn(async () => STAFF) } });
    const pane = await openRequest(keys, 1);
    await keys.click(within(pane).getByRole('button', { name: 'Reassign' }));
    const to = within(pane).getByRole('combobox', { name: 'To whom' });
    await within(to).findByRole('option', { name: 'Coordinator 2' });
    expect(within(to).queryByRole('option', { name: 'Mo Manager' })).not.toBeInTheDocument();
    // Nothing is sent without a reason.
    await keys.selectOptions(to, 'Coordinator 2');
    await keys.click(within(pane).getAllByRole('button', { name: 'Reassign' }).at(-1)!);
    expect(reassign).not.toHaveBeenCalled();
    expect(within(pane).getByText('Say why, in a few words.')).toBeInTheDocument();
    await keys.type(within(pane).getByRole('textbox', { name: 'Why?' }), 'Coordinator 1 called away');
    await keys.click(within(pane).getAllByRole('button', { name: 'Reassign' }).at(-1)!);
    expect(reassign).toHaveBeenCalledWith(1, { reason: 'Coordinator 1 called away', to: { staffId: COORDINATOR_2.id }, expectedVersion: item.version });
  });

  it('offers no Reassign to a coordinator', async () => {
    const { keys } = renderHub({ user: COORDINATOR_2, route: '/queue', items: [claimedBy(queueItem({ id: 1 }), COORDINATOR_1)] });
    const pane = await openRequest(keys, 1);
    expect(within(pane).queryByRole('button', { name: 'Reassign' })).not.toBeInTheDocument();
  });
});
