// "Sent, awaiting acceptance": requests this clinician escalated or handed on that nobody has accepted
// yet, with where they went and since when, so a request passed on does not just vanish (docs/inbox.md).
import type { SentAwaiting } from '../../../../shared/schemas/clinicianLists';
import { EmptyState } from '../../components/EmptyState';
import { formatDuration, londonTime } from '../../format';
import { whereWords, whoWords } from './passedOnWords';

export function SentAwaitingList({ rows, now }: { rows: SentAwaiting[]; now: number }) {
  return (
    <section className="inbox-list" aria-labelledby="sent-heading" data-testid="inbox-sent">
      <h2 id="sent-heading">
        Sent, awaiting acceptance <span className="count">({rows.length})</span>
      </h2>
      <p className="hint">Requests you escalated or handed on: you stay accountable until someone accepts them.</p>
      {rows.length === 0 ? (
        <EmptyState title="Nothing you sent on is waiting." />
      ) : (
        <ul className="passed-on-list">
          {rows.map((row) => (
            <li key={row.handoffId} data-testid={`sent-${row.id}`} className="passed-on">
              <span className="passed-on-ref">{row.reference}</span> <span>{whoWords(row)}</span> <span className="practice">{row.practiceName}</span>
              <span className="passed-on-what">
                Sent to {whereWords(row)} at {londonTime(row.sentAt)}, {formatDuration(now - Date.parse(row.sentAt))} ago
              </span>
              {row.escalatedAt ? (
                <span className="due">Not accepted in time: escalated to the clinical lead at {londonTime(row.escalatedAt)}</span>
              ) : (
                row.expiresAt && <span className="due">Comes back to the hub at {londonTime(row.expiresAt)} if nobody accepts it</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
