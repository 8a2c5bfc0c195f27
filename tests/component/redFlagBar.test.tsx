// Red flags nobody can miss: the bar under the header counts the red flags waiting for a clinician and
// the oldest wait, from the live queue; a new one arriving over the link raises an alert and a count in
// the tab's title, the lead hears of an escalation, and the sound is a remembered choice, off at first.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { redFlagLabel } from '../../shared/rules/redFlags';
import { COORDINATOR_1, LEAD_1, NOW, PRACTICE_1, HILLVIEW, offeredTo, queueItem, redFlagged } from './fixtures';
import { renderHub } from './harness';

const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();
const CHEST_PAIN = redFlagLabel('chest_pain');
const barText = () => screen.getByTestId('red-flag-bar').textContent;
const redFlagAlerts = () => screen.queryAllByTestId(/^red-flag-alert-/);

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  document.title = '';
});

describe('the red-flag bar', () => {
  it('counts the red flags waiting for a clinician and the oldest wait, and possible red flags apart', async () => {
    const items: QueueItem[] = [
      redFlagged({ id: 1, receivedAt: minutesAgo(12) }),
      redFlagged({ id: 2, status: 'in_triage', receivedAt: minutesAgo(5) }),
      offeredTo('duty_clinician', { id: 3, priority: 'red_flag', redFlags: ['chest_pain'], receivedAt: minutesAgo(3) }),
      // Accepted by a clinician: no longer waiting.
      redFlagged({ id: 4, status: 'with_clinician', receivedAt: minutesAgo(40) }),
      queueItem({ id: 5, priority: 'red_flag_possible', possibleRedFlags: ['sepsis_signs'] }),
      queueItem({ id: 6 }),
    ];
    renderHub({ user: COORDINATOR_1, items });
    expect(await screen.findByTestId('red-flags-waiting')).toHaveTextContent('3 red flags waiting · oldest 12 min');
    expect(screen.getByTestId('possible-red-flags')).toHaveTextContent('1 possible red flag');
  });

  it('moves without reload when a red flag arrives, and says so plainly when none wait', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    expect(await screen.findByTestId('red-flags-waiting')).toHaveTextContent('No red flags waiting');
    link.change({ seq: 101, type: 'intake', item: redFlagged({ id: 2, receivedAt: minutesAgo(1) }) });
    expect(screen.getByTestId('red-flags-waiting')).toHaveTextContent('1 red flag waiting · oldest 1 min');
  });

  it('stays live on a page without a queue of its own (a request’s journey)', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })], route: '/requests/1' });
    expect(await screen.findByTestId('red-flags-waiting')).toHaveTextContent('No red flags waiting');
    link.change({ seq: 101, type: 'intake', item: redFlagged({ id: 2, receivedAt: minutesAgo(2) }) });
    expect(screen.getByTestId('red-flags-waiting')).toHaveTextContent('1 red flag waiting · oldest 2 min');
    expect(screen.getByTestId('red-flag-alert-new:2')).toHaveTextContent(`New red flag from Riverside Surgery: ${CHEST_PAIN}`);
  });

  it('is not shown to practice staff', async () => {
    renderHub({ user: PRACTICE_1, items: [], route: '/practice' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByTestId('red-flag-bar')).toBeNull();
  });
});

describe('red-flag alerts', () => {
  it('raises an alert naming the practice and the rule, with a count in the tab title, without taking the focus', async () => {
    document.title = 'e-hub';
    const { link } = renderHub({ user: COORDINATOR_1, items: [redFlagged({ id: 1 })] });
    await screen.findByTestId('red-flags-waiting');
    // What was already waiting is on the bar, not a new alert.
    expect(redFlagAlerts()).toHaveLength(0);
    const focused = document.activeElement;

    link.change({ seq: 101, type: 'intake', item: redFlagged({ id: 2, ...HILLVIEW, patient: { initials: 'JS', age: 50, sex: 'male' } }) });
    const alert = screen.getByTestId('red-flag-alert-new:2');
    expect(alert).toHaveTextContent(`New red flag from Hillview Practice: ${CHEST_PAIN}`);
    expect(alert.querySelector('[role="alert"]')).not.toBeNull();
    expect(alert).not.toHaveTextContent('JS');
    expect(document.title).toBe('(1) e-hub');
    expect(document.activeElement).toBe(focused);

    link.change({ seq: 102, type: 'intake', item: redFlagged({ id: 3 }) });
    expect(document.title).toBe('(2) e-hub');
    // The same red flag changing again (claimed, say) raises nothing new.
    link.change({ seq: 103, type: 'claim', item: redFlagged({ id: 3, version: 2, status: 'in_triage' }) });
    expect(redFlagAlerts()).toHaveLength(2);
  });

  it('is dismissed one by one, and the title count follows', async () => {
    document.title = 'e-hub';
    const { link, keys } = renderHub({ user: COORDINATOR_1, items: [] });
    await screen.findByTestId('red-flags-waiting');
    link.change({ seq: 101, type: 'intake', item: redFlagged({ id: 7 }) });
    await keys.click(screen.getByRole('button', { name: /^Dismiss: New red flag from Riverside Surgery/ }));
    expect(redFlagAlerts()).toHaveLength(0);
    expect(document.title).toBe('e-hub');
    // Still on the bar: dismissing an alert does not make the red flag go away.
    expect(barText()).toContain('1 red flag waiting');
  });

  it('tells the clinical lead when a red flag is escalated to them, and not a coordinator', async () => {
    const waiting = offeredTo('duty_clinician', { id: 9, priority: 'red_flag', redFlags: ['chest_pain'] });
    const escalated: QueueItem = { ...waiting, version: waiting.version + 1, slaBreaches: ['red_flag_acceptance'], pendingHandoff: { ...waiting.pendingHandoff!, escalatedAt: '2026-11-24T10:13:00.000Z' } };

    const lead = renderHub({ user: LEAD_1, items: [waiting], route: '/inbox' });
    await screen.findByTestId('red-flags-waiting');
    lead.link.change({ seq: 101, type: 'sla_breached', item: escalated });
    expect(screen.getByTestId('red-flag-alert-escalated:89')).toHaveTextContent('escalated to the clinical lead');
    lead.unmount();

    const coordinator = renderHub({ user: COORDINATOR_1, items: [waiting] });
    await screen.findByTestId('red-flags-waiting');
    coordinator.link.change({ seq: 101, type: 'sla_breached', item: escalated });
    expect(screen.queryByTestId('red-flag-alert-escalated:89')).toBeNull();
  });
});

describe('the alert sound', () => {
  function fakeAudio() {
    const tones = { count: 0 };
    class FakeAudioContext {
      currentTime = 0;
      destination = {};
      createOscillator() {
        tones.count++;
        return { frequency: { value: 0 }, connect: (next: unknown) => next, start() {}, stop() {} };
      }
      createGain() {
        return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next };
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    return tones;
  }

  it('is off at first, and stays silent for a new red flag', async () => {
    const tones = fakeAudio();
    const { link } = renderHub({ user: COORDINATOR_1, items: [] });
    expect(await screen.findByRole('checkbox', { name: 'Sound for new red flags' })).not.toBeChecked();
    await screen.findByTestId('red-flags-waiting');
    link.change({ seq: 101, type: 'intake', item: redFlagged({ id: 11 }) });
    expect(tones.count).toBe(0);
  });

  it('once turned on, beeps for a new red flag and is remembered for this user after a reload', async () => {
    const tones = fakeAudio();
    const first = renderHub({ user: COORDINATOR_1, items: [] });
    await first.keys.click(await screen.findByRole('checkbox', { name: 'Sound for new red flags' }));
    await screen.findByTestId('red-flags-waiting');
    first.link.change({ seq: 101, type: 'intake', item: redFlagged({ id: 12 }) });
    expect(tones.count).toBeGreaterThan(0);
    first.unmount();

    renderHub({ user: COORDINATOR_1, items: [] });
    expect(await screen.findByRole('checkbox', { name: 'Sound for new red flags' })).toBeChecked();
    await act(async () => undefined);
  });
});

describe('the queue out of hours', () => {
  it('says plainly that the hub is closed and when it opens', async () => {
    renderHub({ user: COORDINATOR_1, items: [], now: Date.parse('2026-11-28T11:00:00.000Z') });
    expect(await screen.findByTestId('hub-closed')).toHaveTextContent('The hub is closed. It opens Monday 08:00.');
  });

  it('says nothing of the kind while the hub is open', async () => {
    renderHub({ user: COORDINATOR_1, items: [] });
    await screen.findByTestId('red-flags-waiting');
    await waitFor(() => expect(screen.queryByTestId('hub-closed')).toBeNull());
  });
});
