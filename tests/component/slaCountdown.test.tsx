// The SLA countdown on queue and inbox rows: working time left to the running deadline, "Due soon" at
// 75% of the working-time allowance, "Overdue" once it has passed; words as well as colour.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SlaCountdown } from '../../client/src/components/SlaCountdown';
import { DEFAULT_HUB_SETTINGS } from '../../client/src/stores/hubSettingsStore';
import { COORDINATOR_1, NOW, queueItem } from './fixtures';
import { renderHub } from './harness';

/** A request submitted at hh:mm London (GMT in November) with the default 2-hour first-action SLA. */
function submittedAt(hhmm: string, dueHhmm: string, overrides: Parameters<typeof queueItem>[0] = {}) {
  return queueItem({
    submittedAt: `2026-11-24T${hhmm}:00.000Z`,
    sla: { firstActionDue: `2026-11-24T${dueHhmm}:00.000Z`, outcomeDue: '2026-11-25T08:30:00.000Z' },
    ...overrides,
  });
}

const countdown = () => screen.getByText((_, el) => el?.classList.contains('sla') ?? false);

describe('SLA countdown (now 10:10)', () => {
  it('is ok with most of the allowance left, and says how much and by when', () => {
    render(<SlaCountdown item={submittedAt('10:00', '12:00')} now={NOW} settings={DEFAULT_HUB_SETTINGS} />);
    expect(countdown()).toHaveAttribute('data-sla', 'ok');
    expect(countdown()).toHaveTextContent('1 h 50 min left · act by 12:00');
    expect(countdown()).not.toHaveTextContent(/Due soon|Overdue/);
  });

  it('stays ok just under 75% of the working-time allowance', () => {
    render(<SlaCountdown item={submittedAt('08:41', '10:41')} now={NOW} settings={DEFAULT_HUB_SETTINGS} />);
    expect(countdown()).toHaveAttribute('data-sla', 'ok');
  });

  it('turns amber, saying "Due soon", at 75% of the allowance', () => {
    render(<SlaCountdown item={submittedAt('08:40', '10:40')} now={NOW} settings={DEFAULT_HUB_SETTINGS} />);
    expect(countdown()).toHaveAttribute('data-sla', 'amber');
    expect(countdown()).toHaveClass('sla-amber');
    expect(countdown()).toHaveTextContent('Due soon · 30 min left · act by 10:40');
  });

  it('turns red, saying "Overdue", once the deadline has passed', () => {
    render(<SlaCountdown item={submittedAt('08:00', '10:00')} now={NOW} settings={DEFAULT_HUB_SETTINGS} />);
    expect(countdown()).toHaveAttribute('data-sla', 'breached');
    expect(countdown()).toHaveClass('sla-breached');
    expect(countdown()).toHaveTextContent('Overdue · first action was due 10:00');
  });

  it('counts to the outcome once a first action is recorded', () => {
    render(<SlaCountdown item={submittedAt('08:00', '10:00', { firstActionAt: '2026-11-24T09:00:00.000Z' })} now={NOW} settings={DEFAULT_HUB_SETTINGS} />);
    expect(countdown()).toHaveAttribute('data-sla', 'ok');
    expect(countdown()).toHaveTextContent(/left · outcome by tomorrow 08:30/);
  });

  it('counts working time only: an evening submission’s clock starts at the next opening', () => {
    const evening = queueItem({
      submittedAt: '2026-11-23T19:00:00.000Z',
      sla: { firstActionDue: '2026-11-24T10:00:00.000Z', outcomeDue: '2026-11-24T18:30:00.000Z' },
    });
    render(<SlaCountdown item={evening} now={Date.parse('2026-11-24T08:20:00.000Z')} settings={DEFAULT_HUB_SETTINGS} />);
    expect(countdown()).toHaveAttribute('data-sla', 'ok');
    expect(countdown()).toHaveTextContent('1 h 40 min left');
  });

  it('shows on every queue row, which keep red flags first and then first-action due', async () => {
    renderHub({ user: COORDINATOR_1, items: [submittedAt('08:00', '10:00', { id: 1 }), submittedAt('10:00', '12:00', { id: 2 })] });
    expect(within(await screen.findByTestId('queue-row-1')).getByText('Overdue')).toBeInTheDocument();
    expect(within(screen.getByTestId('queue-row-2')).getByText(/1 h 50 min left/)).toBeInTheDocument();
  });
});
