// The liability map of one journey as the clinical lead reads it: intervals in order, hand-offs with
// their waits and answers, and "who was responsible at…" in London time.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../../shared/schemas/api';
import { ApiError } from '../../client/src/api/errors';
import type { HandoffView, HubApi, LiabilityInterval, LiabilityMap } from '../../client/src/api/http';
import { DepsProvider, type HubDeps } from '../../client/src/deps';
import { LiabilityTimeline } from '../../client/src/features/liability/LiabilityTimeline';
import { DEFAULT_HUB_SETTINGS, createHubSettingsStore } from '../../client/src/stores/hubSettingsStore';
import { hubCalendarSchema, slaPolicySchema } from '../../shared/time/hubCalendar';
import { createQueueStore } from '../../client/src/stores/queueStore';
import { createSessionStore } from '../../client/src/stores/sessionStore';
import { NOW } from './fixtures';
import { fakeApi, fakeLink } from './harness';

const LEAD: User = { id: 501, name: 'Dr Lee Lead', username: 'lead1', roles: ['lead'], practiceOds: null };
const PROTOCOL = 'hub protocol CN v3 signed off by Dr Lee Lead';
const queueTeam = { kind: 'team', id: 'hub_queue', name: 'Hub triage queue' } as const;
const duty = { kind: 'role', id: 'duty_clinician', name: 'Hub duty clinician' } as const;
const coordinator = { kind: 'person', id: '101', name: 'Coordinator 1' } as const;
const anpTeam = { kind: 'team', id: 'anp', name: 'ANP team' } as const;
const anaNurse = { kind: 'person', id: '201', name: 'Ana Nurse' } as const;

const INTERVALS: LiabilityInterval[] = [
  { from: '2026-11-24T08:00:00.000Z', to: '2026-11-24T09:05:00.000Z', owner: queueTeam, accountable: duty, basis: `received from Riverside Surgery (E85001); ${PROTOCOL}` },
  { from: '2026-11-24T09:05:00.000Z', to: '2026-11-24T09:10:00.000Z', owner: coordinator, accountable: duty, basis: `claimed for triage by Coordinator 1 (care coordinator); ${PROTOCOL}` },
  { from: '2026-11-24T09:10:00.000Z', to: '2026-11-24T09:22:00.000Z', owner: anpTeam, accountable: duty, basis: 'offered to ANP team in hand-off #812; Hub duty clinician accountable until it is accepted' },
  { from: '2026-11-24T09:22:00.000Z', to: null, owner: anaNurse, accountable: anaNurse, basis: 'accepted hand-off #812' },
];

const handoff = (overrides: Partial<HandoffView>): HandoffView => ({
  id: 812,
  destination: 'anp',
  details: {},
  reasonCode: 'clinical_assessment_needed',
  reasonText: 'Four days of sore throat, worse on swallowing',
  suggestionFollowed: true,
  offeredBy: 'Coordinator 1',
  offeredAt: '2026-11-24T09:10:00.000Z',
  expiresAt: '2026-11-24T09:40:00.000Z',
  escalatedAt: null,
  status: 'accepted',
  respondedBy: 'Ana Nurse',
  respondedAt: '2026-11-24T09:22:00.000Z',
  responseReason: null,
  ...overrides,
});

const mapOf = (handoffs: HandoffView[], intervals = INTERVALS): LiabilityMap => ({ consultationId: 7, status: 'with_clinician', intervals, handoffs });

function renderWithHub(ui: ReactElement, overrides: Partial<HubApi>, hubSettings = createHubSettingsStore()) {
  const api = { ...fakeApi(LEAD, []), ...overrides };
  const deps: HubDeps = { api, connect: fakeLink, now: () => NOW, queue: createQueueStore(), session: createSessionStore(LEAD), hubSettings };
  const view = render(<DepsProvider deps={deps}>{ui}</DepsProvider>);
  return { ...view, api, keys: userEvent.setup(), rerenderWith: (next: ReactElement) => view.rerender(<DepsProvider deps={deps}>{next}</DepsProvider>) };
}

const liabilityOf = (map: LiabilityMap) => vi.fn<HubApi['liability']>(async () => map);

describe('liability timeline', () => {
  it('lists each interval’s owner, accountable party and basis in order, and marks the open one as now', async () => {
    renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([])) });
    const rows = await screen.findAllByTestId('liability-interval');
    expect(rows).toHaveLength(4);
    const owners = rows.map((row) => within(row).getByTestId('interval-owner').textContent);
    expect(owners).toEqual(['Hub triage queue (team queue)', 'Coordinator 1 (person) moved', 'ANP team (team queue) moved', 'Ana Nurse (person) moved']);
    const accountable = rows.map((row) => within(row).getByTestId('interval-accountable').textContent);
    expect(accountable).toEqual(['Hub duty clinician (role)', 'Hub duty clinician (role)', 'Hub duty clinician (role)', 'Ana Nurse (person) moved']);
    expect(rows[0]).toHaveTextContent('Tue 24 Nov, 08:00 – 09:05');
    expect(rows[1]).toHaveTextContent(/claimed for triage by Coordinator 1/);
    expect(rows[2]).toHaveTextContent('offered to ANP team in hand-off #812');
    expect(rows[3]).toHaveTextContent('accepted hand-off #812');
    expect(rows[3]).toHaveTextContent('Tue 24 Nov, 09:22 – now');
    expect(within(rows[3]!).getByText('Now (still in force)')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('48 min so far')).toBeInTheDocument();
    expect(rows.slice(0, 3).some((row) => within(row).queryByText(/still in force/))).toBe(false);
    expect(screen.getByText(/^Now: owned by/)).toHaveTextContent('Now: owned by Ana Nurse (person); accountable: Ana Nurse (person), since Tue 24 Nov, 09:22.');
  });

  it('shows a hand-off from offer to acceptance, with the wait', async () => {
    renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([handoff({})])) });
    const entry = await screen.findByTestId('handoff-812');
    expect(entry).toHaveTextContent('Hand-off #812 to ANP team');
    expect(entry).toHaveTextContent('by Coordinator 1, Tue 24 Nov, 09:10');
    expect(entry).toHaveTextContent('Needs a clinical assessment: “Four days of sore throat, worse on swallowing”');
    expect(entry).toHaveTextContent('Accepted by Ana Nurse, Tue 24 Nov, 09:22');
    expect(entry).toHaveTextContent('Waited 12 min for acceptance');
    expect(entry).not.toHaveTextContent(/over the/);
  });

  it('shows who declined a hand-off and why', async () => {
    const declined = handoff({ id: 811, destination: 'pharmacist', reasonCode: 'medication_query', reasonText: null, status: 'declined', respondedBy: 'Phil Pharmacist', respondedAt: '2026-11-24T09:16:00.000Z', responseReason: 'Needs examining, not a medicines question' });
    renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([declined])) });
    const entry = await screen.findByTestId('handoff-811');
    expect(entry).toHaveTextContent('Hand-off #811 to Clinical pharmacist team');
    expect(entry).toHaveTextContent('Medication query');
    expect(entry).toHaveTextContent('Declined by Phil Pharmacist, Tue 24 Nov, 09:16: “Needs examining, not a medicines question”');
    expect(entry).toHaveTextContent('Waited 6 min before the decline');
  });

  it('flags a wait for acceptance beyond the 30-minute offer allowance, in words', async () => {
    const slow = handoff({ id: 813, respondedAt: '2026-11-24T09:52:00.000Z' });
    renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([slow])) });
    const entry = await screen.findByTestId('handoff-813');
    expect(within(entry).getByText('Waited 42 min for acceptance').tagName).toBe('STRONG');
    expect(entry).toHaveTextContent('Waited 42 min for acceptance — over the 30-minute allowance for acceptance');
  });

  it('measures the allowance by the hub’s SLA policy in force, not the default', async () => {
    // The same 12-minute acceptance that is within the default 30 minutes is over a 10-minute allowance.
    const hubSettings = createHubSettingsStore({ ...DEFAULT_HUB_SETTINGS, sla: slaPolicySchema.parse({ offerExpiryMinutes: 10 }) });
    renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([handoff({})])) }, hubSettings);
    const entry = await screen.findByTestId('handoff-812');
    expect(entry).toHaveTextContent('Waited 12 min for acceptance — over the 10-minute allowance for acceptance');
  });

  it('counts the wait in the hub’s own hours, from its calendar in force', async () => {
    // A hub that closes at 09:15 on Tuesdays: of the 09:10–09:22 wait, 5 minutes were hub hours.
    const weekday = { open: '08:00', close: '18:30' };
    const calendar = hubCalendarSchema.parse({ hours: { sun: null, mon: weekday, tue: { open: '08:00', close: '09:15' }, wed: weekday, thu: weekday, fri: weekday, sat: null } });
    renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([handoff({})])) }, createHubSettingsStore({ ...DEFAULT_HUB_SETTINGS, calendar }));
    const entry = await screen.findByTestId('handoff-812');
    expect(entry).toHaveTextContent('Waited 12 min for acceptance (5 min in hub hours)');
    expect(entry).not.toHaveTextContent(/over the/);
  });

  it('counts an offer still waiting against the allowance until now', async () => {
    const waiting = handoff({ id: 814, offeredAt: '2026-11-24T09:30:00.000Z', status: 'offered', respondedBy: null, respondedAt: null, expiresAt: '2026-11-24T10:00:00.000Z' });
    renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([waiting])) });
    const entry = await screen.findByTestId('handoff-814');
    expect(entry).toHaveTextContent('Not answered yet (the offer lapses Tue 24 Nov, 10:00)');
    expect(entry).toHaveTextContent('Waiting 40 min so far for acceptance — over the 30-minute allowance');
  });

  it('shows a red flag escalated to the clinical lead as still waiting, never as lapsed', async () => {
    const escalated = handoff({ id: 815, destination: 'duty_clinician', reasonCode: 'red_flag_escalation', offeredAt: '2026-11-24T09:30:00.000Z', status: 'offered', respondedBy: null, respondedAt: null, expiresAt: '2026-11-24T09:45:00.000Z', escalatedAt: '2026-11-24T09:45:00.000Z' });
    renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([escalated])) });
    const entry = await screen.findByTestId('handoff-815');
    expect(entry).toHaveTextContent('Not answered yet (escalated to the clinical lead Tue 24 Nov, 09:45)');
    expect(entry).not.toHaveTextContent(/lapses/);
  });

  it('fetches the map again when the request’s version moves on', async () => {
    const liability = liabilityOf(mapOf([]));
    const { rerenderWith } = renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability });
    await screen.findAllByTestId('liability-interval');
    rerenderWith(<LiabilityTimeline consultationId={7} version={4} />);
    await waitFor(() => expect(liability).toHaveBeenCalledTimes(2));
    expect(liability).toHaveBeenLastCalledWith(7);
  });

  it('says so when the map cannot be loaded, and tries again on request', async () => {
    const liability = vi
      .fn<HubApi['liability']>()
      .mockRejectedValueOnce(new ApiError('NETWORK', 'The hub could not be reached. Check the connection and try again.', 0))
      .mockResolvedValueOnce(mapOf([]));
    const { keys } = renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability });
    expect(await screen.findByRole('alert')).toHaveTextContent('The liability map could not be loaded. The hub could not be reached.');
    await keys.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByTestId('liability-interval')).toHaveLength(4);
  });

  it('answers "who was responsible at…" for a London time, sent as the matching instant', async () => {
    const liabilityAt = vi.fn<HubApi['liabilityAt']>(async () => INTERVALS[1]!);
    const { keys } = renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([])), liabilityAt });
    const input = screen.getByLabelText('Date and time (London)');
    expect(input).toHaveValue('2026-11-24T10:10');
    // 10:32 on 3 July is British Summer Time: 09:32 UTC.
    fireEvent.change(input, { target: { value: '2026-07-03T10:32' } });
    await keys.click(screen.getByRole('button', { name: 'Find who was responsible' }));
    expect(liabilityAt).toHaveBeenCalledWith(7, '2026-07-03T09:32:00.000Z');
    await screen.findAllByTestId('liability-interval');
    const region = screen.getByRole('status');
    await waitFor(() => expect(region).toHaveTextContent('At Fri 3 Jul, 10:32:'));
    expect(region).toHaveTextContent('OwnerCoordinator 1 (person)');
    expect(region).toHaveTextContent('AccountableHub duty clinician (role)');
    expect(region).toHaveTextContent('claimed for triage by Coordinator 1 (care coordinator)');
  });

  it('says plainly when nobody was responsible at that time', async () => {
    const liabilityAt = vi.fn<HubApi['liabilityAt']>(async () => {
      throw new ApiError('NOT_FOUND', 'Request 7 has no responsibility recorded at 2026-11-23T09:00:00.000Z.', 404);
    });
    const { keys } = renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([])), liabilityAt });
    fireEvent.change(screen.getByLabelText('Date and time (London)'), { target: { value: '2026-11-23T09:00' } });
    await keys.click(screen.getByRole('button', { name: 'Find who was responsible' }));
    expect(await screen.findByText(/No responsibility recorded then \(before arrival or after closure\)\./)).toBeInTheDocument();
    expect(liabilityAt).toHaveBeenCalledWith(7, '2026-11-23T09:00:00.000Z');
  });

  it('asks for a time rather than sending an empty one', async () => {
    const liabilityAt = vi.fn<HubApi['liabilityAt']>();
    const { keys } = renderWithHub(<LiabilityTimeline consultationId={7} version={3} />, { liability: liabilityOf(mapOf([])), liabilityAt });
    const input = screen.getByLabelText('Date and time (London)');
    fireEvent.change(input, { target: { value: '' } });
    await keys.click(screen.getByRole('button', { name: 'Find who was responsible' }));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter a date and a time\./);
    expect(liabilityAt).not.toHaveBeenCalled();
  });
});
