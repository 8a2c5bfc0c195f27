// Practice staff's home: requests handed back to the practice (accept takes responsibility, decline
// needs a reason) and outcomes to file, live, and never another practice's patients.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import type { HubApi } from '../../client/src/api/http';
import { DepsProvider, type HubDeps } from '../../client/src/deps';
import { PracticePage } from '../../client/src/features/practice/PracticePage';
import { createHubSettingsStore } from '../../client/src/stores/hubSettingsStore';
import { createQueueStore } from '../../client/src/stores/queueStore';
import { createSessionStore } from '../../client/src/stores/sessionStore';
import { HILLVIEW, NOW, PRACTICE_1, detailOf, queueItem } from './fixtures';
import { fakeApi, fakeLink, type FakeLink } from './harness';

const handedBack = (id: number, handoffId: number, overrides: Partial<QueueItem> = {}) =>
  queueItem({
    id,
    version: 4,
    status: 'returned_to_practice',
    pendingDestination: 'practice_gp',
    pendingHandoff: {
      id: handoffId,
      destination: 'practice_gp',
      offeredBy: 'Coordinator 1',
      offeredAt: '2026-11-24T09:30:00.000Z',
      reasonCode: 'needs_gp',
      reasonText: 'Wants a review of long-term medication',
      expiresAt: '2026-11-24T13:30:00.000Z',
      escalatedAt: null,
    },
    ...overrides,
  });
const closed = (id: number, overrides: Partial<QueueItem> = {}) =>
  queueItem({ id, version: 6, status: 'closed', updatedAt: '2026-11-24T09:50:00.000Z', closedAt: '2026-11-24T09:50:00.000Z', outcome: { kind: 'completed', code: 'advice_given', notes: null }, snippet: 'Rash on my arm since Sunday.', ...overrides });

const ITEMS = [
  handedBack(1, 901),
  queueItem({ id: 2, status: 'queued' }),
  closed(3, { patient: { initials: 'JB', age: 52, sex: 'male' } }),
  handedBack(4, 904, { ...HILLVIEW, patient: { initials: 'ZZ', age: 70, sex: 'female' } }),
  closed(5, { ...HILLVIEW, patient: { initials: 'YY', age: 61, sex: 'male' } }),
];

function renderPractice(items: QueueItem[], overrides: Partial<HubApi> = {}) {
  const api = { ...fakeApi(PRACTICE_1, items), ...overrides };
  const links: FakeLink[] = [];
  const deps: HubDeps = {
    api,
    connect: () => links[links.push(fakeLink()) - 1]!,
    now: () => NOW,
    queue: createQueueStore(),
    session: createSessionStore(PRACTICE_1),
    hubSettings: createHubSettingsStore(),
  };
  render(
    <StrictMode>
      <DepsProvider deps={deps}>
        <PracticePage />
      </DepsProvider>
    </StrictMode>,
  );
  return { api, deps, keys: userEvent.setup(), link: () => links.at(-1)! };
}

const handedBackSection = () => screen.getByRole('region', { name: /Handed back to you/ });
const outcomesSection = () => screen.getByRole('region', { name: /Outcomes to file/ });

describe('practice page', () => {
  it('lists only its own practice’s hand-backs and outcomes', async () => {
    renderPractice(ITEMS);
    expect(screen.getByRole('heading', { level: 1, name: 'Your practice’s requests' })).toBeInTheDocument();
    await screen.findByTestId('handed-back-1');
    const cards = within(handedBackSection()).getAllByRole('listitem');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveTextContent('Request EH-26-00001: TM, 36, female');
    expect(cards[0]).toHaveTextContent('Back to practice: GP');
    expect(cards[0]).toHaveTextContent('Coordinator 1, Tue 24 Nov, 09:30');
    expect(cards[0]).toHaveTextContent('Needs the patient’s own GP: “Wants a review of long-term medication”');
    expect(cards[0]).toHaveTextContent('Responsibility moves to the practice when you accept.');
    expect(handedBackSection()).toHaveAccessibleName('Handed back to you (1)');

    const rows = within(outcomesSection()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('JB, 52, male');
    expect(rows[0]).toHaveTextContent('Tue 24 Nov, 09:50');
    expect(screen.queryByText(/ZZ|YY/)).not.toBeInTheDocument();
    expect(screen.getByText('1 other request from your practice is being worked on by the hub.')).toBeInTheDocument();
  });

  it('accepts a hand-back with its pending hand-off id and says the practice is now responsible', async () => {
    const accepted = { ...ITEMS[0]!, version: 5, status: 'closed' as const, pendingHandoff: null, pendingDestination: null, outcome: { kind: 'accepted_by_practice' as const }, closedAt: '2026-11-24T10:05:00.000Z' };
    const accept = vi.fn<HubApi['accept']>(async () => ({ seq: 101, item: accepted }));
    const { keys } = renderPractice(ITEMS, { accept });
    const card = await screen.findByTestId('handed-back-1');
    const button = within(card).getByRole('button', { name: /^Accept for the practice/ });
    expect(button).toHaveAccessibleDescription(/Responsibility moves to the practice when you accept/);
    await keys.click(button);
    expect(accept).toHaveBeenCalledWith(901);
    expect(await screen.findByText('Request EH-26-00001 accepted: the practice is now responsible for it.')).toBeInTheDocument();
    expect(screen.queryByTestId('handed-back-1')).not.toBeInTheDocument();
    expect(within(handedBackSection()).getByText('Nothing handed back')).toBeInTheDocument();
    // Accepted back, the request is the practice's now: "With the practice", not an outcome to file.
    expect(within(outcomesSection()).queryByTestId('outcome-1')).not.toBeInTheDocument();
    expect(screen.getByTestId('with-practice-1')).toHaveTextContent('EH-26-00001 TM, 36, female: With the practice since Tue 24 Nov, 10:05');
    expect(screen.getByTestId('with-practice-1')).not.toHaveTextContent(/Closed/);
  });

  it('will not decline without a reason, then declines back to the hub with it', async () => {
    const decline = vi.fn<HubApi['decline']>(async () => ({ seq: 101, item: { ...ITEMS[0]!, version: 5, status: 'queued', pendingHandoff: null, pendingDestination: null } }));
    const { keys } = renderPractice(ITEMS, { decline });
    const card = await screen.findByTestId('handed-back-1');
    await keys.click(within(card).getByRole('button', { name: /^Decline request EH-26-00001/ }));
    const reason = within(card).getByLabelText('Why is the practice declining it?');
    await keys.click(within(card).getByRole('button', { name: 'Decline and return to the hub' }));
    expect(decline).not.toHaveBeenCalled();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/Say why the practice is declining, in a few words\./);
    expect(reason).toHaveFocus();
    await keys.type(reason, '  Patient registered elsewhere since October  ');
    await keys.click(within(card).getByRole('button', { name: 'Decline and return to the hub' }));
    expect(decline).toHaveBeenCalledWith(901, 'Patient registered elsewhere since October');
    expect(await screen.findByText('Request EH-26-00001 declined and returned to the hub’s triage queue.')).toBeInTheDocument();
    expect(screen.queryByTestId('handed-back-1')).not.toBeInTheDocument();
  });

  it('opens an outcome with the full request and its liability map', async () => {
    const consultation = vi.fn<HubApi['consultation']>(async (id) => ({ ...detailOf(ITEMS[2]!), id, outcome: { kind: 'completed', code: 'advice_given', notes: 'Rest, fluids and paracetamol' }, closedAt: '2026-11-24T09:50:00.000Z' }));
    const liability = vi.fn<HubApi['liability']>(async () => ({
      consultationId: 3,
      status: 'closed',
      intervals: [{ from: '2026-11-24T08:00:00.000Z', to: '2026-11-24T09:50:00.000Z', owner: { kind: 'person', id: '201', name: 'Ana Nurse' }, accountable: { kind: 'person', id: '201', name: 'Ana Nurse' }, basis: 'accepted hand-off #77' }],
      handoffs: [],
    }));
    const { keys } = renderPractice(ITEMS, { consultation, liability });
    await keys.click(await screen.findByRole('button', { name: 'Read outcome of request EH-26-00003' }));
    const detail = await screen.findByRole('region', { name: /^Request EH-26-00003/ });
    expect(consultation).toHaveBeenCalledWith(3);
    expect(await within(detail).findByText('Advice given: Rest, fluids and paracetamol')).toBeInTheDocument();
    expect(within(detail).getByText('Closed by the hub Tue 24 Nov, 09:50.')).toBeInTheDocument();
    expect(within(detail).getByText('Testy McTestface')).toBeInTheDocument();
    expect(within(detail).getByText(/getting worse when I swallow/)).toBeInTheDocument();
    expect(await within(detail).findByText('accepted hand-off #77')).toBeInTheDocument();
    expect(liability).toHaveBeenCalledWith(3);
    await keys.click(within(detail).getByRole('button', { name: 'Close request EH-26-00003' }));
    expect(screen.queryByRole('region', { name: /^Request EH-26-00003/ })).not.toBeInTheDocument();
  });

  it('follows the live link: a new hand-back appears, another practice’s never does', async () => {
    const { link } = renderPractice([]);
    expect(await within(handedBackSection()).findByText('Nothing handed back')).toBeInTheDocument();
    expect(within(outcomesSection()).getByText('No outcomes to file')).toBeInTheDocument();
    link().change({ seq: 101, type: 'offered', item: handedBack(8, 908) });
    link().change({ seq: 102, type: 'offered', item: handedBack(9, 909, HILLVIEW) });
    expect(await screen.findByTestId('handed-back-8')).toBeInTheDocument();
    expect(screen.queryByTestId('handed-back-9')).not.toBeInTheDocument();
  });

  it('says so when the practice’s requests cannot be loaded', async () => {
    renderPractice([], {
      queue: async () => {
        throw new Error('down');
      },
    });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong. Try again.'));
  });
});

describe('filing outcomes', () => {
  it('marks an outcome filed with its version; it leaves the list, and "Show filed" brings it back, marked', async () => {
    const fileOutcome = vi.fn<HubApi['fileOutcome']>(async (id) => ({ seq: 101, item: { ...ITEMS[2]!, id, version: 7, filedAt: '2026-11-24T10:08:00.000Z' } }));
    const { keys } = renderPractice(ITEMS, { fileOutcome });
    const row = await screen.findByTestId('outcome-3');
    await keys.click(within(row).getByRole('button', { name: /^Mark filed/ }));
    expect(fileOutcome).toHaveBeenCalledWith(3, 6);
    expect(await screen.findByText('Request EH-26-00003 marked filed.')).toBeInTheDocument();
    expect(screen.queryByTestId('outcome-3')).not.toBeInTheDocument();
    expect(outcomesSection()).toHaveAccessibleName('Outcomes to file (0)');

    await keys.click(screen.getByRole('checkbox', { name: 'Show filed (1)' }));
    const shown = await screen.findByTestId('outcome-3');
    expect(shown).toHaveTextContent('Filed Tue 24 Nov, 10:08');
    expect(within(shown).queryByRole('button', { name: /^Mark filed/ })).not.toBeInTheDocument();
  });

  it('says why when the hub refuses to file, and keeps the outcome listed', async () => {
    const { ApiError } = await import('../../client/src/api/errors');
    const fileOutcome = vi.fn<HubApi['fileOutcome']>(async () => Promise.reject(new ApiError('NOT_AN_OUTCOME', 'Request EH-26-00003 has no outcome from the hub to file: it is still open.', 422)));
    const { keys } = renderPractice(ITEMS, { fileOutcome });
    const row = await screen.findByTestId('outcome-3');
    await keys.click(within(row).getByRole('button', { name: /^Mark filed/ }));
    expect(await screen.findByText(/could not be marked filed: Request EH-26-00003 has no outcome from the hub to file/)).toBeInTheDocument();
    expect(screen.getByTestId('outcome-3')).toBeInTheDocument();
  });

  it('drops an outcome a colleague filed, live', async () => {
    const { link } = renderPractice(ITEMS);
    await screen.findByTestId('outcome-3');
    link().change({ seq: 101, type: 'outcome_filed', item: { ...ITEMS[2]!, version: 7, filedAt: '2026-11-24T10:08:00.000Z' } });
    await waitFor(() => expect(screen.queryByTestId('outcome-3')).not.toBeInTheDocument());
  });
});
