// The hub's own settings (GET /api/hub) drive the SLA countdowns: its calendar decides how much working
// time is left and when "Due soon" starts, its SLA policy where amber begins. Loaded once after sign-in;
// when the hub cannot answer, the shared defaults stay in force and nothing breaks.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { hubCalendarSchema, slaPolicySchema } from '../../shared/time/hubCalendar';
import { ApiError } from '../../client/src/api/errors';
import type { HubApi, HubSettingsView } from '../../client/src/api/http';
import { DEFAULT_HUB_SETTINGS, createHubSettingsStore } from '../../client/src/stores/hubSettingsStore';
import { COORDINATOR_1, queueItem } from './fixtures';
import { renderHub } from './harness';

const weekday = { open: '08:00', close: '18:30' };
/** The hub's own week: Wednesday afternoons closed (protected learning), otherwise the default hours. */
const WEDNESDAY_HALF_DAY: HubSettingsView = {
  ...DEFAULT_HUB_SETTINGS,
  calendar: hubCalendarSchema.parse({ hours: { sun: null, mon: weekday, tue: weekday, wed: { open: '08:00', close: '13:00' }, thu: weekday, fri: weekday, sat: null } }),
};

/** Wednesday 25 November 2026, 12:45 London (GMT). */
const WEDNESDAY_1245 = Date.parse('2026-11-25T12:45:00.000Z');

/**
 * Submitted Wednesday 11:15: on the hub's calendar, 105 working minutes before it closes at 13:00 and 15 on
 * Thursday morning, so the 2-hour first action is due Thursday 08:15 (what the hub's server computes).
 */
const acrossTheHalfDay = () =>
  queueItem({ id: 1, submittedAt: '2026-11-25T11:15:00.000Z', sla: { firstActionDue: '2026-11-26T08:15:00.000Z', outcomeDue: '2026-11-26T13:15:00.000Z' } });
/** Submitted Wednesday 08:00, first action due 10:00: long past at 12:45. */
const pastDue = () => queueItem({ id: 2, submittedAt: '2026-11-25T08:00:00.000Z', sla: { firstActionDue: '2026-11-25T10:00:00.000Z', outcomeDue: '2026-11-25T18:30:00.000Z' } });

const countdownIn = (row: HTMLElement) => within(row).getByText((_, el) => el?.classList.contains('sla') ?? false);

describe('SLA countdowns on the hub’s settings in force', () => {
  it('counts working time on the hub’s calendar: Wednesday closing at 13:00 leaves 30 minutes and says "Due soon"', async () => {
    const hub = vi.fn<HubApi['hub']>(async () => WEDNESDAY_HALF_DAY);
    renderHub({ user: COORDINATOR_1, items: [acrossTheHalfDay(), pastDue()], now: WEDNESDAY_1245, api: { hub } });
    const row = await screen.findByTestId('queue-row-1');
    // 90 of 120 working minutes used (75%): amber, with 15 minutes left today and 15 tomorrow.
    await waitFor(() => expect(countdownIn(row)).toHaveAttribute('data-sla', 'amber'));
    expect(countdownIn(row)).toHaveTextContent('Due soon · 30 min left · act by tomorrow 08:15');
    // A deadline already passed is overdue on any calendar.
    const overdue = countdownIn(screen.getByTestId('queue-row-2'));
    expect(overdue).toHaveAttribute('data-sla', 'breached');
    expect(overdue).toHaveTextContent('Overdue · first action was due 10:00');
    expect(hub).toHaveBeenCalledTimes(1);
  });

  it('follows a settings change announced by the hub without a reload: the half-day calendar turns the row amber', async () => {
    let answer: HubSettingsView = DEFAULT_HUB_SETTINGS;
    const hub = vi.fn<HubApi['hub']>(async () => answer);
    const { links } = renderHub({ user: COORDINATOR_1, items: [acrossTheHalfDay()], now: WEDNESDAY_1245, api: { hub } });
    const row = await screen.findByTestId('queue-row-1');
    await waitFor(() => expect(hub).toHaveBeenCalledTimes(1));
    expect(countdownIn(row)).toHaveAttribute('data-sla', 'ok');
    // An admin saves the half-day week elsewhere; the hub tells every workstation the topic, nothing more.
    answer = WEDNESDAY_HALF_DAY;
    for (const link of links) link.notice({ topic: 'settings', at: '2026-11-25T12:45:00.000Z' });
    await waitFor(() => expect(countdownIn(row)).toHaveAttribute('data-sla', 'amber'));
    expect(hub).toHaveBeenCalledTimes(2);
  });

  it('on the default calendar the same request is not yet due soon (6 working hours left)', async () => {
    renderHub({ user: COORDINATOR_1, items: [acrossTheHalfDay(), pastDue()], now: WEDNESDAY_1245 });
    const row = await screen.findByTestId('queue-row-1');
    expect(countdownIn(row)).toHaveAttribute('data-sla', 'ok');
    expect(countdownIn(row)).toHaveTextContent('6 h left · act by tomorrow 08:15');
    expect(within(screen.getByTestId('queue-row-2')).getByText('Overdue')).toBeInTheDocument();
  });

  it('turns amber where the hub’s SLA policy says, from an injected settings store', async () => {
    // 70 of 120 working minutes used at 10:10: ok under the default 75%, "Due soon" under the hub's 50%.
    const item = queueItem({ id: 1, submittedAt: '2026-11-24T09:00:00.000Z', sla: { firstActionDue: '2026-11-24T11:00:00.000Z', outcomeDue: '2026-11-25T08:00:00.000Z' } });
    const hubSettings = createHubSettingsStore({ ...DEFAULT_HUB_SETTINGS, sla: slaPolicySchema.parse({ amberAtFraction: 0.5 }) });
    renderHub({ user: COORDINATOR_1, items: [item], hubSettings });
    const countdown = countdownIn(await screen.findByTestId('queue-row-1'));
    expect(countdown).toHaveAttribute('data-sla', 'amber');
    expect(countdown).toHaveTextContent('Due soon · 50 min left · act by 11:00');
  });

  it('changes the countdown on screen when the hub’s settings arrive after the queue', async () => {
    let answer: (settings: HubSettingsView) => void = () => undefined;
    const hub = vi.fn<HubApi['hub']>(() => new Promise((resolve) => (answer = resolve)));
    renderHub({ user: COORDINATOR_1, items: [acrossTheHalfDay()], now: WEDNESDAY_1245, api: { hub } });
    const row = await screen.findByTestId('queue-row-1');
    expect(countdownIn(row)).toHaveTextContent('6 h left');
    answer(WEDNESDAY_HALF_DAY);
    await waitFor(() => expect(countdownIn(row)).toHaveTextContent('Due soon · 30 min left'));
  });
});

describe('loading the hub’s settings', () => {
  it('keeps the defaults, without an error or a crash, when the hub cannot answer', async () => {
    const hub = vi.fn<HubApi['hub']>(async () => {
      throw new ApiError('NETWORK', 'The hub could not be reached. Check the connection and try again.', 0);
    });
    const { deps } = renderHub({ user: COORDINATOR_1, items: [acrossTheHalfDay()], now: WEDNESDAY_1245, api: { hub } });
    const row = await screen.findByTestId('queue-row-1');
    await waitFor(() => expect(deps.hubSettings.getState().status).toBe('failed'));
    expect(deps.hubSettings.getState().settings).toBe(DEFAULT_HUB_SETTINGS);
    expect(countdownIn(row)).toHaveAttribute('data-sla', 'ok');
    expect(countdownIn(row)).toHaveTextContent('6 h left');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(hub).toHaveBeenCalledTimes(1);
  });

  it('asks only once someone has signed in, and asks again after signing out and back in', async () => {
    const hub = vi.fn<HubApi['hub']>(async () => WEDNESDAY_HALF_DAY);
    const { keys, deps } = renderHub({ user: null, items: [queueItem({ id: 1 })], api: { hub, login: async () => COORDINATOR_1 } });
    const signIn = async () => {
      await keys.type(await screen.findByLabelText('Username'), 'coordinator1');
      await keys.type(screen.getByLabelText('Password'), 'demo-password-1');
      await keys.click(screen.getByRole('button', { name: 'Sign in' }));
      await screen.findByTestId('queue-row-1');
    };
    await screen.findByLabelText('Username');
    expect(hub).not.toHaveBeenCalled();

    await signIn();
    await waitFor(() => expect(deps.hubSettings.getState().settings).toEqual(WEDNESDAY_HALF_DAY));
    expect(hub).toHaveBeenCalledTimes(1);

    await keys.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    expect(deps.hubSettings.getState().settings).toBe(DEFAULT_HUB_SETTINGS);
    await signIn();
    await waitFor(() => expect(hub).toHaveBeenCalledTimes(2));
  });

  it('starts from the shared defaults (the fake hub answers them too)', async () => {
    const { api, deps } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    await waitFor(() => expect(deps.hubSettings.getState().status).toBe('loaded'));
    expect(api.hub).toHaveBeenCalledTimes(1);
    expect(deps.hubSettings.getState().settings).toEqual(DEFAULT_HUB_SETTINGS);
  });
});
