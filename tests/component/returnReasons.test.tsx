// A request back in the queue says, in words, who sent it back and why: the team or the person, the
// reason, and what they wrote; never a code.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COORDINATOR_1, queueItem } from './fixtures';
import { renderHub } from './harness';

const returned = (id: number, returnedBecause: string, from: 'anp' | 'pharmacist' | null, by: string | null, note: string | null) =>
  queueItem({ id, returnedBecause, returnDetail: { from, by, note } });

async function rowText(id: number) {
  return (await screen.findByTestId(`queue-row-${id}`)).textContent;
}

describe('return reasons in the queue', () => {
  it('says a decline came from the clinical pharmacist team, who declined and what they wrote', async () => {
    renderHub({ user: COORDINATOR_1, items: [returned(1, 'declined', 'pharmacist', 'Pat Ng', 'needs bloods')] });
    const row = await screen.findByTestId('queue-row-1');
    expect(within(row).getByText(/Returned: Declined by the clinical pharmacist team \(Pat Ng\): needs bloods/)).toBeInTheDocument();
    expect(row).not.toHaveTextContent('declined,');
  });

  it('says a hand-off to the ANP team expired unaccepted', async () => {
    renderHub({ user: COORDINATOR_1, items: [returned(2, 'offer_expired', 'anp', null, null)] });
    expect(await rowText(2)).toContain('Returned: Hand-off to the ANP team expired unaccepted');
  });

  it('names the clinician who handed it back, with their words', async () => {
    renderHub({ user: COORDINATOR_1, items: [returned(3, 'handed_back', null, 'Dr Lee Lead', 'Wants a GP face to face')] });
    expect(await rowText(3)).toContain('Returned: Handed back by Dr Lee Lead: Wants a GP face to face');
  });

  it('falls back to the reason in words, not its code, for a request returned before who and why were kept', async () => {
    renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 4, returnedBecause: 'lease_expired' })] });
    const text = await rowText(4);
    expect(text).toContain('Returned: The claim lapsed');
    expect(text).not.toContain('lease_expired');
  });

  it('shows the same words in the open request', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: [returned(5, 'declined', 'anp', 'Ana Nurse', 'needs a GP')] });
    await keys.click(within(await screen.findByTestId('queue-row-5')).getByText(/Sore throat/));
    expect(await screen.findByText(/Returned to the queue: Declined by the ANP team \(Ana Nurse\): needs a GP/)).toBeInTheDocument();
  });
});
