// Keys run the same registered actions as the buttons: j/k move the selection, Enter opens,
// c claims the selection (or the next request when nothing is selected), ? lists every shortcut.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../client/src/actions';
import type { Action } from '../../client/src/actions/registry';
import { COORDINATOR_1, COORDINATOR_2, claimedBy, queueItem, redFlagged } from './fixtures';
import { renderHub } from './harness';

const selectedRow = () => document.querySelector('[aria-current="true"]')?.getAttribute('data-testid');
const items = () => [queueItem({ id: 1 }), queueItem({ id: 2 }), queueItem({ id: 3 })];

describe('keyboard', () => {
  it('j and k move the selection down and up the queue, and focus follows', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-3');
    await keys.keyboard('j');
    expect(selectedRow()).toBe('queue-row-1');
    await keys.keyboard('jj');
    expect(selectedRow()).toBe('queue-row-3');
    await keys.keyboard('j');
    expect(selectedRow()).toBe('queue-row-3');
    await keys.keyboard('k');
    expect(selectedRow()).toBe('queue-row-2');
    expect(within(screen.getByTestId('queue-row-2')).getByRole('button')).toHaveFocus();
  });

  it('Enter opens the selected request', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-3');
    await keys.keyboard('jj{Enter}');
    expect(api.consultation).toHaveBeenCalledWith(2);
    expect(await screen.findByRole('heading', { name: /^Request from/ })).toBeInTheDocument();
  });

  it('c claims the selected request through the API', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-3');
    await keys.keyboard('jj');
    await keys.keyboard('c');
    expect(api.claim).toHaveBeenCalledTimes(1);
    expect(api.claim).toHaveBeenCalledWith(2);
    expect(await screen.findByRole('button', { name: 'Release' })).toBeInTheDocument();
  });

  it('c with nothing selected claims the top unclaimed request, skipping one already held', async () => {
    const { keys, api } = renderHub({
      user: COORDINATOR_1,
      items: [claimedBy(redFlagged({ id: 5 }), COORDINATOR_2), queueItem({ id: 6 }), redFlagged({ id: 7 })],
    });
    await screen.findByTestId('queue-row-7');
    await keys.keyboard('c');
    expect(api.claim).toHaveBeenCalledWith(7);
  });

  it('the Claim next button claims the top unclaimed request', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 6 }), redFlagged({ id: 7 })] });
    await screen.findByTestId('queue-row-7');
    await keys.click(screen.getByRole('button', { name: 'Claim next' }));
    expect(api.claim).toHaveBeenCalledWith(7);
  });

  it('r releases the request held', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-3');
    await keys.keyboard('jc');
    await screen.findByRole('button', { name: 'Release' });
    await keys.keyboard('r');
    expect(api.release).toHaveBeenCalledWith(1);
  });

  it('keys typed into a filter are not shortcuts', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-3');
    screen.getByRole('combobox', { name: 'Kind' }).focus();
    await keys.keyboard('c');
    expect(api.claim).not.toHaveBeenCalled();
  });

  it('? opens a help overlay listing every registered shortcut, and Escape closes it', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-3');
    await keys.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const withKeys = (ACTIONS as readonly Action[]).filter((a) => a.keyTest);
    expect(withKeys.map((a) => a.name)).toEqual(expect.arrayContaining(['moveDown', 'moveUp', 'open', 'claim', 'claimNext', 'release', 'help']));
    for (const action of withKeys) {
      const row = within(dialog).getByTestId(`shortcut-${action.name}`);
      expect(row).toHaveTextContent(action.keyTest!);
      expect(row).toHaveTextContent(action.description);
    }
    expect(within(dialog).getAllByRole('row')).toHaveLength(withKeys.length + 1);
    await keys.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
