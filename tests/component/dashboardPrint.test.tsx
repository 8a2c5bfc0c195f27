// The printable monthly summary for the ICB (docs/dashboard.md): the month's headline figures, SLA against
// the 90% target and the outcome mix, asked for the whole calendar month named in the URL.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeStats } from './dashboardAnswers';
import { MANAGER_1 } from './fixtures';
import { renderHub } from './harness';

describe('the monthly summary for the ICB', { timeout: 30_000 }, () => {
  it('asks for the whole month in the URL and shows its headline figures, SLA against target and outcome mix', async () => {
    const stats = fakeStats();
    renderHub({ user: MANAGER_1, route: '/dashboard/print?month=2026-02&practice=E85001', api: { stats } });
    expect(await screen.findByRole('heading', { name: 'Online consultation hub: February 2026', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(stats).toHaveBeenCalledWith('summary', { from: '2026-02-01', to: '2026-02-28', practice: 'E85001' }));
    expect(stats).toHaveBeenCalledWith('outcomes', { from: '2026-02-01', to: '2026-02-28', practice: 'E85001' });
    expect(new Set(stats.mock.calls.map(([endpoint]) => endpoint))).toEqual(new Set(['summary', 'outcomes']));

    expect(await screen.findByTestId('headline-received')).toHaveTextContent('128');
    const sla = screen.getByRole('table', { name: 'SLA compliance against target' });
    const nextDay = within(sla).getByRole('rowheader', { name: 'Answered by next working day' }).closest('tr')!;
    expect([...nextDay.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['87%', '90%', 'Not met']);
    expect(screen.getByRole('table', { name: 'Completed requests by final destination' })).toHaveTextContent('<5');
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });

  it('says so for a month it cannot read, and asks for nothing', async () => {
    const stats = fakeStats();
    renderHub({ user: MANAGER_1, route: '/dashboard/print?month=2026-13', api: { stats } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a month');
    expect(stats).not.toHaveBeenCalled();
  });
});
