// Time left to a request's running deadline, in words as well as colour: "Due soon", "Overdue".
import type { QueueItem } from '../../../shared/schemas/api';
import { formatDuration, londonDateTime, londonTime } from '../format';
import { slaViewOf, type SlaSettings } from './slaView';

const SAME_DAY_MS = 12 * 60 * 60_000;

interface Props {
  item: Pick<QueueItem, 'submittedAt' | 'sla' | 'firstActionAt'>;
  now: number;
  /** The hub's calendar and SLA policy in force (rows read them with `useHubSettings`). */
  settings: SlaSettings;
}

export function SlaCountdown({ item, now, settings }: Props) {
  const view = slaViewOf(item, now, settings);
  const when = Math.abs(Date.parse(view.due) - now) < SAME_DAY_MS ? londonTime(view.due) : londonDateTime(view.due);
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
