// The period's headline figures (/api/stats/summary), each with its definition as a tooltip.
import type { StatsAnswer, StatsQuery } from '../../../../shared/schemas/stats';
import { cellText } from './cells';
import { DataTable } from './DataTable';
import { FigureSection } from './FigureSection';
import { FigureTerm } from './FigureTerm';
import { labelOf } from './figureWords';
import type { AnswerState } from './useStatsAnswer';

type Row = StatsAnswer<'summary'>['rows'][number];

export function FigureList({ answer, only }: { answer: StatsAnswer<'summary'>; only?: readonly string[] }) {
  const rows = only ? answer.rows.filter((r) => only.includes(r.metric)) : answer.rows;
  return (
    <dl className="headline-figures">
      {rows.map((r) => (
        <div key={r.metric} className="headline-figure" data-testid={`headline-${r.metric}`}>
          <dt>
            <FigureTerm label={labelOf(r.metric)} definition={answer.definitions[r.metric]} />
          </dt>
          <dd>{cellText(r.value, r.metric)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SummaryFigures({ query, state }: { query: StatsQuery; state: AnswerState<'summary'> }) {
  const { answer } = state;
  return (
    <FigureSection
      id="summary"
      title="Headline figures"
      hint="Focus or point at a figure's name for what it counts."
      endpoint="summary"
      query={query}
      error={state.error}
      loaded={answer !== null}
      chart={answer && <FigureList answer={answer} />}
      table={<DataTable<Row> caption="Headline figures of the period" columns={['metric', 'value']} rows={answer?.rows ?? []} rowKey={(r) => r.metric} show={(r, c) => (c === 'metric' ? labelOf(r.metric) : cellText(r.value, r.metric))} />}
    />
  );
}
