// Daily volume and backlog (/api/stats/daily): received and closed per day as bars, the backlog at the
// hub's close as a line, with the data table and its CSV.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatsAnswer, StatsQuery } from '../../../../shared/schemas/stats';
import { plotted } from './cells';
import { ChartFrame, COLOURS, shortDay } from './chartFrame';
import { DataTable } from './DataTable';
import { FigureSection } from './FigureSection';
import type { AnswerState } from './useStatsAnswer';

const COLUMNS = ['day', 'received', 'triaged', 'closed', 'completed', 'cancelled', 'redirected', 'redirection_rate', 'backlog_at_close'] as const;

export function DailyChart({ query, state }: { query: StatsQuery; state: AnswerState<'daily'> }) {
  const rows = state.answer?.rows ?? [];
  const data = rows.map((r) => ({ day: shortDay(r.day), received: plotted(r.received), closed: plotted(r.closed), backlog: plotted(r.backlog_at_close) }));
  return (
    <FigureSection
      id="daily"
      title="Daily volume and backlog"
      hint="Requests received and closed each day, and the backlog left open at the hub's close. Days with fewer than 5 show no bar."
      endpoint="daily"
      query={query}
      error={state.error}
      loaded={state.answer !== null}
      chart={
        <ChartFrame>
          <ComposedChart data={data} title="Daily volume and backlog" margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="received" name="Received" fill={COLOURS.blue} isAnimationActive={false} />
            <Bar dataKey="closed" name="Closed" fill={COLOURS.green} isAnimationActive={false} />
            <Line dataKey="backlog" name="Backlog at close" stroke={COLOURS.orange} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
          </ComposedChart>
        </ChartFrame>
      }
      table={<DataTable<StatsAnswer<'daily'>['rows'][number]> caption="Daily volume and backlog, per day" columns={COLUMNS} rows={rows} rowKey={(r) => r.day} />}
    />
  );
}
