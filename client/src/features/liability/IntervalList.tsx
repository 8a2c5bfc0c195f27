// Who owned a request and who was accountable, interval by interval down a time rail, oldest first; the open one is "now".
import type { LiabilityInterval } from '../../api/http';
import { formatDuration, londonDateTime, londonTime } from '../../format';
import { partyWords, samePartyAs } from './liabilityWords';

const dayOf = (iso: string) => londonDateTime(iso).split(',')[0];

export function IntervalList({ intervals, now }: { intervals: LiabilityInterval[]; now: number }) {
  if (intervals.length === 0) return <p className="hint">No responsibility has been recorded for this request yet.</p>;
  return (
    <ol className="interval-list">
      {intervals.map((interval, index) => {
        const open = interval.to === null;
        const previous = intervals[index - 1];
        const ownerMoved = previous !== undefined && !samePartyAs(previous.owner, interval.owner);
        const accountableMoved = previous !== undefined && !samePartyAs(previous.accountable, interval.accountable);
        const lasted = (open ? now : Date.parse(interval.to!)) - Date.parse(interval.from);
        const until = open ? null : dayOf(interval.to!) === dayOf(interval.from) ? londonTime(interval.to!) : londonDateTime(interval.to!);
        return (
          <li key={interval.from} className={open ? 'interval is-open' : 'interval'} data-testid="liability-interval">
            <p className="interval-when">
              <strong>
                {londonDateTime(interval.from)} – {until ?? 'now'}
              </strong>{' '}
              {open && <span className="interval-now">Now (still in force)</span>}{' '}
              <span className="liability-lasted">{open ? `${formatDuration(lasted)} so far` : formatDuration(lasted)}</span>
            </p>
            <dl className="facts">
              <div className="fact">
                <dt>Owner</dt>
                <dd data-testid="interval-owner">
                  {partyWords(interval.owner)}
                  {ownerMoved && <> <span className="liability-moved">moved</span></>}
                </dd>
              </div>
              <div className="fact">
                <dt>Accountable</dt>
                <dd data-testid="interval-accountable" className={accountableMoved ? 'is-moved' : undefined}>
                  {partyWords(interval.accountable)}
                  {accountableMoved && <> <span className="liability-moved">moved</span></>}
                </dd>
              </div>
              <div className="fact">
                <dt>Basis</dt>
                <dd>{interval.basis}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
