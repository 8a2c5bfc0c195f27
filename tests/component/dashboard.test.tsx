// The manager's dashboard (docs/dashboard.md): each chart drawn from its answer with the same data as a
// table ("<5" and "—" as the hub sends them), the filters in the URL, the per-practice table sorted by a
// column, CSV links with the chart's own query, live figures on a 'stats' notice, one ask per load, and nothing but /api/stats.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { METRIC_DEFINITIONS } from '../../shared/rules/metrics';
import { fakeStats, statsFromFixtures } from './dashboardAnswers';
import { LEAD_1, MANAGER_1 } from './fixtures';
import { renderHub } from './harness';

const WEEK = { from: '2026-11-18', to: '2026-11-24' };

function renderDashboard(route = '/dashboard', user = MANAGER_1) {
  const stats = fakeStats();
  const view = renderHub({ user, route, api: { stats } });
  return { ...view, stats };
}

const figure = (name: string) => screen.getByRole('region', { name });
/** The rows of a table as the text of their cells. */
const cellsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

// Three charts and nine answers render on a shared, loaded machine: more than the default 5 s.
describe('the manager’s dashboard', { timeout: 30_000 }, () => {
  it('draws daily volume and backlog with its data table, showing "<5" and "—" as sent', async () => {
    renderDashboard();
    const daily = await screen.findByRole('table', { name: 'Daily volume and backlog, per day' });
    expect(cellsOf(daily)).toEqual([
      ['Day', 'Received', 'Triaged', 'Closed', 'Completed', 'Cancelled', 'Redirected', 'Redirection rate', 'Backlog at close'],
      ['2026-11-23', '61', '60', '55', '52', '<5', '30', '57.7%', '9'],
      ['2026-11-24', '<5', '<5', '0', '0', '0', '0', '—', '12'],
    ]);
    expect(figure('Daily volume and backlog').querySelector('svg.recharts-surface')).not.toBeNull();
  });

  it('draws the outcome mix and the SLA trend against the 90% target, each with its table', async () => {
    renderDashboard();
    const outcomes = await screen.findByRole('table', { name: 'Outcome mix, per final destination' });
    expect(cellsOf(outcomes)[2]).toEqual(['Self-care with safety-netting advice', 'yes', '<5', '<5', '5%']);
    expect(cellsOf(outcomes)[3]?.slice(1)).toEqual(['no', '0', '0%', '20%']);
    const sla = screen.getByRole('table', { name: 'SLA compliance, per day received' });
    expect(cellsOf(sla).slice(1)).toEqual([
      ['2026-11-23', '61', '95%', '90%', '88%', '90%'],
      ['2026-11-24', '<5', '<5', '—', '—', '90%'],
    ]);
    expect(within(figure('SLA compliance')).getByText('Target 90%')).toBeInTheDocument();
  });

  it('shades arrivals by hour and weekday in a table of cells, a suppressed hour reading "<5"', async () => {
    renderDashboard();
    const heatmap = await screen.findByRole('table', { name: 'Requests received by hour of the day and weekday' });
    const rows = cellsOf(heatmap);
    expect(rows[0]?.slice(0, 3)).toEqual(['Weekday', '00:00', '01:00']);
    expect(rows[1]?.[0]).toBe('Monday');
    expect(rows[1]?.[10]).toBe('17');
    expect(rows[2]?.[9]).toBe('<5');
    expect(within(heatmap).getByText('17')).toHaveStyle({ color: '#fff' });
  });

  it('shows the headline figures with their definitions as tooltips, and today’s capacity', async () => {
    renderDashboard();
    const received = await screen.findByTestId('headline-received');
    expect(received).toHaveTextContent('128');
    expect(within(received).getByRole('button', { name: 'Received' })).toHaveAccessibleDescription(METRIC_DEFINITIONS.received);
    expect(screen.getByTestId('headline-cancelled')).toHaveTextContent('<5');
    expect(screen.getByTestId('headline-review_agreement_rate')).toHaveTextContent('—');
    expect(screen.getByTestId('headline-redirection_rate')).toHaveTextContent('62.5%');
    expect(screen.getByTestId('capacity-arrivals_today')).toHaveTextContent('23');
    expect(screen.getByTestId('capacity-closed_today')).toHaveTextContent('<5');
    expect(within(figure('Today\u2019s capacity')).getByText(/Care coordinators 3/)).toBeInTheDocument();
  });

  it('sorts the per-practice table by a column, keeping "<5" after the numbers and the hub’s row at the foot', async () => {
    const { keys } = renderDashboard();
    const table = await screen.findByRole('table', { name: /Figures per member practice/ });
    const names = () => cellsOf(table).slice(1).map((r) => r[0]);
    expect(names()).toEqual(['Riverside Surgery', 'Hillview Practice', 'Parkside Medical Centre', 'Whole hub']);
    const header = within(table).getByRole('columnheader', { name: /Received/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await keys.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(names()).toEqual(['Riverside Surgery', 'Parkside Medical Centre', 'Hillview Practice', 'Whole hub']);
    await keys.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['Parkside Medical Centre', 'Riverside Surgery', 'Hillview Practice', 'Whole hub']);
    expect(within(table).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'none');
  });

  it('asks the hub once per load, for every figure, today’s capacity and the practices to choose from', async () => {
    const { stats } = renderDashboard();
    await screen.findByRole('table', { name: 'Daily volume and backlog, per day' });
    expect(screen.getByTestId('capacity-arrivals_today')).toHaveTextContent('23');
    expect(screen.getByRole('option', { name: /Parkside Medical Centre/ })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The harness renders in StrictMode, which mounts effects twice in development: the same one ask.
    expect(stats).toHaveBeenCalled();
    for (const call of stats.mock.calls) expect(call).toEqual(['dashboard', WEEK]);
  });

  it('reads the period and practice from the URL, and every CSV link carries exactly that query', async () => {
    const { stats } = renderDashboard('/dashboard?from=2026-11-01&to=2026-11-30&practice=E85001');
    await screen.findByRole('table', { name: 'Daily volume and backlog, per day' });
    const asked = { from: '2026-11-01', to: '2026-11-30', practice: 'E85001' };
    expect(stats).toHaveBeenCalledWith('dashboard', asked);
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-30');
    for (const [name, endpoint] of [
      ['daily volume and backlog', 'daily'],
      ['outcome mix', 'outcomes'],
      ['sla compliance', 'sla'],
      ['arrivals by hour and weekday', 'heatmap'],
      ['per practice', 'practices'],
    ]) {
      expect(screen.getByRole('link', { name: `Download CSV: ${name}` })).toHaveAttribute('href', `/api/stats/${endpoint}.csv?from=2026-11-01&to=2026-11-30&practice=E85001`);
    }
    expect(screen.getByRole('link', { name: 'Download CSV: today’s capacity' })).toHaveAttribute('href', '/api/stats/capacity.csv?practice=E85001');
  });

  it('writes a preset and a chosen period to the URL, and explains a range it will not send', async () => {
    const { stats, keys } = renderDashboard();
    await screen.findByRole('table', { name: 'Daily volume and backlog, per day' });
    expect(stats).toHaveBeenCalledWith('dashboard', WEEK);

    await keys.click(screen.getByRole('button', { name: 'Last month' }));
    await waitFor(() => expect(stats).toHaveBeenCalledWith('dashboard', { from: '2026-10-01', to: '2026-10-31' }));
    expect(screen.getByRole('link', { name: 'Download CSV: daily volume and backlog' })).toHaveAttribute('href', '/api/stats/daily.csv?from=2026-10-01&to=2026-10-31');
    expect(screen.getByRole('link', { name: 'Printable monthly summary' })).toHaveAttribute('href', '/dashboard/print?month=2026-10');

    await keys.click(screen.getByRole('button', { name: 'This year' }));
    await waitFor(() => expect(stats).toHaveBeenCalledWith('dashboard', { from: '2026-01-01', to: '2026-11-24' }));

    const calls = stats.mock.calls.length;
    const from = screen.getByLabelText('From');
    await keys.clear(from);
    await keys.type(from, '2026-12-01');
    await keys.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('to is before from')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(/to is before from/);
    expect(stats.mock.calls.length).toBe(calls);

    await keys.selectOptions(screen.getByLabelText('Practice'), 'E85003');
    await keys.clear(from);
    await keys.type(from, '2026-11-02');
    await keys.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(stats).toHaveBeenCalledWith('dashboard', { from: '2026-11-02', to: '2026-11-24', practice: 'E85003' }));
  });

  it('explains a period in the address the hub would refuse, and asks for nothing', async () => {
    const { stats } = renderDashboard('/dashboard?from=2026-11-30&to=2026-11-01');
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot be shown for the period in the address: to is before from');
    expect(stats).not.toHaveBeenCalled();
  });

  it('refetches the answers holding today on a stats notice, over a link of its own, and asks only for figures', async () => {
    const { stats, links, api } = renderDashboard('/dashboard?from=2026-11-01&to=2026-11-24');
    await screen.findByRole('table', { name: 'Daily volume and backlog, per day' });
    const before = stats.mock.calls.filter(([e]) => e === 'dashboard').length;
    links.at(-1)!.notice({ topic: 'stats', at: '2026-11-24T10:11:00.000Z' });
    await waitFor(() => expect(stats.mock.calls.filter(([e]) => e === 'dashboard').length).toBe(before + 1));
    expect(api.queue).not.toHaveBeenCalled();
    expect(api.consultation).not.toHaveBeenCalled();
    expect(api.practices).not.toHaveBeenCalled();
  });

  it('asks once more after a slow answer, however many notices arrived while it was out', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holdNext = false;
    const stats = fakeStats(async (endpoint, query) => {
      if (endpoint === 'dashboard' && holdNext) {
        holdNext = false;
        await held;
      }
      return statsFromFixtures(endpoint, query);
    });
    const { links } = renderHub({ user: MANAGER_1, route: '/dashboard', api: { stats } });
    await screen.findByRole('table', { name: 'Daily volume and backlog, per day' });
    const count = () => stats.mock.calls.filter(([e]) => e === 'dashboard').length;
    const before = count();
    holdNext = true;
    for (let second = 1; second <= 3; second++) links.at(-1)!.notice({ topic: 'stats', at: `2026-11-24T10:11:0${second}.000Z` });
    await waitFor(() => expect(count()).toBe(before + 1));
    release();
    await waitFor(() => expect(count()).toBe(before + 2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(count()).toBe(before + 2);
  });

  it('leaves a past period alone on a stats notice, while today’s capacity moves', async () => {
    const { stats, links } = renderDashboard('/dashboard?from=2026-10-01&to=2026-10-31');
    await screen.findByRole('table', { name: 'Daily volume and backlog, per day' });
    const count = (endpoint: string) => stats.mock.calls.filter(([e]) => e === endpoint).length;
    const [board, capacity] = [count('dashboard'), count('capacity')];
    links.at(-1)!.notice({ topic: 'stats', at: '2026-11-24T10:11:00.000Z' });
    await waitFor(() => expect(count('capacity')).toBe(capacity + 1));
    expect(count('dashboard')).toBe(board);
  });

  it('is the clinical lead’s too, from the header, on the tab’s own link', async () => {
    const { keys, stats } = renderDashboard('/inbox', LEAD_1);
    await keys.click(await screen.findByRole('link', { name: 'Dashboard' }));
    expect(await screen.findByRole('heading', { name: 'Hub dashboard', level: 1 })).toBeInTheDocument();
    await waitFor(() => expect(stats).toHaveBeenCalledWith('dashboard', WEEK));
  });
});
