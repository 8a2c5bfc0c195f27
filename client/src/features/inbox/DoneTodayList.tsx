// "Done today": what this clinician completed, escalated or handed back today (the hub's day), latest
// first, with the outcome in words (docs/inbox.md).
import type { DoneToday } from '../../../../shared/schemas/clinicianLists';
import { EmptyState } from '../../components/EmptyState';
import { londonTime } from '../../format';
import { doneWords, whoWords } from './passedOnWords';

export function DoneTodayList({ rows }: { rows: DoneToday[] }) {
  return (
    <section className="inbox-list" aria-labelledby="done-heading" data-testid="inbox-done">
      <h2 id="done-heading">
        Done today <span className="count">({rows.length})</span>
      </h2>
      <p className="hint">Requests you completed, escalated or handed back today, latest first.</p>
      {rows.length === 0 ? (
        <EmptyState title="Nothing finished yet today." />
      ) : (
        <ul className="passed-on-list">
          {rows.map((row) => (
            <li key={`${row.id}-${row.action}-${row.at}`} data-testid={`done-${row.id}`} className="passed-on">
              <span className="passed-on-ref">{row.reference}</span> <span>{whoWords(row)}</span> <span className="practice">{row.practiceName}</span>
              <span className="passed-on-what">
                {londonTime(row.at)}: {doneWords(row)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
