// Today's capacity (/api/stats/capacity): arrivals against the same weekday's usual pattern, the backlog,
// closures, the current rate and when the backlog would clear, and staff signed in per role. Live.
import type { StatsAnswer } from '../../../../shared/schemas/stats';
import type { CapacityQuery } from '../../api/stats';
import { cellText } from './cells';
import { DataTable } from './DataTable';
import { FigureSection } from './FigureSection';
import { FigureTerm } from './FigureTerm';
import { labelOf, roleWords } from './figureWords';
import type { AnswerState } from './useStatsAnswer';

type Row = StatsAnswer<'capacity'>['rows'][number];
const nameOf = (r: Row) => (r.metric === 'signed_in' && r.role ? `${labelOf(r.metric)}: ${roleWords(r.role)}` : labelOf(r.metric));

export function CapacityPanel({ query, state }: { query: CapacityQuery; state: AnswerState<'capacity'> }) {
  const { answer } = state;
  const figures = answer?.rows.filter((r) => r.metric !== 'signed_in') ?? [];
  const staff = answer?.rows.filter((r) => r.metric === 'signed_in') ?? [];
  return (
    <FigureSection
      id="capacity"
      title="Today’s capacity"
      hint="Today so far, updated as the queue moves."
      endpoint="capacity"
      query={query}
      error={state.error}
      loaded={answer !== null}
      chart={
        answer && (
          <>
            <dl className="headline-figures" aria-label="Today">
              {figures.map((r) => (
                <div key={r.metric} className="headline-figure" data-testid={`capacity-${r.metric}`}>
                  <dt>
                    <FigureTerm label={labelOf(r.metric)} definition={answer.definitions[r.metric]} />
                  </dt>
                  <dd>{cellText(r.value, r.metric)}</dd>
                </div>
              ))}
            </dl>
            <p className="staff-on">
              <FigureTerm label="Signed in now" definition={answer.definitions.signed_in} />:{' '}
              {staff.map((r) => `${roleWords(r.role!)} ${cellText(r.value, 'signed_in')}`).join(' · ')}
            </p>
          </>
        )
      }
      table={<DataTable<Row> caption="Today’s capacity" columns={['metric', 'value']} rows={answer?.rows ?? []} rowKey={(r) => `${r.metric}-${r.role ?? ''}`} show={(r, c) => (c === 'metric' ? nameOf(r) : cellText(r.value, r.metric))} />}
    />
  );
}
