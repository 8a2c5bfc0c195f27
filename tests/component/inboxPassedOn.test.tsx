// The inbox's "Sent, awaiting acceptance" and "Done today": a request I escalated shows where it went
// and since when, what I finished today shows its outcome in words, and both are asked again when the
// live queue changes a request they concern (not when an unrelated one changes).
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HubApi } from '../../client/src/api/http';
import type { ClinicianLists, DoneToday, SentAwaiting } from '../../shared/schemas/clinicianLists';
import { ANP_1, acceptedBy, offeredTo, queueItem } from './fixtures';
import { renderHub } from './harness';

const patient = { initials: 'TM', age: 36, sex: 'female' as const };

const sentRow = (overrides: Partial<SentAwaiting> = {}): SentAwaiting => ({
  id: 7,
  reference: 'EH-26-00007',
  practiceName: 'Riverside Surgery',
  patient,
  status: 'offered',
  handoffId: 70,
  destination: 'duty_clinician',
  organisationName: null,
  sentAt: '2026-11-24T09:58:00.000Z',
  expiresAt: '2026-11-24T10:28:00.000Z',
  escalatedAt: null,
  ...overrides,
});

const doneRow = (overrides: Partial<DoneToday> = {}): DoneToday => ({
  id: 8,
  reference: 'EH-26-00008',
  practiceName: 'Hillview Practice',
  patient,
  status: 'closed',
  action: 'complete',
  at: '2026-11-24T09:40:00.000Z',
  destination: null,
  outcome: { kind: 'completed', code: 'prescription_issued', notes: null },
  ...overrides,
});

const lists = (sent: SentAwaiting[], done: DoneToday[]): ClinicianLists => ({ day: '2026-11-24', sent, done });

describe('sent, awaiting acceptance', () => {
  it('shows where an escalated request went, since when, and when it comes back', async () => {
    renderHub({ user: ANP_1, route: '/inbox', api: { clinicianLists: vi.fn<HubApi['clinicianLists']>(async () => lists([sentRow()], [])) } });
    const row = await screen.findByTestId('sent-7');
    expect(row).toHaveTextContent('EH-26-00007');
    expect(row).toHaveTextContent('TM, 36, female');
    expect(row).toHaveTextContent('Sent to the duty clinician at 09:58, 12 min ago');
    expect(row).toHaveTextContent('Comes back to the hub at 10:28 if nobody accepts it');
    expect(within(screen.getByTestId('inbox-sent')).getByRole('heading')).toHaveTextContent('Sent, awaiting acceptance (1)');
  });

  it('names the practice a request was handed on to', async () => {
    const toPractice = sentRow({ destination: 'practice_gp', organisationName: 'Riverside Surgery', status: 'returned_to_practice', expiresAt: null });
    renderHub({ user: ANP_1, route: '/inbox', api: { clinicianLists: vi.fn<HubApi['clinicianLists']>(async () => lists([toPractice], [])) } });
    expect(await screen.findByTestId('sent-7')).toHaveTextContent('Sent to the practice GP (Riverside Surgery)');
  });
});

describe('done today', () => {
  it('gives each finished request its outcome in words, and says so when there is none yet', async () => {
    const done = [
      doneRow(),
      doneRow({ id: 9, action: 'escalate', destination: 'duty_clinician', status: 'with_clinician', outcome: null }),
      doneRow({ id: 10, action: 'hand_back', status: 'queued', outcome: null }),
      doneRow({ id: 11, action: 'route', destination: 'practice_gp', status: 'returned_to_practice', outcome: null }),
    ];
    renderHub({ user: ANP_1, route: '/inbox', api: { clinicianLists: vi.fn<HubApi['clinicianLists']>(async () => lists([], done)) } });
    expect(await screen.findByTestId('done-8')).toHaveTextContent('09:40: Completed: Prescription issued');
    expect(screen.getByTestId('done-9')).toHaveTextContent('Escalated to the duty clinician; now with a clinician');
    expect(screen.getByTestId('done-10')).toHaveTextContent('Handed back to the hub; now back in the hub’s queue');
    expect(screen.getByTestId('done-11')).toHaveTextContent('Handed on to the practice GP; now with the practice, awaiting acceptance');
    expect(within(screen.getByTestId('inbox-sent')).getByText('Nothing you sent on is waiting.')).toBeInTheDocument();
  });
});

describe('kept live', () => {
  it('asks again when a request I hold leaves my hands, and when a sent one is accepted, but not for others', async () => {
    const mine = acceptedBy(offeredTo('anp', { id: 3 }), ANP_1);
    const sentItem = offeredTo('duty_clinician', { id: 7 });
    const other = queueItem({ id: 5 });
    const clinicianLists = vi.fn<HubApi['clinicianLists']>(async () => lists([sentRow()], []));
    const { link } = renderHub({ user: ANP_1, route: '/inbox', items: [mine, sentItem, other], api: { clinicianLists } });
    await screen.findByTestId('sent-7');
    await waitFor(() => expect(clinicianLists).toHaveBeenCalled());
    const asked = clinicianLists.mock.calls.length;

    link.change({ seq: 101, type: 'claim', item: { ...other, status: 'in_triage', version: other.version + 1 } });
    await new Promise((r) => setTimeout(r, 400));
    expect(clinicianLists).toHaveBeenCalledTimes(asked);

    clinicianLists.mockResolvedValue(lists([], [doneRow({ id: 3 })]));
    link.change({ seq: 102, type: 'complete', item: { ...mine, status: 'closed', version: mine.version + 1 } });
    expect(await screen.findByTestId('done-3')).toBeInTheDocument();
    expect(clinicianLists).toHaveBeenCalledTimes(asked + 1);

    clinicianLists.mockResolvedValue(lists([], [doneRow({ id: 3 })]));
    link.change({ seq: 103, type: 'accept', item: { ...sentItem, status: 'with_clinician', version: sentItem.version + 1 } });
    await waitFor(() => expect(screen.queryByTestId('sent-7')).not.toBeInTheDocument());
  });
});
