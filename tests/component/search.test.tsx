// Finding a request from anywhere (docs/search.md): the header's box (and `/`), the results page kept in
// its URL, and the reference shown wherever a request is: the queue row and the detail pane.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HubApi } from '../../client/src/api/http';
import type { SearchResponse } from '../../shared/schemas/search';
import { COORDINATOR_1, MANAGER_1, PRACTICE_1, queueItem } from './fixtures';
import { renderHub } from './harness';

const FOUND: SearchResponse = {
  results: [
    {
      id: 41,
      reference: 'EH-26-00041',
      patient: { givenName: 'Ann', familyName: "O'Hara", nhsNumber: '9434765870', birthDate: '1961-03-02' },
      practiceOds: 'E85001',
      practiceName: 'Riverside Surgery',
      receivedAt: '2026-11-20T09:15:00.000Z',
      status: 'closed',
    },
  ],
  more: false,
};
const searching = (found: SearchResponse = FOUND) => vi.fn<HubApi['search']>(async () => found);

describe('the search box', () => {
  it('takes a coordinator from any page to the results for what they typed, focused by /', async () => {
    const search = searching();
    const { keys } = renderHub({ user: COORDINATOR_1, route: '/rota', api: { search } });
    const box = await screen.findByRole('searchbox', { name: /find a request/i });
    await keys.keyboard('/');
    expect(box).toHaveFocus();
    await keys.type(box, '943 476 5870{Enter}');
    expect(await screen.findByRole('heading', { name: 'Find a request' })).toBeInTheDocument();
    await waitFor(() => expect(search).toHaveBeenCalledWith({ q: '943 476 5870' }));
    const row = (await screen.findByRole('rowheader', { name: 'EH-26-00041' })).closest('tr')!;
    expect(row).toHaveTextContent("Ann O'Hara");
    expect(row).toHaveTextContent('NHS 943 476 5870');
    expect(row).toHaveTextContent('Riverside Surgery');
    expect(row).toHaveTextContent('Closed');
    expect(within(row).getByRole('link', { name: 'EH-26-00041' })).toHaveAttribute('href', '/requests/41');
  });

  it('does not steal a / typed into a field', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, route: '/search', api: { search: searching() } });
    const field = await screen.findByRole('searchbox', { name: /reference, nhs number, name or practice code/i });
    await keys.type(field, 'a/b');
    expect(field).toHaveValue('a/b');
    expect(field).toHaveFocus();
  });

  it('is there for practice staff', async () => {
    renderHub({ user: PRACTICE_1, route: '/practice' });
    expect(await screen.findByRole('searchbox', { name: /find a request/i })).toBeInTheDocument();
  });

  it('is not offered to the manager, who sees figures, never patients', async () => {
    renderHub({ user: MANAGER_1, route: '/dashboard' });
    await screen.findByRole('banner');
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });
});

describe('the results page', () => {
  it('runs the search in its URL, with its filters filled in', async () => {
    const search = searching();
    renderHub({ user: COORDINATOR_1, route: '/search?q=ohara&from=2026-11-01&to=2026-11-30&status=closed&practice=E85001', api: { search } });
    await screen.findByRole('rowheader', { name: 'EH-26-00041' });
    expect(search).toHaveBeenCalledWith({ q: 'ohara', from: '2026-11-01', to: '2026-11-30', practice: 'E85001', status: 'closed' });
    expect(screen.getByLabelText('Received from')).toHaveValue('2026-11-01');
    expect(screen.getByLabelText('Requests')).toHaveValue('closed');
    expect(screen.getByRole('status')).toHaveTextContent('1 request found.');
  });

  it('searches again when the form changes, and says when more matched than are shown', async () => {
    const search = searching({ ...FOUND, more: true });
    const { keys } = renderHub({ user: COORDINATOR_1, route: '/search?q=ohara', api: { search } });
    await screen.findByRole('rowheader', { name: 'EH-26-00041' });
    await keys.selectOptions(screen.getByLabelText('Requests'), 'open');
    await keys.click(within(screen.getByRole('form', { name: 'Search requests' })).getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(search).toHaveBeenLastCalledWith({ q: 'ohara', status: 'open' }));
    expect(await screen.findByText(/The 50 most recent of more matching requests/)).toBeInTheDocument();
  });

  it('shows the hub’s refusal in words', async () => {
    const { ApiError } = await import('../../client/src/api/errors');
    const search = vi.fn<HubApi['search']>(async () => Promise.reject(new ApiError('VALIDATION_FAILED', 'q: at least 2 characters', 400)));
    renderHub({ user: COORDINATOR_1, route: '/search?q=a', api: { search } });
    expect(await screen.findByText(/The search could not be run\. q: at least 2 characters/)).toBeInTheDocument();
  });

  it('says so when nothing matched', async () => {
    renderHub({ user: PRACTICE_1, route: '/search?q=nobody', api: { search: searching({ results: [], more: false }) } });
    expect(await screen.findByText('No requests found')).toBeInTheDocument();
  });
});

describe('the reference', () => {
  it('is on the queue row and heads the detail pane', async () => {
    const item = queueItem({ id: 7 });
    const { keys } = renderHub({ user: COORDINATOR_1, items: [item] });
    const row = await screen.findByTestId('queue-row-7');
    expect(row).toHaveTextContent('EH-26-00007');
    await keys.click(row);
    expect(await screen.findByRole('heading', { name: /^Request from Riverside Surgery \(E85001\) EH-26-00007$/ })).toBeInTheDocument();
  });
});
