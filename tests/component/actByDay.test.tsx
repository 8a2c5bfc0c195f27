// "Act by" carries its day unless it is today, by calendar day in the hub's time zone: "act by 14:30",
// "act by tomorrow 09:15", "act by Mon 7 Dec 09:15"; the same for "outcome by" and "was due". A clock
// time alone always means today, however near midnight.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SlaCountdown } from '../../client/src/components/SlaCountdown';
import { DEFAULT_HUB_SETTINGS } from '../../client/src/stores/hubSettingsStore';
import { hubCalendarSchema } from '../../shared/time/hubCalendar';
import { queueItem } from './fixtures';

const countdown = () => screen.getByText((_, el) => el?.classList.contains('sla') ?? false);

/** Submitted shortly before `now`, first action due at `due` (ISO), outcome a day later. */
function dueAt(due: string, now: string, extra: Parameters<typeof queueItem>[0] = {}) {
  const submitted = new Date(Date.parse(now) - 10 * 60_000).toISOString();
  render(
    <SlaCountdown
      item={queueItem({ submittedAt: submitted, sla: { firstActionDue: due, outcomeDue: due }, ...extra })}
      now={Date.parse(now)}
      settings={DEFAULT_HUB_SETTINGS}
    />,
  );
  return countdown().textContent ?? '';
}

describe('"act by" with its day (London, GMT in December)', () => {
  it('gives a time alone for a deadline later today', () => {
    expect(dueAt('2026-12-04T14:30:00.000Z', '2026-12-04T09:00:00.000Z')).toContain('act by 14:30');
  });

  it('says "tomorrow" for a deadline after midnight, even when it is only nine hours away', () => {
    expect(dueAt('2026-12-04T08:30:00.000Z', '2026-12-03T23:30:00.000Z')).toContain('act by tomorrow 08:30');
  });

  it('gives a time alone just after midnight for this morning’s deadline', () => {
    expect(dueAt('2026-12-04T08:30:00.000Z', '2026-12-04T00:05:00.000Z')).toContain('act by 08:30');
  });

  it('names the weekday and date across a weekend: Friday afternoon, due Monday morning', () => {
    expect(dueAt('2026-12-07T09:15:00.000Z', '2026-12-04T16:45:00.000Z')).toContain('act by Mon 7 Dec 09:15');
  });

  it('says "outcome by" with its day too once a first action is recorded', () => {
    const text = dueAt('2026-12-07T09:15:00.000Z', '2026-12-04T16:45:00.000Z', { firstActionAt: '2026-12-04T16:40:00.000Z' });
    expect(text).toContain('outcome by Mon 7 Dec 09:15');
  });

  it('says when an overdue deadline was: yesterday, or its weekday and date after a weekend', () => {
    expect(dueAt('2026-12-07T17:00:00.000Z', '2026-12-08T09:00:00.000Z')).toContain('first action was due yesterday 17:00');
  });

  it('says the weekday and date of a deadline missed before the weekend', () => {
    expect(dueAt('2026-12-04T17:00:00.000Z', '2026-12-07T09:00:00.000Z')).toContain('first action was due Fri 4 Dec 17:00');
  });
});

describe('the hub’s time zone decides the day', () => {
  it('counts days on London summer time: 23:30 UTC is half past midnight tomorrow', () => {
    expect(dueAt('2026-06-01T23:30:00.000Z', '2026-06-01T20:00:00.000Z')).toContain('act by tomorrow 00:30');
  });

  it('follows a hub configured for another zone', () => {
    const calendar = hubCalendarSchema.parse({ timeZone: 'America/New_York' });
    const now = Date.parse('2026-12-04T03:00:00.000Z'); // 22:00 on Thursday in New York, Friday in London
    const item = queueItem({ submittedAt: '2026-12-04T02:50:00.000Z', sla: { firstActionDue: '2026-12-04T04:30:00.000Z', outcomeDue: '2026-12-05T04:30:00.000Z' } });
    render(<SlaCountdown item={item} now={now} settings={{ ...DEFAULT_HUB_SETTINGS, calendar }} />);
    expect(countdown()).toHaveTextContent('act by 23:30');
  });
});
