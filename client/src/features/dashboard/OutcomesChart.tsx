// Outcome mix (/api/stats/outcomes): each final destination's share of completed requests, beside the
// whole hub's share when one practice is shown.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatsAnswer, StatsQuery } from '../../../../shared/schemas/stats';
import { plottedPercent } from './cells';
import { ChartFrame, COLOURS } from './chartFrame';
import { DataTable } from './DataTable';
import { FigureSection } from './FigureSection';
import { destinationLabel } from './figureWords';
import type { AnswerState } from './useStatsAnswer';

type Row = StatsAnswer<'outcomes'>['rows'][number];
const COLUMNS = ['destination', 'redirection', 'completed', 'outcome_share', 'hub_outcome_share'] as const;

export function OutcomesChart({ query, state }: { query: StatsQuery; state: AnswerState<'outcomes'> }) {
  const rows = state.answer?.rows ?? [];
  const onePractice = Boolean(query.practice);
  const data = rows.map((r) => ({ destination: destinationLabel(r.destination), share: plottedPercent(r.outcome_share), hub: plottedPercent(r.hub_outcome_share) }));
  return (
    <FigureSection
      id="outcomes"
      title="Outcome mix"
      hint="Where completed requests ended, as a share of all completed. Redirection is any destination but the practice and urgent care."
      endpoint="outcomes"
      query={query}
      error={state.error}
      loaded={state.answer !== null}
      chart={
        <ChartFrame height={Math.max(200, 28 * data.length + 60)}>
          <BarChart data={data} layout="vertical" title="Outcome mix" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" unit="%" domain={[0, 100]} />
            <YAxis type="category" dataKey="destination" width={200} />
            <Tooltip formatter={(v) => `${String(v)}%`} />
            <Legend />
            <Bar dataKey="share" name={onePractice ? 'This practice' : 'Share'} fill={COLOURS.blue} isAnimationActive={false} />
            {onePractice && <Bar dataKey="hub" name="Whole hub" fill={COLOURS.grey} isAnimationActive={false} />}
          </BarChart>
        </ChartFrame>
      }
      table={
        <DataTable<Row>
          caption="Outcome mix, per final destination"
          columns={COLUMNS}
          rows={rows}
          rowKey={(r) => r.destination}
          show={(r, c) => (c === 'destination' ? destinationLabel(r.destination) : undefined)}
        />
      }
    />
  );
}
