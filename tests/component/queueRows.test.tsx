// What each queue row tells at a glance: who holds it, red flags in words, returns, waiting time,
// and never the patient's full name; plus the practice, kind and red-flag filters.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COORDINATOR_1, COORDINATOR_2, HILLVIEW, NOW, RIVERSIDE, claimedBy, queueItem, redFlagged } from './fixtures';
import { renderHub, shownOrder } from './harness';

describe('queue rows', () => {
  it('names the coordinator triaging a request: "Being triaged by Coordinator 2"', async () => {
    renderHub({ user: COORDINATOR_1, items: [claimedBy(queueItem({ id: 1 }), COORDINATOR_2), queueItem({ id: 2 })] });
    const row = await screen.findByTestId('queue-row-1');
    expect(within(row).getByText('Being triaged by Coordinator 2')).toBeInTheDocument();
    expect(within(screen.getByTestId('queue-row-2')).queryByText(/Being triaged/)).not.toBeInTheDocument();
  });

  it('marks a red flag with words, not colour alone, and a returned request with its reason', async () => {
    renderHub({ user: COORDINATOR_1, items: [redFlagged({ id: 1 }), queueItem({ id: 2, returnedBecause: 'Offer to the ANP team expired' })] });
    expect(within(await screen.findByTestId('queue-row-1')).getByText('Red flag')).toBeInTheDocument();
    expect(within(screen.getByTestId('queue-row-2')).queryByText('Red flag')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('queue-row-2')).getByText(/Returned: Offer to the ANP team expired/)).toBeInTheDocument();
  });

  it('shows practice, initials, age, sex, kind and time waiting, never the full name', async () => {
    renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1, submittedAt: '2026-11-24T08:00:00.000Z', kind: 'admin' })] });
    const row = await screen.findByTestId('queue-row-1');
    expect(row).toHaveTextContent('Riverside Surgery');
    expect(row).toHaveTextContent('TM 36 y, female');
    expect(row).toHaveTextContent('Admin');
    expect(row).toHaveTextContent('2 h 10 min');
    expect(row).not.toHaveTextContent('McTestface');
  });
});

describe('opening and announcing', () => {
  it('opens a request from a click anywhere on its row', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await keys.click(within(await screen.findByTestId('queue-row-1')).getByText(/Sore throat/));
    expect(api.consultation).toHaveBeenCalledWith(1);
    expect(await screen.findByRole('heading', { name: /^Request from Riverside Surgery/ })).toBeInTheDocument();
  });

  it('announces a new red-flag request at once in the polite live region', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    const announcer = screen.getByTestId('announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    link.change({ seq: 101, type: 'admitted', item: redFlagged({ id: 2, ...HILLVIEW, submittedAt: new Date(NOW).toISOString() }) });
    expect(announcer).toHaveTextContent('New red-flag request from Hillview Practice');
  });
});

describe('queue filters', () => {
  const items = [
    redFlagged({ id: 1, ...RIVERSIDE }),
    queueItem({ id: 2, ...RIVERSIDE, kind: 'admin' }),
    queueItem({ id: 3, ...HILLVIEW }),
    redFlagged({ id: 4, ...HILLVIEW }),
  ];

  it('shows only red flags when asked', async () => {
    const { container, keys } = renderHub({ user: COORDINATOR_1, items });
    await screen.findByTestId('queue-row-1');
    await keys.click(screen.getByRole('checkbox', { name: 'Red flags and possible' }));
    expect(shownOrder(container).sort()).toEqual([1, 4]);
    expect(screen.getByRole('heading', { name: /Requests/ })).toHaveTextContent('(2 of 4)');
  });

  it('narrows to one practice, then by kind', async () => {
    const { container, keys } = renderHub({ user: COORDINATOR_1, items });
    await screen.findByTestId('queue-row-1');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Practice' }), 'Riverside Surgery');
    expect(shownOrder(container)).toEqual([1, 2]);
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Admin');
    expect(shownOrder(container)).toEqual([2]);
  });

  it('says so when the filters hide everything', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    await keys.click(screen.getByRole('checkbox', { name: 'Red flags and possible' }));
    expect(screen.getByText('No requests match these filters')).toBeInTheDocument();
  });
});
