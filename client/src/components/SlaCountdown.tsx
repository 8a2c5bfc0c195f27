// Time left to a request's running deadline, in words as well as colour: "Due soon", "Overdue"; the
// deadline carries its day unless it is today ("act by tomorrow 09:15").
import type { QueueItem } from '../../../shared/schemas/api';
import { dueWords, formatDuration } from '../format';
import { slaViewOf, type SlaSettings } from './slaView';

interface Props {
  item: Pick<QueueItem, 'submittedAt' | 'sla' | 'firstActionAt'>;
  now: number;
  /** The hub's calendar and SLA policy in force (rows read them with `useHubSettings`). */
  settings: SlaSettings;
}

export function SlaCountdown({ item, now, settings }: Props) {
  const view = slaViewOf(item, now, settings);
  // By calendar day in the hub's zone: a bare clock time is today's, never a time 11 hours away tomorrow.
  const when = dueWords(view.due, now, settings.calendar.timeZone);
  const deadline = view.phase === 'first_action' ? `act by ${when}` : `outcome by ${when}`;
  const left = `${formatDuration(view.workingMinutesLeft * 60_000)} left`;
  return (
    <span className={`sla sla-${view.state}`} data-sla={view.state}>
      {view.state === 'breached' && (
        <>
          <span className="sla-icon" aria-hidden="true">⚠</span>
          <strong>Overdue</strong> · {view.phase === 'first_action' ? 'first action' : 'outcome'} was due {when}
        </>
      )}
      {view.state === 'amber' && (
        <>
          <span className="sla-icon" aria-hidden="true">◔</span>
          <strong>Due soon</strong> · {left} · {deadline}
        </>
      )}
      {view.state === 'ok' && (
        <>
          {left} · {deadline}
        </>
      )}
    </span>
  );
}
