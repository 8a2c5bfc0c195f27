// The queue says when the hub is closed and when it opens, from the calendar in force: evenings, weekends,
// bank holidays (Christmas), the hub's own closures; and it says so live when closing time passes.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HubApi } from '../../client/src/api/http';
import { DepsProvider, type HubDeps } from '../../client/src/deps';
import { HubClosedNotice } from '../../client/src/features/queue/HubClosedNotice';
import { createHubSettingsStore, DEFAULT_HUB_SETTINGS } from '../../client/src/stores/hubSettingsStore';
import { createQueueStore } from '../../client/src/stores/queueStore';
import { createSessionStore } from '../../client/src/stores/sessionStore';
import { hubCalendarSchema } from '../../shared/time/hubCalendar';
import { COORDINATOR_1 } from './fixtures';

afterEach(() => vi.useRealTimers());

/** The notice alone, on a clock the test moves, with the hub's calendar (the defaults unless given). */
function renderNotice(at: string, calendar = DEFAULT_HUB_SETTINGS.calendar) {
  const clock = { now: Date.parse(at) };
  const deps: HubDeps = {
    api: {} as HubApi,
    connect: () => {
      throw new Error('the notice needs no live link');
    },
    now: () => clock.now,
    queue: createQueueStore(),
    session: createSessionStore(COORDINATOR_1),
    hubSettings: createHubSettingsStore({ ...DEFAULT_HUB_SETTINGS, calendar }),
  };
  render(
    <DepsProvider deps={deps}>
      <HubClosedNotice />
    </DepsProvider>,
  );
  return clock;
}

const notice = () => screen.queryByTestId('hub-closed');

describe('the hub closed, and when it opens', () => {
  it('says nothing while the hub is open', () => {
    renderNotice('2026-12-03T10:00:00.000Z'); // Thursday 10:00
    expect(notice()).toBeNull();
  });

  it('on a weekday evening says it opens tomorrow at 08:00', () => {
    renderNotice('2026-12-03T19:00:00.000Z'); // Thursday 19:00
    expect(notice()).toHaveTextContent('The hub is closed. It opens tomorrow at 08:00.');
  });

  it('early in the morning says it opens today', () => {
    renderNotice('2026-12-04T07:15:00.000Z'); // Friday 07:15
    expect(notice()).toHaveTextContent('It opens today at 08:00.');
  });

  it('over a weekend names Monday', () => {
    renderNotice('2026-12-05T11:00:00.000Z'); // Saturday
    expect(notice()).toHaveTextContent('The hub is closed. It opens Monday 08:00.');
  });

  it('over Christmas names the bank holiday and the date it opens again', () => {
    renderNotice('2026-12-25T10:00:00.000Z'); // Christmas Day, a Friday; Boxing Day's substitute is Monday 28
    expect(notice()).toHaveTextContent('The hub is closed (Christmas Day). It opens Tuesday 29 December 08:00.');
  });

  it('on a closure in the hub’s own calendar says the hub closed today', () => {
    const calendar = hubCalendarSchema.parse({ closures: ['2026-12-09'] }); // a protected-learning Wednesday
    renderNotice('2026-12-09T10:00:00.000Z', calendar);
    expect(notice()).toHaveTextContent('The hub is closed (closed today by the hub). It opens tomorrow at 08:00.');
  });

  it('follows the hours in force: a hub open until 20:00 is still open at 19:00', () => {
    const calendar = hubCalendarSchema.parse({
      hours: { mon: { open: '08:00', close: '20:00' }, tue: { open: '08:00', close: '20:00' }, wed: { open: '08:00', close: '20:00' }, thu: { open: '08:00', close: '20:00' }, fri: { open: '08:00', close: '20:00' }, sat: null, sun: null },
    });
    renderNotice('2026-12-03T19:00:00.000Z', calendar);
    expect(notice()).toBeNull();
  });

  it('appears, in a live region, once closing time passes while the queue is open, and goes at the opening', () => {
    vi.useFakeTimers();
    const clock = renderNotice('2026-12-04T18:29:00.000Z'); // Friday, a minute before closing
    const region = screen.getByRole('status');
    expect(notice()).toBeNull();
    clock.now = Date.parse('2026-12-04T18:30:05.000Z');
    act(() => vi.advanceTimersByTime(15_000));
    expect(region).toContainElement(notice());
    expect(notice()).toHaveTextContent('It opens Monday 08:00.');
    clock.now = Date.parse('2026-12-07T08:00:01.000Z');
    act(() => vi.advanceTimersByTime(15_000));
    expect(notice()).toBeNull();
  });
});
